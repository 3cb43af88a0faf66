import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminUrlOf, createDatabaseIfMissing, dropDatabase, migrate } from '@finsam/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateAll } from '../scripts/database.ts';
import { SUBGRAPHS } from '../scripts/subgraphs.ts';

/** The migration runner on a database of its own, beside the run's shared one. */
const name = `finsam_migrate_${process.pid}`;
const admin = adminUrlOf(inject('databaseUrl'));
const url = (() => {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
})();

beforeAll(() => createDatabaseIfMissing(admin, name));
afterAll(() => dropDatabase(admin, name));

async function snapshot(): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = ANY($1) ORDER BY 1, 2, 3`,
      [SUBGRAPHS.map((s) => s.name)],
    );
    const { rows: applied } = await client.query(
      `SELECT string_agg(migration_name || ':' || checksum || ':' || finished_at, ',' ORDER BY migration_name) AS m FROM registry."_prisma_migrations"`,
    );
    return JSON.stringify({ rows, applied });
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  it('migrates a fresh database, recording each migration as Prisma does', async () => {
    const results = await migrateAll(url);
    // One result per subgraph: a loop over no results would assert nothing.
    expect(results.map((r) => r.schema)).toEqual(SUBGRAPHS.map((s) => s.name));
    for (const result of results) expect(result.applied.length, result.schema).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, length(checksum) AS len, finished_at IS NOT NULL AS finished, applied_steps_count FROM registry."_prisma_migrations"`,
    );
    await client.end();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ len: 64, finished: true, applied_steps_count: 1 });
  });

  it('changes nothing on a second run', async () => {
    const before = await snapshot();
    const results = await migrateAll(url);
    expect(results.map((r) => r.schema)).toEqual(SUBGRAPHS.map((s) => s.name));
    for (const result of results) expect(result.applied).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a migration file changed after it was applied, naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finsam-migrations-'));
    cpSync(new URL('../prisma/registry/migrations', import.meta.url), dir, { recursive: true });
    const first = (await import('node:fs')).readdirSync(dir).filter((d) => /^\d/.test(d)).sort()[0]!;
    appendFileSync(join(dir, first, 'migration.sql'), '\n-- edited after the fact\n');
    await expect(migrate({ databaseUrl: url, schema: 'registry', migrationsDir: dir })).rejects.toThrow(
      new RegExp(`${first}/migration\\.sql was modified after it was applied`),
    );
  });

  it('rolls back a failing migration entirely and records nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'finsam-migrations-'));
    cpSync(new URL('../prisma/registry/migrations', import.meta.url), dir, { recursive: true });
    const bad = join(dir, '99990101000000_broken');
    (await import('node:fs')).mkdirSync(bad);
    appendFileSync(join(bad, 'migration.sql'), 'CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n');
    await expect(migrate({ databaseUrl: url, schema: 'registry', migrationsDir: dir })).rejects.toThrow(/99990101000000_broken.*failed/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT (SELECT count(*) FROM registry."_prisma_migrations" WHERE migration_name = '99990101000000_broken')::int AS recorded,
              to_regclass('registry.half_done') IS NOT NULL AS table_exists`,
    );
    await client.end();
    expect(rows[0]).toEqual({ recorded: 0, table_exists: false });
  });
});
