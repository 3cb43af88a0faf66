import { existsSync, readFileSync } from 'node:fs';
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { Kind, parse } from 'graphql';
import type pg from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { config } from './config.ts';
import { ErrorCode } from './errors.ts';

/**
 * Prometheus metrics of one process (issue 14), served at GET /metrics by the HTTP front (http.ts).
 * Every series carries `service` (gateway, registry, funding, projects, methods), so that one query
 * can compare the five processes.
 *
 * Label values are bounded, because each distinct value is a series kept in memory here and in
 * Prometheus for ever: a label fed from what clients send (an operation name) would let any client
 * grow both without limit. So `operation` is a contract operation's name as it is, `anonymous` for an
 * operation without a name, `other` for any other name, and `none` when no operation was read (a
 * refused body, the landing page). `code` is one of the hub's error codes or `OTHER`; `status` is the
 * HTTP status the hub itself sent.
 */
export const metricsRegistry = new Registry();

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Issue 12 / STYLE.md §4: one subgraph fetch should cost at most two statements; these show how far off. */
const SQL_BUCKETS = [0, 1, 2, 3, 4, 6, 8, 12, 16, 32, 64];

const requests = new Counter({
  name: 'finsam_graphql_requests_total',
  help: 'GraphQL requests answered, by operation, HTTP status and the first error code (none without errors).',
  labelNames: ['operation', 'status', 'code'] as const,
  registers: [metricsRegistry],
});
const errors = new Counter({
  name: 'finsam_graphql_errors_total',
  help: 'GraphQL errors in responses, one per error, by operation and extensions.code.',
  labelNames: ['operation', 'code'] as const,
  registers: [metricsRegistry],
});
const duration = new Histogram({
  name: 'finsam_graphql_request_duration_seconds',
  help: 'Time from a GraphQL request arriving to its response being written, by operation.',
  labelNames: ['operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const sqlPerRequest = new Histogram({
  name: 'finsam_sql_statements_per_request',
  help: 'SQL statements one GraphQL request cost in this subgraph, by operation (its _sum counts every statement).',
  labelNames: ['operation'] as const,
  buckets: SQL_BUCKETS,
  registers: [metricsRegistry],
});
const subgraphFetchDuration = new Histogram({
  name: 'finsam_gateway_subgraph_fetch_duration_seconds',
  help: 'Gateway: time of one fetch from a subgraph, answered or not, by subgraph.',
  labelNames: ['subgraph'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [metricsRegistry],
});
const subgraphFetchErrors = new Counter({
  name: 'finsam_gateway_subgraph_fetch_errors_total',
  help: 'Gateway: subgraph fetches that failed, by subgraph and reason (timeout, unreachable, http_<status>).',
  labelNames: ['subgraph', 'reason'] as const,
  registers: [metricsRegistry],
});

let started = false;
/** Names this process's series and adds Node's own (memory, CPU, event loop lag, GC); once per process. */
export function startMetrics(service: string): void {
  if (started) return;
  started = true;
  metricsRegistry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: metricsRegistry });
}

let contractNames: Set<string> | undefined;
/**
 * The operation names of the client contract (contract/operations.graphql), the same list the trusted
 * documents are built from. A process that cannot read it labels every operation `other`: metrics lose
 * detail, the process still serves.
 */
function contractOperationNames(): Set<string> {
  if (contractNames) return contractNames;
  try {
    // Looked for upwards from this module: three folders up from packages/core/src, and from a bundle
    // under dist/ (scripts/build.ts copies contract/ there) the folder above it.
    const found = [1, 2, 3, 4].map((up) => new URL(`${'../'.repeat(up)}contract/operations.graphql`, import.meta.url)).find((url) => existsSync(url));
    if (!found) throw new Error('no contract/operations.graphql');
    const document = parse(readFileSync(found, 'utf8'));
    contractNames = new Set(document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])));
  } catch {
    contractNames = new Set();
  }
  return contractNames;
}

/**
 * The bounded `operation` label of an operation name. In a subgraph, the gateway names each fetch
 * `<client operation>__<subgraph>__<n>` (@apollo/query-planner buildPlan), so a subgraph's series
 * carry the client operation they serve.
 */
export function operationLabel(name: string | null | undefined): string {
  if (name === undefined) return 'none';
  if (name === null || name === '') return 'anonymous';
  const base = name.split('__')[0]!;
  return contractOperationNames().has(base) ? base : 'other';
}

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode), 'INTROSPECTION_DISABLED']);
/** The bounded `code` label: a code the hub or Apollo defines, else OTHER. */
export function codeLabel(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/** What the HTTP front knows of one finished GraphQL request. */
export interface RequestRecord {
  /** The operation's name; null when it has none; undefined when no operation was read. */
  operationName: string | null | undefined;
  status: number;
  /** extensions.code of each error in the response. */
  errorCodes: string[];
  durationMs: number;
  /** SQL statements the request cost in this process; undefined where the process has no database. */
  sqlStatements?: number;
}

export function recordRequest(record: RequestRecord): void {
  const operation = operationLabel(record.operationName);
  const codes = record.errorCodes.map(codeLabel);
  requests.inc({ operation, status: String(record.status), code: codes[0] ?? 'none' });
  for (const code of codes) errors.inc({ operation, code });
  duration.observe({ operation }, record.durationMs / 1000);
  if (record.sqlStatements !== undefined && poolObserved) sqlPerRequest.observe({ operation }, record.sqlStatements);
}

/** One fetch from a subgraph at the gateway; `failure` names why it failed, if it did. */
export function recordSubgraphFetch(subgraph: string, seconds: number, failure?: 'timeout' | 'unreachable' | number): void {
  subgraphFetchDuration.observe({ subgraph }, seconds);
  if (failure !== undefined) subgraphFetchErrors.inc({ subgraph, reason: typeof failure === 'number' ? `http_${failure}` : failure });
}

let poolObserved = false;
/**
 * Gauges of a subgraph's pg pool, read when Prometheus scrapes: connections busy and idle, requests
 * waiting for one, and the pool's size. Waiting requests above zero for long mean the pool is too small
 * or PostgreSQL too slow (issue 11, part 5: PG_CONNECT_TIMEOUT_MS ends such a wait).
 */
export function observePool(pool: pg.Pool): void {
  poolObserved = true;
  for (const name of ['finsam_pg_pool_connections', 'finsam_pg_pool_waiting', 'finsam_pg_pool_max']) metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name: 'finsam_pg_pool_connections',
    help: 'Connections of the subgraph pool to PostgreSQL, by state (busy: running a statement or a transaction; idle).',
    labelNames: ['state'] as const,
    registers: [metricsRegistry],
    collect() {
      this.set({ state: 'busy' }, pool.totalCount - pool.idleCount);
      this.set({ state: 'idle' }, pool.idleCount);
    },
  });
  new Gauge({
    name: 'finsam_pg_pool_waiting',
    help: 'Requests waiting for a connection of the subgraph pool.',
    registers: [metricsRegistry],
    collect() {
      this.set(pool.waitingCount);
    },
  });
  new Gauge({
    name: 'finsam_pg_pool_max',
    help: 'The most connections the subgraph pool opens.',
    registers: [metricsRegistry],
    collect() {
      this.set(pool.options.max ?? 10);
    },
  });
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.match(/^Bearer (.+)$/)?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * GET /metrics. With METRICS_TOKEN set, only a scraper that sends it as a bearer token is answered
 * (Prometheus: `authorization: { credentials_file: ... }`). Without it, /metrics is open outside
 * production (the development ports listen on loopback) and absent in production, where the gateway's
 * port faces the internet: there operation counts and timings are nobody else's business.
 */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const cfg = config();
  const json = { 'content-type': 'application/json; charset=utf-8' };
  if (!cfg.METRICS_TOKEN && cfg.NODE_ENV === 'production') {
    res.writeHead(404, json);
    res.end(JSON.stringify({ errors: [{ message: 'Nothing at /metrics; set METRICS_TOKEN to serve it.', extensions: { code: 'NOT_FOUND' } }] }));
    return;
  }
  if (cfg.METRICS_TOKEN && !bearerMatches(req.headers.authorization, cfg.METRICS_TOKEN)) {
    res.writeHead(401, { ...json, 'www-authenticate': 'Bearer' });
    res.end(JSON.stringify({ errors: [{ message: '/metrics needs the METRICS_TOKEN as a bearer token.', extensions: { code: 'UNAUTHENTICATED' } }] }));
    return;
  }
  const body = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType, 'cache-control': 'no-store' });
  res.end(body);
}
