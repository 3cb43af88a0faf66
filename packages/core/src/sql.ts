import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { createLogger, type Logger } from './logger.ts';
import { tracing } from './tracing.ts';

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

/**
 * A pg pool whose clients count each statement into the current request's tally and, when tracing is
 * on, make it a span of the request's trace.
 */
export function createCountingPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // An idle connection that PostgreSQL ends (a restart; Ctrl-C, which reaches the embedded server too)
  // is an 'error' event on the pool; unhandled, it would crash the process. The pool drops that
  // connection and opens a new one when next asked; a request under way fails with its own error.
  pool.on('error', (error) => poolLog().warn({ err: error.message }, 'PostgreSQL closed an idle connection'));
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const tally = tallies.getStore();
      if (tally) tally.statements += 1;
      const traced = tracing();
      return traced ? traced.sql(args, (given) => query(...given)) : query(...args);
    };
  });
  return pool;
}

let log: Logger | undefined;
function poolLog(): Logger {
  log ??= createLogger('postgres-pool');
  return log;
}

/**
 * One bulk load into a subgraph's schema as one transaction (issue 12: the national data set loads
 * by multi-row statements, not through the API). The pool's statement_timeout guards requests; a bulk
 * statement of a 10× stress run may take longer, so it is lifted for this transaction only.
 */
export async function bulkTransaction<T>(pool: pg.Pool, schema: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('search_path', $1, true), set_config('statement_timeout', '0', true)`, [schema]);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
