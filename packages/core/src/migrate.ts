import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

/**
 * Applies a subgraph's SQL migrations (prisma/<subgraph>/migrations/<timestamp>_<name>/migration.sql)
 * without Prisma's schema engine, keeping the bookkeeping `prisma migrate deploy` keeps, so that either
 * tool can take over from the other:
 * - the `_prisma_migrations` table, in the subgraph's own PostgreSQL schema, with Prisma's columns;
 * - the checksum, the sha256 of migration.sql as hex;
 * - the advisory lock key Prisma's migrate takes on PostgreSQL (72707369), so the two never interleave.
 * Unlike Prisma, each migration runs inside a transaction with its bookkeeping row: all or nothing.
 */

const PRISMA_ADVISORY_LOCK = 72707369;

/** The table exactly as Prisma's migration engine creates it. */
const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  path: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {}

export function readMigrations(migrationsDir: string): MigrationFile[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(migrationsDir, name, 'migration.sql');
      const bytes = readFileSync(path);
      return { name, path, sql: bytes.toString('utf8'), checksum: createHash('sha256').update(bytes).digest('hex') };
    });
}

export interface MigrateOptions {
  /** Connection URL of the database (any schema parameter is ignored; `schema` decides). */
  databaseUrl: string;
  /** The subgraph's PostgreSQL schema, e.g. "registry". */
  schema: string;
  migrationsDir: string;
  log?: Pick<Logger, 'info'>;
}

export interface MigrateResult {
  schema: string;
  applied: string[];
  alreadyApplied: string[];
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new MigrationError(`"${name}" is not a valid schema name`);
  return `"${name}"`;
}

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const { schema, log } = options;
  const migrations = readMigrations(options.migrationsDir);
  const client = new pg.Client({ connectionString: withoutSchemaParam(options.databaseUrl) });
  await client.connect();
  try {
    await client.query(/* migrate:lock */ 'SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      /* migrate:applied */ 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const onDisk = new Set(migrations.map((m) => m.name));
    for (const row of rows) {
      if (row.finished_at === null && row.rolled_back_at === null) {
        throw new MigrationError(
          `Migration ${schema}/${row.migration_name} started but never finished. Resolve it (prisma migrate resolve) before migrating again.`,
        );
      }
      if (row.finished_at !== null && !onDisk.has(row.migration_name)) {
        throw new MigrationError(`Migration ${schema}/${row.migration_name} is applied in the database but missing from ${options.migrationsDir}.`);
      }
    }
    const applied = new Map(rows.filter((r) => r.finished_at !== null).map((r) => [r.migration_name, r.checksum]));
    const result: MigrateResult = { schema, applied: [], alreadyApplied: [] };
    for (const migration of migrations) {
      const recorded = applied.get(migration.name);
      if (recorded !== undefined) {
        if (recorded !== migration.checksum) {
          throw new MigrationError(
            `Migration ${migration.path} was modified after it was applied (checksum ${migration.checksum}, applied ${recorded}). ` +
              'Never edit an applied migration: add a new one.',
          );
        }
        result.alreadyApplied.push(migration.name);
        continue;
      }
      log?.info({ schema, migration: migration.name }, 'applying migration');
      await client.query('BEGIN');
      try {
        const id = randomUUID();
        await client.query(
          /* migrate:start */ 'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          /* migrate:finish */ 'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
          [id],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`Migration ${migration.path} failed: ${(error as Error).message}`);
      }
      result.applied.push(migration.name);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]).catch(() => undefined);
    await client.end();
  }
}

/** node-postgres does not understand Prisma's `?schema=` parameter; strip it. */
export function withoutSchemaParam(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.delete('schema');
  return url.toString();
}
