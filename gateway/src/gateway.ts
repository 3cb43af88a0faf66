import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError, Kind, parse } from 'graphql';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  requestIdFrom,
  SQL_STATEMENTS_HEADER,
  ErrorCode,
  HttpError,
  createLogger,
  firstRoute,
  maskErrors,
  publicCallerAddress,
  recordSubgraphFetch,
  requestLogPlugin,
  serveApollo,
  serviceUnavailableStatus,
  signIdentity,
  startMetrics,
  startTracing,
  subgraphUnavailable,
  subgraphUrls,
  tracing,
  trustProxy,
  uncacheableForSignedIn,
  type Config,
  type Identity,
  type Logger,
  type Serving,
  webUrl,
} from '@finsam/core';
import { createTokenVerifier, TokenError } from './auth.ts';
import { planCache, type PlanCacheStats } from './plan-cache.ts';
import { charge, memoryBudget, redisBudget, type Budget, type CostReport } from './budget.ts';
import { explorerEnabled, explorerRoute } from './explorer.ts';
import { createPreflight, DEFAULT_LIMITS, type Preflight } from './limits.ts';
import { InFlight, parseCacheControlHeader, rememberText } from './in-flight.ts';
import { PageCache } from './page-cache.ts';

/**
 * How long a replica keeps a whole page when several share Redis: a write through another replica does
 * not reach this one's kept pages (page-cache.ts), so they are kept only this long.
 */
const REPLICA_PAGE_SECONDS = 10;
import { responseCache } from './response-cache.ts';
import { openDataRoute } from './open-data/routes.ts';
import { webProxy } from './web-proxy.ts';

/** JSON of SQL statements per subgraph for the request, e.g. {"registry":3,"funding":1}. */
export const SUBGRAPH_SQL_HEADER = 'x-subgraph-sql';
/**
 * JSON of SQL statements per subgraph fetch, in the order the answers came, e.g.
 * {"registry":[2,1],"projects":[2]}: issue 12 holds each fetch (one HTTP request to a subgraph,
 * `_entities` included) to at most two statements, which the per-subgraph sum cannot show.
 */
export const SUBGRAPH_SQL_FETCHES_HEADER = 'x-subgraph-sql-fetches';

export interface GatewayContext {
  identity: Identity;
  /** One id for the request's log lines here and in every subgraph it asks. */
  requestId: string;
  log: Logger;
  /** SQL statements each subgraph reported for this request. */
  sql: Record<string, number>;
  /** The same, per fetch: one entry for each request to the subgraph. */
  sqlFetches?: Record<string, number[]>;
  /** The operation's price and what is left of the caller's budget, for extensions.cost. */
  cost: CostReport;
}

type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type NodeFetchRequest = Parameters<RemoteGraphQLDataSource['didEncounterError']>[1];
type DidReceiveResponseArgs = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/**
 * Forwards the verified identity to the subgraph, signed with the internal secret, and collects the
 * subgraph's SQL count for the request log.
 */
class HubDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
  ) {
    super({ url });
    // make-fetch-happen (minipass-fetch) ends a request with no answer within `timeout` ms: a slow
    // subgraph costs its own fields, never the whole request. Each fetch's time and failure go to the
    // metrics (issue 14).
    const fetcher = this.fetcher;
    this.fetcher = async (input, init) => {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      try {
        const response = await fetcher(input, { ...init, timeout: timeoutMs } as typeof init);
        recordSubgraphFetch(subgraph, seconds(), response.ok ? undefined : response.status);
        return response;
      } catch (error) {
        recordSubgraphFetch(subgraph, seconds(), (error as { type?: unknown }).type === 'request-timeout' ? 'timeout' : 'unreachable');
        throw error;
      }
    };
  }

  /**
   * A subgraph that is down, too slow or failing (5xx) is named in one stable error; its fields are
   * null and the other subgraphs' parts of the answer stand (issue 11, part 3). The database-away 503
   * of a subgraph keeps its own code, SERVICE_UNAVAILABLE (maskErrors).
   */
  override didEncounterError(error: Error, request: NodeFetchRequest, response?: FetcherResponse): void {
    if (!response) {
      const timedOut = (error as { type?: unknown }).type === 'request-timeout';
      throw subgraphUnavailable(this.subgraph, timedOut ? `no answer within ${this.timeoutMs} ms` : 'unreachable');
    }
    if (response.status >= 500 && response.status !== 503) throw subgraphUnavailable(this.subgraph, `HTTP ${response.status}`);
    super.didEncounterError(error, request, response);
  }

  /** Identical reads in flight at once share one fetch (in-flight.ts). */
  readonly inFlight = new InFlight();

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    // Health checks and schema loading have no incoming request (@apollo/gateway does not export the enum).
    if (!('incomingRequestContext' in options)) return super.process(options);
    const incoming = options.incomingRequestContext;
    // A mutation's own fetches, its follow-up reads included, are never shared, and every write moves
    // the key on, before and again after it: no read that starts after a write's answer joins a fetch
    // that began before the write was committed.
    if (incoming.operation?.operation === 'mutation') {
      InFlight.wrote();
      try {
        return await super.process(options);
      } finally {
        InFlight.wrote();
      }
    }
    if (!InFlight.isRead(options.request.query)) return super.process(options);
    const { context } = options;
    const key = InFlight.key(context.identity, options.request.query, options.request.variables);
    const { response, shared } = await this.inFlight.run(key, () => super.process(options));
    if (shared) {
      // What RemoteGraphQLDataSource.respond does for the request that fetched: this one's cache policy
      // too is no looser than the subgraph's Cache-Control allows.
      const parsed = parseCacheControlHeader(response.http?.headers.get('cache-control'));
      const maxAge = parsed['max-age'];
      incoming.overallCachePolicy.restrict({
        maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0,
        ...(parsed.public === true ? { scope: 'PUBLIC' as const } : parsed.private === true ? { scope: 'PRIVATE' as const } : {}),
      });
      // A shared answer cost this request no SQL of its own; say so, so per-request counts stay true.
      if (context.sql) context.sql[this.subgraph] ??= 0;
      if (context.sqlFetches) (context.sqlFetches[this.subgraph] ??= []).push(0);
    }
    return response;
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading run without a request context.
    const identity = 'identity' in context && context.identity ? context.identity : { role: 'public' as const };
    request.http?.headers.set(IDENTITY_HEADER, signIdentity(identity, this.secret, this.subgraph));
    if ('requestId' in context && context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    // W3C traceparent of @apollo/gateway's gateway.fetch span: the subgraph's span continues this trace.
    if (request.http) tracing()?.inject(request.http.headers);
  }

  /**
   * A subgraph refuses variables it cannot coerce (e.g. Kronor 1.5, which the gateway's schema cannot
   * check: it knows custom scalars only by name) with HTTP 400 and BAD_USER_INPUT. Pass that code and
   * message on, instead of a generic "400: Bad Request" that reads as an internal error.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status === 400) {
      const body = (await response.clone().json().catch(() => undefined)) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
      const first = body?.errors?.[0];
      if (first?.extensions?.code === 'BAD_USER_INPUT' && typeof first.message === 'string') {
        return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT' } });
      }
    }
    return super.errorFromResponse(response);
  }

  /**
   * As RemoteGraphQLDataSource.parseBody, but a JSON answer's text is kept beside it: the requests that
   * shared this fetch each parse their own copy from it (in-flight.ts).
   */
  override async parseBody(fetchResponse: FetcherResponse, fetchRequest?: NodeFetchRequest, context?: GatewayContext): Promise<object | string> {
    const type = fetchResponse.headers.get('content-type') ?? '';
    if (!type.startsWith('application/json') && !type.startsWith('application/graphql-response+json')) return super.parseBody(fetchResponse, fetchRequest, context);
    const text = await fetchResponse.text();
    const body = JSON.parse(text) as object;
    rememberText(fetchResponse, text);
    return body;
  }

  override didReceiveResponse({ response, context }: DidReceiveResponseArgs) {
    const statements = Number(response.http?.headers.get(SQL_STATEMENTS_HEADER) ?? 0);
    if ('sql' in context && context.sql) context.sql[this.subgraph] = (context.sql[this.subgraph] ?? 0) + statements;
    if ('sqlFetches' in context && context.sqlFetches) (context.sqlFetches[this.subgraph] ??= []).push(statements);
    return response;
  }
}

export const SUPERGRAPH_PATH = new URL('../supergraph.graphql', import.meta.url);
export const TRUSTED_DOCUMENTS_PATH = new URL('../trusted-documents.json', import.meta.url);

/** The client contract (contract/operations.graphql); scripts/build.ts copies it beside dist/gateway. */
export const CONTRACT_PATH = new URL('../../contract/operations.graphql', import.meta.url);

/** The manifest's documents whose operation is one of the client contract's. */
export function contractDocuments(manifest: Record<string, string>): Record<string, string> {
  const names = new Set(
    parse(readFileSync(CONTRACT_PATH, 'utf8')).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
  );
  return Object.fromEntries(
    Object.entries(manifest).filter(([, query]) => parse(query).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.name !== undefined && names.has(d.name.value))),
  );
}

/** CORS: `*`, or echo the caller's Origin when it is in the comma-separated allow list. */
export function corsHeaders(allowed: string) {
  const origins = new Set(allowed.split(',').map((o) => o.trim()).filter(Boolean));
  return (req: IncomingMessage): Record<string, string> => {
    const common = {
      'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      // Authorization too: a shared cache may store a public response (Cache-Control: public) and must
      // not hand it to a caller with a token, whose answer can differ (drafts of its own förbund).
      vary: 'Origin, Authorization',
    };
    if (origins.has('*')) return { ...common, 'access-control-allow-origin': '*' };
    const origin = req.headers.origin;
    return origin && origins.has(origin) ? { ...common, 'access-control-allow-origin': origin } : common;
  };
}

export async function startGateway(
  cfg: Config,
  options: { port?: number; host?: string } = {},
): Promise<Serving & { plans: PlanCacheStats }> {
  const log = createLogger('gateway');
  startMetrics('gateway');
  await startTracing('gateway');
  const production = cfg.NODE_ENV === 'production';
  const urls: Record<string, string> = subgraphUrls(cfg);
  // @apollo/gateway otherwise sends usage metrics to Apollo and, to label them, probes the cloud
  // metadata addresses of AWS, GCP, Azure and Alibaba (utilities/opentelemetry.js). The hub serves
  // public-sector data and talks to nothing but its own subgraphs.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  // The composed, committed supergraph (npm run compose); never introspection at run time.
  const supergraphSdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  // The schema clients see, for validating and pricing before Apollo runs anything. Through SDL, so
  // that it is built by this process's graphql, whatever module format federation-internals loaded.
  const apiSchema = buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
  const limits = { ...DEFAULT_LIMITS, maxCost: cfg.MAX_QUERY_COST };
  const budgetOptions = { capacity: cfg.RATE_LIMIT_CAPACITY, refillPerSecond: cfg.RATE_LIMIT_REFILL_PER_SECOND };
  const budget: Budget = cfg.REDIS_URL ? redisBudget(budgetOptions, cfg.REDIS_URL, log, cfg.REDIS_KEY_PREFIX) : memoryBudget(budgetOptions);
  await budget.ready;
  // What each answer carries of its own: its price and budget, and outside production its SQL counts, so
  // tests and benchmarks can hold SQL per operation constant (STYLE.md §5).
  const ownExtensions = (context: GatewayContext) => ({ cost: context.cost });
  const ownHeaders = (context: GatewayContext): Record<string, string> =>
    production ? {} : { [SUBGRAPH_SQL_HEADER]: JSON.stringify(context.sql), [SUBGRAPH_SQL_FETCHES_HEADER]: JSON.stringify(context.sqlFetches ?? {}) };
  const cache =
    cfg.RESPONSE_CACHE === 'on'
      ? responseCache<GatewayContext>({
          supergraphSdl,
          schema: apiSchema,
          log,
          redis: cfg.REDIS_URL ? { url: cfg.REDIS_URL, prefix: cfg.REDIS_KEY_PREFIX } : undefined,
          ownExtensions,
          ownHeaders,
        })
      : undefined;
  const trustedDocuments = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
  const plans = planCache(supergraphSdl, log);
  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: plans.cache },
    buildService: ({ name }) => {
      const url = urls[name];
      if (!url) throw new Error(`The supergraph names a subgraph "${name}" that this gateway does not know.`);
      return new HubDataSource(name, url, cfg.INTERNAL_SECRET, cfg.SUBGRAPH_TIMEOUT_MS);
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    // gateway/src/index.ts owns SIGTERM/SIGINT (onShutdown): one owner drains requests, then stops.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: maskErrors(production),
    plugins: [
      // Apollo's landing pages load Sandbox from its CDNs; the hub serves its own explorer (explorer.ts).
      ApolloServerPluginLandingPageDisabled(),
      requestLogPlugin<GatewayContext>(),
      // Subgraph cache-control headers set the response's policy (RemoteGraphQLDataSource,
      // honorSubgraphCacheControlHeader); a signed-in caller's response is never cacheable regardless.
      uncacheableForSignedIn<GatewayContext>(),
      serviceUnavailableStatus<GatewayContext>(),
      ...(cache?.plugins ?? []),
      {
        // Statements per subgraph for this operation: in the log always, and what each answer has of its
        // own (ownExtensions, ownHeaders).
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, response, operationName }) {
              contextValue.log.debug({ operationName, subgraphSql: contextValue.sql }, 'subgraph sql');
              if (response.body.kind === 'single') {
                const result = response.body.singleResult;
                result.extensions = { ...result.extensions, ...ownExtensions(contextValue) };
              }
              for (const [name, value] of Object.entries(ownHeaders(contextValue))) response.http.headers.set(name, value);
              // So that a client reporting a problem can name the log lines of its request.
              response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
            },
          };
        },
      },
    ],
  });
  const verify = createTokenVerifier(cfg);
  const trust = trustProxy(cfg.TRUST_PROXY);
  const serving = await serveApollo<GatewayContext, Preflight>({
    server,
    port: options.port ?? cfg.GATEWAY_PORT,
    host: options.host ?? '127.0.0.1',
    maxBodyBytes: cfg.MAX_BODY_BYTES,
    log,
    compress: true,
    headers: corsHeaders(cfg.CORS_ORIGINS),
    // Routes besides GraphQL, each answering true when the request was its own: open data (issue 14,
    // part 2), the explorer for browsers at /graphql (part 5), and last everything else, which goes to
    // the pages (web/, issue 13).
    route: firstRoute(
      openDataRoute(cfg, { server, schema: apiSchema, limits, budget, production, log, trust }),
      explorerRoute({
        enabled: explorerEnabled(cfg.EXPLORER, production),
        schema: apiSchema,
        // The client contract's operations only; the pages' own (web/) share the manifest.
        documents: contractDocuments(trustedDocuments),
      }),
      // Whole public pages are kept as the API's public reads are, and switched with them (RESPONSE_CACHE).
      webProxy(webUrl(cfg), log, { trust, cache: cfg.RESPONSE_CACHE === 'on' ? new PageCache({ generation: InFlight.generation, maxSeconds: cfg.REDIS_URL ? REPLICA_PAGE_SECONDS : undefined }) : undefined }),
    ),
    // Public reads whose answers the response cache holds, answered as bytes before Apollo.
    answers: cache?.answers,
    preflight: createPreflight({
      schema: apiSchema,
      limits,
      production,
      trustedDocuments: cfg.TRUSTED_DOCUMENTS === 'enforce' ? trustedDocuments : undefined,
    }),
    context: async (req, preflight) => {
      let identity: Identity;
      try {
        identity = await verify(req.headers.authorization);
      } catch (error) {
        if (error instanceof TokenError) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, error.message);
        throw error;
      }
      // A signed-in caller's budget follows its token's subject; the public's, its address, or the
      // visitor's when the pages ask on a visitor's behalf with WEB_SECRET.
      const key = identity.role === 'public' ? `ip:${publicCallerAddress(req, trust, cfg.WEB_SECRET)}` : `sub:${identity.subject}`;
      const cost = await charge(budget, key, preflight?.cost ?? 0, limits.maxCost);
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      return { identity, requestId, log: log.child({ requestId }), sql: {}, sqlFetches: {}, cost };
    },
    // The plan cache's counts: whether warming worked, and how often the gateway still plans itself.
    health: async () => ({ service: 'gateway', queryPlans: plans.stats }),
    // Ready when every subgraph is, each with its PostgreSQL (their /ready): a load balancer sends
    // traffic elsewhere meanwhile, while /health keeps saying the process itself is alive.
    ready: async () => {
      const states = await Promise.all(
        Object.entries(urls).map(async ([name, url]) => {
          try {
            const response = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2_000) });
            const body = (await response.json()) as { database?: unknown };
            return [name, { up: true, ready: response.ok, database: body.database ?? 'unknown' }] as const;
          } catch {
            return [name, { up: false, ready: false, database: 'unknown' }] as const;
          }
        }),
      );
      return { ready: states.every(([, state]) => state.ready), service: 'gateway', subgraphs: Object.fromEntries(states) };
    },
  });
  // After start: the gateway clears its plan store when it loads the supergraph (server.start()).
  plans.warm(Object.values(trustedDocuments));
  return {
    ...serving,
    plans: plans.stats,
    async close() {
      await serving.close();
      await budget.close();
      await cache?.close();
    },
  };
}
