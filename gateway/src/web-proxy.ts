import { request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { clientAddress, type Logger, type TrustProxy } from '@finsam/core';
import { compressible, MAX_KEPT_PAGE_BYTES, PageCache } from './page-cache.ts';

/**
 * The pages for people (web/, issue 13) on the API's origin: the gateway forwards every request that
 * is not its own (GraphQL, health, readiness, and whatever routes come before this one) to the pages'
 * process, streaming both ways, so pages and API share one origin and need no CORS. The pages' process
 * is another process: when it is away, the gateway answers a short page in Swedish (503) and the API
 * goes on answering.
 */
export function webProxy(target: string, log: Logger, options: { trust?: TrustProxy; timeoutMs?: number; cache?: PageCache } = {}) {
  const base = new URL(target);
  const trust = options.trust ?? (() => false);
  const timeoutMs = options.timeoutMs ?? 30_000;
  return (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // /graphql and what lies under it (the explorer's files) are the gateway's: never the pages'.
    if (path === '/graphql' || path.startsWith('/graphql/')) return Promise.resolve(false);
    const seen = browserOrigin(req, trust, base.host);
    const cacheKey = options.cache ? PageCache.keyOf(req, `${seen.proto}://${seen.host}`) : undefined;
    if (cacheKey !== undefined && options.cache!.serve(cacheKey, req, res)) return Promise.resolve(true);
    // The generation before the page is asked for: a write while it renders leaves it unkept.
    const generation = options.cache?.generation();
    return new Promise<boolean>((resolve) => {
      const headers = withoutHopByHop(req.headers);
      // The pages see the address the browser used (adapter-node's HOST_HEADER, PROTOCOL_HEADER), so
      // their links, redirects and form-origin checks are about the gateway's origin, not their own.
      headers['x-forwarded-host'] = seen.host;
      headers['x-forwarded-proto'] = seen.proto;
      // The visitor's address, as this gateway resolved it through TRUST_PROXY, is the one address the
      // pages see: they believe exactly one hop (adapter-node's ADDRESS_HEADER=x-forwarded-for,
      // XFF_DEPTH=1) wherever the gateway stands, and a caller's own X-Forwarded-For reaches them only
      // where a trusted balancer vouched for it. They forward it to the gateway's budget (web/src/lib/server/api.ts).
      headers['x-forwarded-for'] = clientAddress(req, trust);
      headers.host = base.host;
      const upstream = request(
        { protocol: base.protocol, hostname: base.hostname, port: base.port, method: req.method, path: req.url, headers },
        (answer) => {
          // Every answer of the pages, kept or not, tells the cache their build (page-cache.ts).
          const version = options.cache?.answered(answer.headers);
          const encoder = compressor(req, answer.headers);
          const outgoing = withoutHopByHop(answer.headers);
          const keep = cacheKey !== undefined ? PageCache.lifetime(answer.statusCode, answer.headers) : 0;
          if (keep > 0) {
            // The page's own headers, taken before this answer's encoding is set on them: the copy is
            // encoded anew for each client that asks for it (page-cache.ts).
            const stored = { ...outgoing };
            delete stored['content-length'];
            const chunks: Buffer[] = [];
            let size = 0;
            answer.on('data', (chunk: Buffer) => {
              size += chunk.length;
              // A page too large to keep is not held in memory while it streams.
              if (size <= MAX_KEPT_PAGE_BYTES) chunks.push(chunk);
            });
            answer.once('end', () => {
              if (size <= MAX_KEPT_PAGE_BYTES) options.cache!.store(cacheKey!, { status: 200, headers: stored, body: Buffer.concat(chunks), generation: generation!, version }, keep);
            });
            outgoing['x-page-cache'] = 'MISS';
          }
          if (encoder) {
            delete outgoing['content-length'];
            outgoing['content-encoding'] = encoder.encoding;
            outgoing.vary = [outgoing.vary, 'Accept-Encoding'].filter(Boolean).join(', ');
          }
          res.writeHead(answer.statusCode ?? 502, outgoing);
          if (encoder) answer.pipe(encoder.stream).pipe(res);
          else answer.pipe(res);
          answer.once('end', () => resolve(true));
          answer.once('error', () => {
            res.destroy();
            resolve(true);
          });
        },
      );
      upstream.once('error', (error) => {
        if (res.headersSent) {
          res.destroy();
        } else {
          log.warn({ err: error.message, path }, 'the pages are unreachable');
          res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' });
          res.end(UNAVAILABLE_PAGE);
        }
        resolve(true);
      });
      // No request waits on the pages for ever: a page that does not answer in time is a 503 too.
      upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error(`no answer within ${timeoutMs} ms`)));
      // A browser that goes away takes its upstream request with it.
      res.once('close', () => {
        if (!res.writableFinished) upstream.destroy();
        resolve(true);
      });
      req.pipe(upstream);
    });
  };
}

/**
 * The protocol and host the browser used. Behind a trusted balancer (TRUST_PROXY) that is what the
 * balancer says, e.g. https where it ends TLS; from anyone else, what this connection is.
 */
function browserOrigin(req: IncomingMessage, trust: TrustProxy, fallbackHost: string): { proto: string; host: string } {
  const trusted = trust(req.socket.remoteAddress ?? '', 0);
  const forwarded = (name: string) => (trusted ? String(req.headers[name] ?? '').split(',')[0]!.trim() : '');
  return {
    proto: forwarded('x-forwarded-proto') || ('encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http'),
    host: forwarded('x-forwarded-host') || req.headers.host || fallbackHost,
  };
}

/**
 * Headers that belong to one connection, not to the message (RFC 9110 §7.6.1): Connection and what it
 * names, and the fixed hop-by-hop set. A proxy must not pass them on.
 */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];
function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = String(headers.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.includes(name) && !named.includes(name)) out[name] = value;
  return out;
}

/**
 * Pages and CSV go out compressed when the browser accepts it, as the gateway's GraphQL answers do
 * (packages/core/src/http.ts): a method page of the national data set lists a thousand projects.
 * Brotli at quality 4 for the same reason as there: its default costs far more CPU than it saves.
 */
function compressor(req: IncomingMessage, headers: IncomingHttpHeaders) {
  if (headers['content-encoding'] || !compressible(headers)) return undefined;
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return { encoding: 'br', stream: createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) };
  if (/\bgzip\b/.test(accepted)) return { encoding: 'gzip', stream: createGzip() };
  return undefined;
}

const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sidorna är inte tillgängliga just nu – Finsam-hubben</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.55;color:#1b1b1b;margin:0}main{max-width:46rem;margin:0 auto;padding:3rem 1.25rem}h1{font-size:2rem;line-height:1.2}a{color:#0b4f94}</style></head>
<body><main>
<h1>Sidorna är inte tillgängliga just nu</h1>
<p>Finsam-hubbens webbsidor startar om eller har ett fel. Försök igen om en liten stund.</p>
<p>Hubbens öppna API svarar som vanligt på <a href="/graphql">/graphql</a>.</p>
</main></body>
</html>
`;
