import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type pg from 'pg';
import { uncacheableForSignedIn } from './cache.ts';
import { config } from './config.ts';
import { createContext, REQUEST_ID_HEADER, requestIdFrom, type Context } from './context.ts';
import { ErrorCode, isExpectedError, UNAVAILABLE_MESSAGE, withoutSuggestions } from './errors.ts';
import { HttpError, serveApollo, type Serving } from './http.ts';
import { IDENTITY_HEADER, IdentityError, verifyIdentity } from './identity.ts';
import { createLogger, type Logger } from './logger.ts';
import { isDatabaseUnavailable } from './postgres.ts';
import { observePool, startMetrics } from './metrics.ts';
import { requestLogPlugin } from './request-log.ts';
import { startTracing, stopTracing } from './tracing.ts';

/**
 * A subgraph's answer to the gateway that failed whole with SERVICE_UNAVAILABLE (HTTP 503, below):
 * @apollo/gateway's RemoteGraphQLDataSource turns any non-2xx into "503: Service Unavailable" with the
 * body under extensions.response, and no code.
 */
function isUnavailableSubgraph(formatted: GraphQLFormattedError): boolean {
  const response = formatted.extensions?.response as { status?: unknown; body?: { errors?: unknown } } | undefined;
  const errors = response?.body?.errors;
  return (
    response?.status === 503 &&
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e: { extensions?: { code?: unknown } }) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)
  );
}

/**
 * The one place unexpected errors are turned into what a client sees, in every subgraph and the
 * gateway. A PostgreSQL that is away becomes SERVICE_UNAVAILABLE, in development too, because clients
 * retry on it (issue 11, part 5). Outside development, other unexpected errors say nothing about the
 * internals (no SQL, stacks or URLs).
 */
export function maskErrors(production: boolean) {
  const masked = { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE && (isDatabaseUnavailable(error) || isUnavailableSubgraph(formatted))) {
      const serviceName = formatted.extensions?.serviceName;
      return {
        message: UNAVAILABLE_MESSAGE,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, ...(serviceName ? { serviceName } : {}) },
      };
    }
    if (!production) return formatted;
    formatted = { ...formatted, message: withoutSuggestions(formatted.message) };
    // A subgraph that answered the gateway with an HTTP error (a 401 from mismatched INTERNAL_SECRETs,
    // a 5xx) reaches the client with @apollo/gateway's extensions.response: the subgraph's URL, status
    // and body. Whatever its code, that is the hub's fault, not the caller's: masked.
    if (formatted.extensions?.response !== undefined) return masked;
    const original = (error as { originalError?: unknown }).originalError ?? error;
    if (isExpectedError(original) || isExpectedError(formatted)) return formatted;
    return masked;
  };
}

/**
 * HTTP 503 with Retry-After when nothing in the response succeeded because the database was away:
 * every error is SERVICE_UNAVAILABLE and every root field it answers is one of theirs. A response with
 * anything else in it stays 200, so that partial data reaches the client. Used by every subgraph and
 * by the gateway; at the gateway, a subgraph's 503 arrives as SERVICE_UNAVAILABLE (maskErrors).
 */
export function serviceUnavailableStatus<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || !errors.every((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          const failed = new Set(errors.map((e) => e.path?.[0]));
          if (data && Object.entries(data).some(([field, value]) => value !== null || !failed.has(field))) return;
          response.http.status = 503;
          // The outage's length is unknown; a restart of PostgreSQL takes seconds (issue 11, part 5).
          response.http.headers.set('retry-after', '1');
        },
      };
    },
  };
}

export interface SubgraphOptions {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  /** The subgraph's pool, for the health check. */
  pool?: pg.Pool;
}

/**
 * Stops a process cleanly on SIGTERM or SIGINT: in-flight requests finish, pools close, then exit.
 */
export function onShutdown(log: Logger, close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    // Spans still buffered leave before the process does.
    close()
      .then(() => stopTracing())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'unclean shutdown');
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}

/** The one bootstrap every subgraph uses (STYLE.md §11). */
export async function startSubgraph(options: SubgraphOptions): Promise<Serving> {
  const cfg = config();
  const log = createLogger(options.name);
  startMetrics(options.name);
  await startTracing(options.name);
  if (options.pool) observePool(options.pool);
  const production = cfg.NODE_ENV === 'production';
  const server = new ApolloServer<Context>({
    schema: options.schema,
    // onShutdown below owns SIGTERM/SIGINT: one owner drains requests, then closes the pool.
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: maskErrors(production),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      requestLogPlugin<Context>(),
      uncacheableForSignedIn<Context>(),
      serviceUnavailableStatus<Context>(),
    ],
  });
  const serving = await serveApollo<Context>({
    server,
    port: options.port,
    host: options.host ?? '127.0.0.1',
    maxBodyBytes: cfg.MAX_BODY_BYTES,
    log,
    countsSql: options.pool !== undefined,
    context: async (req) => {
      // Subgraphs trust no caller but the gateway: every request carries the identity the gateway
      // verified, signed with the internal secret. A forged or missing one is refused outright.
      const header = req.headers[IDENTITY_HEADER];
      try {
        const identity = verifyIdentity(Array.isArray(header) ? header[0] : header, cfg.INTERNAL_SECRET, options.name);
        return createContext(identity, log, requestIdFrom(req.headers[REQUEST_ID_HEADER]));
      } catch (error) {
        const reason = error instanceof IdentityError ? error.message : 'invalid gateway identity';
        throw new HttpError(401, ErrorCode.UNAUTHENTICATED, `Refused: ${reason}. Send requests through the gateway.`);
      }
    },
    health: async () => ({ service: options.name }),
    ready: async () => {
      try {
        await options.pool?.query('SELECT 1');
        return { ready: true, service: options.name, database: 'up' };
      } catch {
        return { ready: false, service: options.name, database: 'down' };
      }
    },
  });
  log.info({ url: serving.url }, `${options.name} subgraph ready`);
  onShutdown(log, async () => {
    await serving.close();
    await options.pool?.end();
  });
  return serving;
}
