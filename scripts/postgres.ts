import { config, startEmbeddedPostgres, type Postgres } from '@finsam/core';

/** The hub's database for a script: DATABASE_URL if set, else the embedded one in PGDATA_DIR. */
export async function openDatabase(progress: (line: string) => void = () => {}): Promise<Postgres> {
  const cfg = config();
  if (cfg.DATABASE_URL) {
    progress('using PostgreSQL at DATABASE_URL');
    return { url: cfg.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  progress(`starting embedded PostgreSQL (data in ${cfg.PGDATA_DIR}, port ${cfg.EMBEDDED_PG_PORT})`);
  // Its one warning (a data folder made SQL_ASCII) goes to stderr, whatever the caller prints.
  const log = { info() {}, debug() {}, warn: (_fields: unknown, message?: string) => console.error(`warning: ${message ?? ''}`) };
  return startEmbeddedPostgres({ dataDir: cfg.PGDATA_DIR, port: cfg.EMBEDDED_PG_PORT, database: 'finsam', persistent: true, log });
}

export async function withDatabase(work: (url: string) => Promise<void>): Promise<void> {
  const db = await openDatabase((line) => console.log(line));
  try {
    await work(db.url);
  } finally {
    await db.stop();
  }
}
