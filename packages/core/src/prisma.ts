import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { withoutSchemaParam } from './migrate.ts';
import { config, databaseUrl, type Config } from './config.ts';
import { createCountingPool } from './sql.ts';

/**
 * A subgraph's PrismaClient over its own PostgreSQL schema (driver adapter @prisma/adapter-pg, as
 * Prisma 7 requires), on a pool that counts every statement into the request's tally.
 */
export function createPrisma<Client>(
  PrismaClient: new (options: { adapter: PrismaPg }) => Client,
  options: { databaseUrl: string; schema: string; max?: number; config?: Config },
): { prisma: Client; pool: pg.Pool } {
  const pool = createCountingPool({
    connectionString: withoutSchemaParam(options.databaseUrl),
    max: options.max ?? 10,
    ...poolTimeouts(options.config ?? config()),
  });
  const adapter = new PrismaPg(pool, { schema: options.schema });
  return { prisma: new PrismaClient({ adapter }), pool };
}

/**
 * What keeps a request from hanging while PostgreSQL is away (issue 11, part 5). The statement and
 * idle-transaction limits are PostgreSQL's own (sent as startup parameters): the server cancels, so the
 * transaction is rolled back for certain. query_timeout is only the client's backstop for a server
 * that vanished without closing the socket, and so comes later than the server's own limit. TCP
 * keep-alive lets the kernel notice such a dead peer on an idle connection.
 */
export function poolTimeouts(cfg: Config): pg.PoolConfig {
  return {
    connectionTimeoutMillis: cfg.PG_CONNECT_TIMEOUT_MS,
    statement_timeout: cfg.PG_STATEMENT_TIMEOUT_MS,
    query_timeout: cfg.PG_STATEMENT_TIMEOUT_MS + cfg.PG_CONNECT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: cfg.PG_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    keepAlive: true,
  };
}

export interface SubgraphDatabase<Client> {
  /** The subgraph's PrismaClient, created on first use so that schema tooling runs without a database. */
  db(): Client;
  /** Its pool, for the health check. */
  pool(): pg.Pool;
  /** Closes client and pool (after an in-process seed, at the end of a test file); db() opens them again. */
  disconnect(): Promise<void>;
}

/** One subgraph's lazily opened connection to its own PostgreSQL schema, at DATABASE_URL. */
export function subgraphDatabase<Client extends { $disconnect(): Promise<void> }>(
  PrismaClient: new (options: { adapter: PrismaPg }) => Client,
  schema: string,
): SubgraphDatabase<Client> {
  let opened: { prisma: Client; pool: pg.Pool } | undefined;
  const open = () => (opened ??= createPrisma(PrismaClient, { databaseUrl: databaseUrl(), schema }));
  return {
    db: () => open().prisma,
    pool: () => open().pool,
    async disconnect() {
      if (!opened) return;
      const { prisma, pool } = opened;
      opened = undefined;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
