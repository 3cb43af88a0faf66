import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { LRUCache } from 'lru-cache';
import { PAGES_VERSION_HEADER } from '@finsam/core';

/**
 * Whole public pages, kept by the gateway in front of the pages' process (issue 13: public pages in
 * under 200 ms at the 95th percentile, 20 clients, national data set, warm cache). A page is rendered
 * from several GraphQL reads (/statistik from 23); answered from here it costs one copy.
 *
 * It keeps what HTTP lets a shared cache keep (RFC 9111): a GET without cookies or credentials, whose
 * answer is 200, says `Cache-Control: public, max-age=N` (the pages say so only when every read behind
 * the page was public and cacheable, web/src/hooks.server.ts), sets no cookie and varies by nothing but
 * the encoding. It keeps it for N seconds, and never past a write: any mutation through this gateway
 * moves the generation on (in-flight.ts), and a page rendered before it is not served again, as the
 * response cache evicts the reads a write makes stale. A write through another replica reaches this
 * one's pages after at most N seconds, as it reaches a CDN (README "Scale-out").
 *
 * Nor past a redeploy of the pages: a page of an earlier build links to /_app/immutable files that
 * the new build no longer has. Each answer of the pages names its build (PAGES_VERSION_HEADER), and a
 * kept page is served only while it is the build the pages last answered with; the first answer of a
 * new build moves that on, and every page kept before is then passed by, as after a write. Simpler
 * than asking the pages for their build, and enough: that first answer comes with the first request
 * not answered from here (a page not kept or expired, a form, a signed-in editor, a client-side
 * navigation's data), which on a site in use is soon; until then the old copies are still served.
 * A file the pages serve as it is (an /_app/immutable file, named by its content) names no build and
 * is served whatever the build.
 */
interface StoredPage {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  storedAt: number;
  generation: number;
  /** The build of the pages that made it; undefined for a file they serve as it is. */
  version: string | undefined;
  /** The body compressed, made at the first request that accepts each encoding. */
  encoded: Map<'br' | 'gzip', Buffer>;
}

export interface PageCacheOptions {
  /** The write generation now (InFlight.generation). */
  generation: () => number;
  /** Bytes kept at most, the compressed copies counted; the least recently used go first. */
  maxBytes?: number;
  /**
   * The longest a page is kept, in seconds, whatever it says. With several replicas (REDIS_URL) a write
   * through one ends only that one's kept pages, so the others' are kept briefly.
   */
  maxSeconds?: number;
}

/** The largest page kept: a larger one is passed on as it streams, not held in memory. */
export const MAX_KEPT_PAGE_BYTES = 4 * 1024 * 1024;

export class PageCache {
  private readonly pages: LRUCache<string, StoredPage>;
  /** The build the pages last answered with. */
  private version: string | undefined;
  constructor(private readonly options: PageCacheOptions) {
    // Room for the body and its two compressed copies, which are each smaller than it.
    this.pages = new LRUCache<string, StoredPage>({ maxSize: options.maxBytes ?? 64 * 1024 * 1024, sizeCalculation: (page) => 2 * page.body.length + 1024 });
  }

  /**
   * The key of a request this cache may answer, or undefined: a GET with no cookie and no credentials.
   * The origin the pages are told (web-proxy.ts) is part of it: a page that named its own origin is
   * never served to another.
   */
  static keyOf(req: IncomingMessage, origin: string): string | undefined {
    if (req.method !== 'GET' || req.headers.cookie !== undefined || req.headers.authorization !== undefined) return undefined;
    return `${origin}${req.url ?? '/'}`;
  }

  /** The seconds an answer may be kept, 0 when it may not. */
  static lifetime(status: number | undefined, headers: IncomingHttpHeaders): number {
    if (status !== 200 || headers['set-cookie'] !== undefined || headers['content-encoding'] !== undefined) return 0;
    const vary = String(headers.vary ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    if (vary.some((v) => v !== 'accept-encoding')) return 0;
    const directives = String(headers['cache-control'] ?? '')
      .split(',')
      .map((d) => d.trim().toLowerCase());
    if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'no-cache' || d === 'private')) return 0;
    const maxAge = directives.find((d) => d.startsWith('max-age='))?.slice('max-age='.length);
    return maxAge && /^\d+$/.test(maxAge) ? Number(maxAge) : 0;
  }

  /** The write generation at this moment: a page rendered from here on belongs to it. */
  generation(): number {
    return this.options.generation();
  }

  /** Takes in the build an answer of the pages names, and returns it (undefined when it names none). */
  answered(headers: IncomingHttpHeaders): string | undefined {
    const version = headers[PAGES_VERSION_HEADER];
    if (typeof version !== 'string' || version === '') return undefined;
    this.version = version;
    return version;
  }

  store(key: string, page: Omit<StoredPage, 'encoded' | 'storedAt'>, seconds: number): void {
    const kept = Math.min(seconds, this.options.maxSeconds ?? seconds);
    if (kept <= 0 || !this.current(page)) return;
    this.pages.set(key, { ...page, storedAt: Date.now(), encoded: new Map() }, { ttl: kept * 1000 });
  }

  /** Made since the last write, by the build the pages answer with now (or by none). */
  private current(page: Pick<StoredPage, 'generation' | 'version'>): boolean {
    return page.generation === this.options.generation() && (page.version === undefined || page.version === this.version);
  }

  /** Answers the request from the cache; false when there is no fresh page for it. */
  serve(key: string, req: IncomingMessage, res: ServerResponse): boolean {
    const page = this.pages.get(key);
    if (!page) return false;
    if (!this.current(page)) {
      this.pages.delete(key);
      return false;
    }
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = page.body.length < 1024 || !compressible(page.headers) ? undefined : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    let body = page.body;
    if (encoding) {
      let encoded = page.encoded.get(encoding);
      if (!encoded) {
        // Brotli at quality 4, as the live pages and the API (packages/core/src/http.ts).
        encoded = encoding === 'br' ? brotliCompressSync(page.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : gzipSync(page.body);
        page.encoded.set(encoding, encoded);
      }
      body = encoded;
    }
    const headers: IncomingHttpHeaders = { ...page.headers, 'content-length': String(body.length), age: String(Math.floor((Date.now() - page.storedAt) / 1000)), 'x-page-cache': 'HIT' };
    delete headers['content-encoding'];
    if (encoding) headers['content-encoding'] = encoding;
    if (compressible(page.headers)) headers.vary = 'Accept-Encoding';
    res.writeHead(page.status, headers);
    res.end(body);
    return true;
  }
}

/** Text is compressed, as the proxy does for a live answer (web-proxy.ts). */
export function compressible(headers: IncomingHttpHeaders): boolean {
  return /^(text\/|application\/(json|javascript))/.test(String(headers['content-type'] ?? ''));
}
