import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';

/**
 * Counts SQL statements per request (STYLE.md §5) at the one place every statement passes: the pg
 * client. The count travels in AsyncLocalStorage, so Prisma, raw SQL and transactions all count.
 */
export interface SqlTally {
  statements: number;
}

const tallies = new AsyncLocalStorage<SqlTally>();

export function withSqlTally<T>(fn: () => T): { tally: SqlTally; result: T } {
  const tally: SqlTally = { statements: 0 };
  return { tally, result: tallies.run(tally, fn) };
}

export function currentSqlTally(): SqlTally | undefined {
  return tallies.getStore();
}

/** A pg pool whose clients count each statement into the current request's tally. */
export function createCountingPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const tally = tallies.getStore();
      if (tally) tally.statements += 1;
      return query(...args);
    };
  });
  return pool;
}
