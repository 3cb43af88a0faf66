import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { REQUEST_ID_HEADER, requestIdFrom } from './context.ts';
import type { Logger } from './logger.ts';
import { recordRequest, serveMetrics } from './metrics.ts';
import { withObservation, type ObservedOperation } from './request-log.ts';
import { withSqlTally, type SqlTally } from './sql.ts';
import { tracing, type RequestSpan } from './tracing.ts';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

/**
 * The one HTTP front for every process (four subgraphs and the gateway): GraphQL at /graphql, liveness
 * at /health (the process answers), readiness at /ready (what it depends on answers too: 503 when not),
 * Prometheus metrics at /metrics (metrics.ts), and a body-size limit enforced while reading, before
 * anything is parsed. Every GraphQL request, refused ones included, gets one log line and its metrics.
 */
export interface ServeOptions<TContext extends BaseContext, TPreflight extends { body?: unknown } = { body?: unknown }> {
  server: ApolloServer<TContext>;
  port: number;
  host?: string;
  maxBodyBytes: number;
  /** Builds the request context, or throws an HttpError to refuse the request; gets what preflight found. */
  context: (req: IncomingMessage, preflight: TPreflight | undefined) => Promise<TContext>;
  health: () => Promise<Record<string, unknown>>;
  /** Readiness: whether the process can serve now, and the state of what it depends on. */
  ready: () => Promise<{ ready: boolean } & Record<string, unknown>>;
  /** How long close() lets in-flight requests finish before it cuts their connections. */
  drainMs?: number;
  /**
   * Compress responses for clients that accept it: the gateway, whose clients are across a network.
   * Not the subgraphs, whose one client is the gateway next door: there it would only cost CPU.
   */
  compress?: boolean;
  /** Extra routes (e.g. the gateway's landing page); return true when handled. */
  route?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;
  /** Where each GraphQL request's one log line goes ("graphql request"). */
  log?: Logger;
  /** Whether this process has a database, so that its requests' SQL statements are counted in the metrics. */
  countsSql?: boolean;
  /** Called with every finished GraphQL response. */
  onResponse?: (info: { req: IncomingMessage; res: ServerResponse; status: number; durationMs: number }) => void;
  /**
   * Inspects a GraphQL request before Apollo sees it (size, shape and cost limits at the gateway);
   * throws an HttpError to refuse it. May return a replacement body (trusted documents by hash) and
   * whatever the context needs of it (the operation's price).
   */
  preflight?: (request: { method: string; body: unknown; search: URLSearchParams }) => TPreflight;
  /** Headers to add to every response (CORS). */
  headers?: (req: IncomingMessage) => Record<string, string>;
  /**
   * Whole answers kept in front of Apollo (the gateway's public reads, gateway/src/response-cache.ts):
   * asked once the context is built, so that the caller is known and charged, for a kept answer or
   * for where this request's answer may be kept.
   */
  answers?: (request: { req: IncomingMessage; body: unknown; preflight: TPreflight | undefined; context: TContext }) => Promise<AnswerTicket | undefined>;
}

/** An answer kept as bytes: served without Apollo parsing, executing or serialising anything. */
export interface KeptAnswer {
  status: number;
  headers: Record<string, string>;
  /** The body's parts, in order (the kept part shared by every request, then the request's own). */
  body: Buffer[];
  /** The request's id, for its log line (the one its headers name). */
  requestId: string;
  /** The operation's name for its log line and metrics, null for an anonymous one (as Apollo's). */
  operationName: string | null;
}

/** What `answers` says of one request: a kept answer to send, or a place to keep the answer Apollo gives. */
export interface AnswerTicket {
  hit?: KeptAnswer;
  keep?: (response: { status: number; headers: Iterable<[string, string]>; body: string }) => void;
}

type Route = NonNullable<ServeOptions<BaseContext>['route']>;

/** Several `route` handlers as one: each is asked in turn until one says the request was its own. */
export function firstRoute(...routes: Route[]): Route {
  return async (req, res) => {
    for (const route of routes) if (await route(req, res)) return true;
    return false;
  };
}

export interface HttpErrorOptions {
  /** More extensions beside the code (the price of a refused query, the field at fault). */
  extensions?: Record<string, unknown>;
  /** Response headers (Retry-After). */
  headers?: Record<string, string>;
  /** Further errors of the same refusal (validation reports several). */
  more?: { message: string; extensions: Record<string, unknown> }[];
}

/** A request refused before or outside GraphQL execution, as an HTTP status and one GraphQL error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: HttpErrorOptions = {},
  ) {
    super(message);
  }
}

export interface Serving {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The operation name a request declares (body or GET parameters), for the log and metrics of a request
 * refused before Apollo reads its document; undefined when it declares none.
 */
function declaredOperationName(body: unknown, search: URLSearchParams): string | undefined {
  const fromBody = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { operationName?: unknown }).operationName : undefined;
  const name = fromBody ?? search.get('operationName');
  return typeof name === 'string' && name !== '' ? name : undefined;
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Below this, compressing costs more than it saves. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * How the client accepts a body of `bytes`: brotli, else gzip, else plain, with the Vary and
 * Content-Encoding headers said.
 * A 269 kB MethodPage is 19 kB gzipped (issue 12).
 */
function encodingFor(req: IncomingMessage, res: ServerResponse, bytes: number): 'br' | 'gzip' | undefined {
  if (bytes < COMPRESS_FROM_BYTES) return undefined;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  res.setHeader('vary', [res.getHeader('vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  if (encoding) res.setHeader('content-encoding', encoding);
  return encoding;
}

/** Brotli at quality 4, not its default 11, which costs far more CPU than it saves. */
function compress(body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipped(body);
}

/**
 * The body as the client accepts it (encodingFor), as bytes. Given a string, res.end measures its UTF-8
 * length for Content-Length and the socket then converts it again to write it; as bytes it is converted
 * once and written as it is. For ForbundComparison with a token (268 kB) the measuring and the string
 * write were 14 % of the gateway's samples, the one conversion 9 % (profiled, issue 12).
 */
async function encode(req: IncomingMessage, res: ServerResponse, body: string, compressing: boolean): Promise<Buffer> {
  const bytes = Buffer.from(body);
  const encoding = compressing ? encodingFor(req, res, bytes.length) : undefined;
  return encoding ? compress(bytes, encoding) : bytes;
}

/**
 * A kept answer's parts as the client accepts them. Plain, they are written as they are: the kept part
 * is shared by every request for it, and copying 275 kB per answer into a new Buffer made the
 * gateway's memory swing by a hundred MiB between collections at a thousand answers a second.
 */
async function sendParts(req: IncomingMessage, res: ServerResponse, parts: Buffer[], compressing: boolean): Promise<void> {
  const bytes = parts.reduce((sum, part) => sum + part.length, 0);
  const encoding = compressing ? encodingFor(req, res, bytes) : undefined;
  if (encoding) {
    res.end(await compress(Buffer.concat(parts, bytes), encoding));
    return;
  }
  res.setHeader('content-length', String(bytes));
  for (const part of parts) res.write(part);
  res.end();
}

function sendError(res: ServerResponse, error: HttpError, extra: Record<string, string> = {}, accept = ''): void {
  // GraphQL over HTTP: a client that asks for application/graphql-response+json gets it, errors included.
  const type = accept.includes('application/graphql-response+json') ? 'application/graphql-response+json' : 'application/json';
  res.writeHead(error.status, { 'content-type': `${type}; charset=utf-8`, ...extra, ...error.options.headers });
  const first = { message: error.message, extensions: { ...error.options.extensions, code: error.code } };
  res.end(JSON.stringify({ errors: [first, ...(error.options.more ?? [])] }));
}

export async function serveApollo<TContext extends BaseContext, TPreflight extends { body?: unknown } = { body?: unknown }>(
  options: ServeOptions<TContext, TPreflight>,
): Promise<Serving> {
  const { server } = options;
  await server.start();
  const http = createServer((req, res) => {
    // A GraphQL request is a span of its trace when tracing is on (tracing.ts); /health and the like are not.
    const traced = tracing();
    if (traced && new URL(req.url ?? '/', 'http://localhost').pathname === '/graphql') void traced.serve(req, (span) => handle(req, res, span));
    else void handle(req, res);
  });
  // Idle keep-alive connections stay open longer than any client pool keeps them (Node's default is
  // 5 s): otherwise a client may reuse a socket the server is just closing, and the first request after
  // an idle spell fails (issue 12: the gateway's funding fetch once did).
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;

  async function handle(req: IncomingMessage, res: ServerResponse, span?: RequestSpan): Promise<void> {
    const started = performance.now();
    const extraHeaders = options.headers?.(req) ?? {};
    const url = new URL(req.url ?? '/', 'http://localhost');
    // What the request's log line and metrics need, whichever way it ends.
    let observed: ObservedOperation | undefined;
    let tally: SqlTally | undefined;
    let declaredOperation: string | undefined;
    let refusedCode: string | undefined;
    let hit: KeptAnswer | undefined;
    try {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, extraHeaders);
        res.end();
        return;
      }
      if (url.pathname === '/health') {
        const body = await options.health();
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ status: 'ok', ...body }));
        return;
      }
      if (url.pathname === '/ready') {
        const { ready, ...body } = await options.ready();
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ status: ready ? 'ready' : 'not ready', ...body }));
        return;
      }
      if (url.pathname === '/metrics') {
        await serveMetrics(req, res);
        return;
      }
      if (options.route && (await options.route(req, res))) return;
      if (url.pathname !== '/graphql') {
        sendError(res, new HttpError(404, 'NOT_FOUND', `Nothing at ${url.pathname}; GraphQL is served at /graphql.`));
        return;
      }
      const body = req.method === 'POST' ? await readBody(req, options.maxBodyBytes) : '';
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let parsedBody: unknown = undefined;
      if (body) {
        try {
          parsedBody = headers.get('content-type')?.includes('json') ? JSON.parse(body) : body;
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        }
      }
      declaredOperation = declaredOperationName(parsedBody, url.searchParams);
      const preflight = options.preflight?.({ method: req.method ?? 'GET', body: parsedBody, search: url.searchParams });
      if (preflight?.body !== undefined) parsedBody = preflight.body;
      const contextValue = await options.context(req, preflight);
      const ticket = await options.answers?.({ req, body: parsedBody, preflight, context: contextValue });
      if (ticket?.hit) {
        hit = ticket.hit;
        for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
        res.setHeader(SQL_STATEMENTS_HEADER, '0');
        for (const [key, value] of Object.entries(hit.headers)) res.setHeader(key, value);
        res.statusCode = hit.status;
        await sendParts(req, res, hit.body, options.compress === true);
        return;
      }
      const execution = withSqlTally(() =>
        withObservation(() =>
          server.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsedBody },
            context: () => Promise.resolve(contextValue),
          }),
        ),
      );
      tally = execution.tally;
      observed = execution.result.observed;
      const response = await execution.result.result;
      for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
      // How many SQL statements this request cost in this process (STYLE.md §5); tests assert on it.
      res.setHeader(SQL_STATEMENTS_HEADER, String(tally.statements));
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        ticket?.keep?.({ status: res.statusCode, headers: response.headers, body: response.body.string });
        res.end(await encode(req, res, response.body.string, options.compress === true));
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      const accept = req.headers.accept ?? '';
      const refusal = error instanceof HttpError ? error : new HttpError(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
      refusedCode = refusal.code;
      sendError(res, refusal, extraHeaders, accept);
    } finally {
      if (url.pathname === '/graphql') {
        const durationMs = performance.now() - started;
        // No operation at all (the landing page) is `none` in the metrics, not `anonymous`.
        const operationName = observed?.operationName !== undefined ? observed.operationName : hit ? hit.operationName : declaredOperation;
        const errorCodes = refusedCode ? [refusedCode] : (observed?.errorCodes ?? []);
        const sqlStatements = tally?.statements ?? 0;
        recordRequest({ operationName, status: res.statusCode, errorCodes, durationMs, sqlStatements: options.countsSql ? sqlStatements : undefined });
        const requestId = observed?.requestId ?? hit?.requestId ?? requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        span?.end({ status: res.statusCode, operationName, requestId, errorCodes });
        options.log?.info(
          {
            requestId,
            operationName: operationName ?? null,
            status: res.statusCode,
            durationMs: Math.round(durationMs),
            sqlStatements,
            errors: errorCodes.length > 0 ? errorCodes : undefined,
          },
          'graphql request',
        );
        options.onResponse?.({ req, res, status: res.statusCode, durationMs });
      }
    }
  }

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    server: http,
    port,
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : (options.host ?? '127.0.0.1')}:${port}/graphql`,
    async close() {
      // Drain: stop accepting, close idle keep-alive connections, let in-flight requests finish, and
      // cut what is still open only after the grace period.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      const grace = setTimeout(() => http.closeAllConnections(), options.drainMs ?? 10_000);
      await closed;
      clearTimeout(grace);
      await server.stop();
    },
  };
}
