import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { Identity } from '@finsam/core';

/**
 * One subgraph fetch for many identical ones in flight at once (issue 12: the conference site sends
 * everyone to the same page at once). While a fetch is on its way, another request that would send
 * the same subgraph the same operation, variables and identity waits for that answer instead of
 * asking again. It is what Apollo Router calls subgraph query deduplication
 * (traffic_shaping.deduplicate_query) and Hive Gateway does by default (deduplicateInflightRequests).
 *
 * Only reads: a mutation is always sent, once per request. Nothing is kept once the answer is in; the
 * response cache (response-cache.ts) is what keeps answers.
 */
/**
 * The text each subgraph answer was parsed from, by its HTTP response (HubDataSource.parseBody keeps
 * it). Parsing that text again is a deep copy that no request's merging can have touched, and V8's
 * JSON.parse is about four times faster than structuredClone on a 190 kB answer: the copies were a
 * tenth of the gateway's time for 20 clients comparing all förbund (issue 12, profiled).
 */
const texts = new WeakMap<object, string>();

/** Keeps the text a subgraph's answer was parsed from, for the copies of a shared fetch. */
export function rememberText(http: object, text: string): void {
  texts.set(http, text);
}

/** A deep copy of the answer's data and errors; the HTTP response (headers) is read, never written. */
function copy({ http, ...rest }: GatewayGraphQLResponse): GatewayGraphQLResponse {
  const text = http ? texts.get(http) : undefined;
  return { ...(text === undefined ? structuredClone(rest) : (JSON.parse(text) as Omit<GatewayGraphQLResponse, 'http'>)), http };
}

/** Writes this gateway has forwarded: part of every key, so a read after a write never joins one before it. */
let writes = 0;

export class InFlight {
  static wrote(): void {
    writes += 1;
  }

  /** How many times writes have moved the key on: what a kept page was rendered before (page-cache.ts). */
  static generation(): number {
    return writes;
  }

  private readonly pending = new Map<string, { answer: Promise<GatewayGraphQLResponse>; followers: number }>();
  static key(identity: Identity | undefined, query: string | undefined, variables: unknown): string {
    // The identity's content, not its signed header: that carries a timestamp and differs per request.
    return JSON.stringify([writes, identity ?? { role: 'public' }, query, variables ?? null]);
  }

  /** Mutations and subscriptions are never merged; a gateway-planned read starts with `query` or `{`. */
  static isRead(query: string | undefined): boolean {
    return query !== undefined && /^\s*(query\b|\{)/.test(query);
  }

  /**
   * Every request gets an answer of its own: the gateway merges a fetch's data into its result tree, so
   * no object may be shared between requests. The one that fetched keeps the original; each that waited
   * gets a copy made from the answer's text, which no merge can have changed, whatever order they
   * resume in. An answer without its text (none kept) is copied for the fetcher too.
   */
  async run(key: string, fetch: () => Promise<GatewayGraphQLResponse>): Promise<{ response: GatewayGraphQLResponse; shared: boolean }> {
    const pending = this.pending.get(key);
    if (pending) {
      pending.followers += 1;
      return { response: copy(await pending.answer), shared: true };
    }
    const entry = { answer: fetch(), followers: 0 };
    this.pending.set(key, entry);
    try {
      const answer = await entry.answer;
      return { response: entry.followers > 0 && !(answer.http && texts.has(answer.http)) ? copy(answer) : answer, shared: false };
    } finally {
      this.pending.delete(key);
    }
  }
}

/**
 * A Cache-Control header's directives, as @apollo/gateway reads them in RemoteGraphQLDataSource.respond
 * (its parseCacheControlHeader is not exported): `max-age=300, public` gives { 'max-age': '300', public: true }.
 */
export function parseCacheControlHeader(header: string | null | undefined): Record<string, string | true> {
  const directives: Record<string, string | true> = {};
  for (const part of (header ?? '').split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name) directives[name.toLowerCase()] = value === undefined ? true : value.replace(/^"|"$/g, '');
  }
  return directives;
}
