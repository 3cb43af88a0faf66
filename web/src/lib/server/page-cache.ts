/**
 * What a page may tell shared caches (the gateway's page cache, a CDN): it is as public and lasts as
 * long as the least of the reads it was made from. The gateway says that of each read in its
 * Cache-Control (`max-age=300, public`, from the subgraphs' cache hints), and says `no-store` for an
 * answer with errors, so a page with a part of the hub away is never kept. RFC 9111 §5.2.2.
 */
export interface PageReads {
  /** The least max-age of the reads so far; Infinity before the first. */
  maxAge: number;
  /** Every read so far was public. */
  public: boolean;
  count: number;
}

export function newPageReads(): PageReads {
  return { maxAge: Number.POSITIVE_INFINITY, public: true, count: 0 };
}

/**
 * Takes in one read's Cache-Control from the gateway, and its Age: an answer from the gateway's response
 * cache keeps its first max-age and says how old it is, and what is left is what the page may have.
 */
export function noteRead(reads: PageReads, cacheControl: string | null, age: string | null = null): void {
  reads.count += 1;
  const directives = (cacheControl ?? '').split(',').map((d) => d.trim().toLowerCase());
  const maxAge = directives.find((d) => d.startsWith('max-age='))?.slice('max-age='.length);
  if (!directives.includes('public') || !maxAge || !/^\d+$/.test(maxAge)) {
    reads.public = false;
    return;
  }
  const old = age && /^\d+$/.test(age) ? Number(age) : 0;
  reads.maxAge = Math.min(reads.maxAge, Math.max(0, Number(maxAge) - old));
}

/**
 * The Cache-Control a page gets, or undefined to leave it as it is: public for as long as its reads
 * allow, when it was asked with GET by someone without cookies (a signed-in editor's pages are their
 * own), was answered 200 and said nothing of caching itself. A route that said a public max-age of
 * itself (a CSV) keeps it, cut to what its reads allow.
 */
export function pageCacheControl(request: Request, response: Response, reads: PageReads): string | undefined {
  // Made from a read that may not be kept (an answer with errors: a part of the hub away, or one for a
  // signed-in caller): whatever the route said of itself (a CSV's max-age), no one keeps it.
  if (reads.count > 0 && !reads.public) return 'no-store';
  // A file is never kept longer than the figures it was made from: a CDN sees no eviction.
  const own = ownPublicMaxAge(response.headers.get('cache-control'));
  if (own !== undefined && reads.count > 0) {
    const maxAge = Math.min(own, reads.maxAge);
    return maxAge > 0 ? `public, max-age=${maxAge}` : 'no-store';
  }
  if (request.method !== 'GET' || request.headers.has('cookie') || request.headers.has('authorization')) return undefined;
  if (response.status !== 200 || response.headers.has('cache-control') || response.headers.has('set-cookie')) return undefined;
  if (reads.count === 0 || !reads.public || !Number.isFinite(reads.maxAge) || reads.maxAge <= 0) return undefined;
  return `public, max-age=${reads.maxAge}`;
}

/** N of a Cache-Control that is `public, max-age=N` and nothing stricter; otherwise undefined. */
function ownPublicMaxAge(cacheControl: string | null): number | undefined {
  const directives = (cacheControl ?? '').split(',').map((d) => d.trim().toLowerCase());
  const maxAge = directives.find((d) => d.startsWith('max-age='))?.slice('max-age='.length);
  if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'no-cache' || d === 'private')) return undefined;
  return maxAge && /^\d+$/.test(maxAge) ? Number(maxAge) : undefined;
}
