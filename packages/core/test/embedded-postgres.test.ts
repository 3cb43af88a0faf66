import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type Postgres } from '../src/postgres.ts';
import { freePort } from '../../../test/support/free-port.ts';

/**
 * The embedded PostgreSQL that `npm start` and the tests use on a laptop reads text the same way
 * whatever locale the environment has: a container without LANG made it SQL_ASCII before, where the
 * method search's folding of "Å" worked on bytes.
 */
const LOCALE_VARIABLES = ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_CTYPE', 'LC_COLLATE', 'LC_MESSAGES'];

let server: Postgres | undefined;
afterAll(() => server?.stop());

describe('the embedded PostgreSQL', () => {
  it('is UTF-8 with Unicode case and character classes when the environment names no locale', async () => {
    const saved = Object.fromEntries(LOCALE_VARIABLES.map((name) => [name, process.env[name]]));
    for (const name of LOCALE_VARIABLES) delete process.env[name];
    try {
      server = await startEmbeddedPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'finsam-pg-locale-')), port: await freePort(), database: 'sprak', persistent: false });
    } finally {
      for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
    }
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ encoding: string; lower: string; upper: string; words: string; translated: string }>(
        `SELECT current_setting('server_encoding') AS encoding, lower('ÅÄÖ Éva') AS lower, upper('rätt väg') AS upper,
                regexp_replace('steg-4e38ab–www.finsam.se’s', '[[:punct:]]+', ' ', 'g') AS words,
                translate('Åsa på väg', 'Åäå', 'Aaa') AS translated`,
      );
      expect(rows[0]).toEqual({ encoding: 'UTF8', lower: 'åäö éva', upper: 'RÄTT VÄG', words: 'steg 4e38ab www finsam se s', translated: 'Asa pa vag' });
    } finally {
      await client.end();
    }
  });
});
