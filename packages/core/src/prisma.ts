import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { withoutSchemaParam } from './migrate.ts';
import { createCountingPool } from './sql.ts';

/**
 * A subgraph's PrismaClient over its own PostgreSQL schema (driver adapter @prisma/adapter-pg, as
 * Prisma 7 requires), on a pool that counts every statement into the request's tally.
 */
export function createPrisma<Client>(
  PrismaClient: new (options: { adapter: PrismaPg }) => Client,
  options: { databaseUrl: string; schema: string; max?: number },
): { prisma: Client; pool: pg.Pool } {
  const pool = createCountingPool({ connectionString: withoutSchemaParam(options.databaseUrl), max: options.max ?? 10 });
  const adapter = new PrismaPg(pool, { schema: options.schema });
  return { prisma: new PrismaClient({ adapter }), pool };
}
