import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { Supergraph } from '@apollo/federation-internals';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { getNamedType, isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { REQUEST_ID_HEADER, type AnswerTicket, type Identity, type Logger } from '@finsam/core';
import type { Preflight } from './limits.ts';

/**
 * The gateway's cache of whole public responses (issue 12, part 4), on Apollo's response-cache plugin
 * (@apollo/server-plugin-response-cache). The plugin keys an entry by the operation's text, name and
 * variables, stores only `data` (never extensions, so each request's own extensions.cost is added
 * afresh by the gateway's willSendResponse, which Apollo runs for cache hits too: requestPipeline.ts),
 * and keeps it for the maxAge of the overall cache policy that the subgraphs' hints made. A response
 * with errors, or one that any hint made uncacheable (drafts, signed-in callers), is never stored.
 *
 * Eviction: the plugin has no tags, so the tags are in the key. Each subgraph's data has a generation
 * counter; a response's key holds the generations of every subgraph whose data it reads, and a mutation
 * through the gateway bumps the generations of the subgraphs it writes. The next read then has a new
 * key, misses and asks the subgraphs again; the stale entry is never read and expires by its TTL.
 * Tagging by subgraph is coarser than by entity type and id (a new project evicts every cached answer
 * that shows projects), and that is deliberate: it follows from the supergraph alone, so a new field
 * or mutation is covered without a list to keep up to date, and cross-subgraph effects are covered
 * because they are fields too (publishProject changes Method.usedBy and Method.projects, which the
 * projects subgraph resolves). Writes are rare next to the reads the cache absorbs.
 *
 * Ordering: a read takes its key's generations before the subgraphs answer, and a mutation bumps after
 * its write committed, before its response leaves. A read racing a write stores under the old
 * generation, which no later read uses; a read after the write's response misses.
 */

/** Fields whose resolver asks another subgraph during a read, so their answer depends on its data too. */
const READS_ACROSS: Record<string, readonly string[]> = {
  // projectStatistics(lan:) asks the registry which förbund work in the län
  // (services/projects/src/data/statistics-store.ts, forbundIdsInLan).
  'Query.projectStatistics': ['registry'],
};

/**
 * Which subgraph resolves each field (`Type.field`), from the committed supergraph. A field that several
 * subgraphs define (entity keys such as Forbund.id, shareable PageInfo) is left out: it is reached only
 * through a field that returned its object, which carries that field's tag, and shareable fields must
 * answer alike wherever they are resolved (Federation 2, @shareable).
 */
export function fieldOwners(supergraphSdl: string): Map<string, string[]> {
  const definedBy = new Map<string, string[]>();
  // A field with @requires is computed from fields another subgraph resolves (costPerParticipant from
  // the projects subgraph's participants): its answer depends on that subgraph's data too.
  const requires = new Map<string, string[]>();
  for (const subgraph of Supergraph.build(supergraphSdl).subgraphs().values()) {
    for (const type of subgraph.schema.types()) {
      if (type.kind !== 'ObjectType' && type.kind !== 'InterfaceType') continue;
      for (const field of type.fields()) {
        if (subgraph.metadata().isFieldExternal(field)) continue;
        definedBy.set(field.coordinate, [...(definedBy.get(field.coordinate) ?? []), subgraph.name]);
        for (const applied of field.appliedDirectivesOf(subgraph.metadata().requiresDirective())) {
          // The top-level field names of the selection, e.g. "participants" or "forbundIds".
          const names = String(applied.arguments().fields).replace(/\{[^{}]*\}/g, ' ').split(/[\s,]+/).filter(Boolean);
          requires.set(field.coordinate, names.map((name) => `${type.name}.${name}`));
        }
      }
    }
  }
  const owners = new Map<string, string[]>();
  for (const [coordinate, subgraphs] of definedBy) {
    if (subgraphs.length !== 1) continue;
    const required = (requires.get(coordinate) ?? []).flatMap((needed) => definedBy.get(needed) ?? []);
    owners.set(coordinate, [...new Set([...subgraphs, ...required, ...(READS_ACROSS[coordinate] ?? [])])]);
  }
  return owners;
}

/**
 * The tags of each document, worked out once per supergraph (its owners): clients send the same few
 * documents, and the gateway and Apollo each keep one parsed document per text.
 */
const tagsByDocument = new WeakMap<GraphQLSchema, WeakMap<Map<string, string[]>, WeakMap<DocumentNode, string[]>>>();

/** The tags (subgraph names, sorted) whose data an operation reads or, for a mutation, writes. */
export function tagsOf(schema: GraphQLSchema, document: DocumentNode, owners: Map<string, string[]>): string[] {
  let bySchema = tagsByDocument.get(schema);
  if (!bySchema) tagsByDocument.set(schema, (bySchema = new WeakMap()));
  let memo = bySchema.get(owners);
  if (!memo) bySchema.set(owners, (memo = new WeakMap()));
  const known = memo.get(document);
  if (known) return known;
  const tags = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent || node.name.value.startsWith('__')) return;
        const named = getNamedType(parent);
        const types = isAbstractType(named) ? [named, ...schema.getPossibleTypes(named)] : [named];
        for (const type of types) for (const tag of owners.get(`${type.name}.${node.name.value}`) ?? []) tags.add(tag);
      },
    }),
  );
  const sorted = [...tags].sort();
  memo.set(document, sorted);
  return sorted;
}

/** A generation counter per tag: in memory for one gateway, or in Redis for all replicas. */
export interface Generations {
  /**
   * The current generation of each tag, in order, and the epoch of the store that counts them. Throws
   * when they cannot be known.
   */
  read(tags: readonly string[]): Promise<{ epoch: string; counts: number[] }>;
  bump(tags: readonly string[]): Promise<void>;
}

export function memoryGenerations(): Generations {
  const counters = new Map<string, number>();
  return {
    async read(tags) {
      return { epoch: 'memory', counts: tags.map((tag) => counters.get(tag) ?? 0) };
    },
    async bump(tags) {
      for (const tag of tags) counters.set(tag, (counters.get(tag) ?? 0) + 1);
    },
  };
}

/**
 * The counters in Redis, with an epoch: a random id that the first reader sets (SET NX) and every key
 * holds. A Redis that restarted without its data, or failed over to a replica behind it, counts from 0
 * again, so a key made before could match once more: a copy kept in a gateway's memory (keptAnswers)
 * would then be served stale. The new epoch makes every key new instead. (A counter evicted alone
 * under an allkeys-* maxmemory policy would not be caught: README, "Scale-out", asks for volatile-lru.)
 */
export function redisGenerations(redis: Redis, prefix: string): Generations {
  const key = (tag: string) => `${prefix}response-cache:generation:${tag}`;
  const epochKey = `${prefix}response-cache:epoch`;
  return {
    async read(tags) {
      const [epoch, ...counts] = await redis.mget(epochKey, ...tags.map(key));
      if (epoch) return { epoch, counts: counts.map((value) => Number(value ?? 0)) };
      await redis.set(epochKey, randomUUID(), 'NX');
      // Whoever set it first, every replica now reads the same epoch.
      const [set, ...again] = await redis.mget(epochKey, ...tags.map(key));
      if (!set) throw new Error('the response cache epoch could not be set in Redis');
      return { epoch: set, counts: again.map((value) => Number(value ?? 0)) };
    },
    async bump(tags) {
      if (tags.length === 0) return;
      const multi = redis.multi();
      for (const tag of tags) multi.incr(key(tag));
      await multi.exec();
    },
  };
}

/**
 * Apollo's KeyValueCache over the gateway's ioredis client (the one Redis library the gateway already
 * uses for budgets, with the same fail-fast settings). Redis away reads as a miss and a failed store is
 * dropped: the cache may only ever make an answer faster, never fail it.
 */
export function redisKeyValueCache(redis: Redis, prefix: string): KeyValueCache<string> {
  const key = (k: string) => `${prefix}response-cache:${k}`;
  return {
    async get(k) {
      try {
        return (await redis.get(key(k))) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(k, value, options) {
      try {
        if (options?.ttl) await redis.set(key(k), value, 'EX', Math.ceil(options.ttl));
        else await redis.set(key(k), value);
      } catch {
        // a lost store costs one more miss
      }
    },
    async delete(k) {
      try {
        await redis.del(key(k));
      } catch {
        // as above
      }
    },
  };
}

/** Header saying whether the cache answered: HIT, MISS (asked the subgraphs, may store), BYPASS. */
export const CACHE_STATUS_HEADER = 'x-cache';

interface CacheContext {
  identity: Identity;
  log: Logger;
  requestId: string;
}

export interface ResponseCacheOptions<T extends CacheContext = CacheContext> {
  supergraphSdl: string;
  /** The API schema the gateway serves, built with this process's graphql. */
  schema: GraphQLSchema;
  log: Logger;
  /** Redis shared by the replicas; in memory when absent. */
  redis?: { url: string; prefix: string };
  /** The extensions each answer carries of its own (its cost): never kept, written anew for each request. */
  ownExtensions: (context: T) => Record<string, unknown>;
  /** The headers each answer carries of its own (SQL counts): never kept, written anew for each request. */
  ownHeaders: (context: T) => Record<string, string>;
  /** How many bytes of kept answers this process holds (default 64 MB). */
  keptBytes?: number;
}

/** What a request body may hold for its answer to be kept: a document, its operation and variables. */
const KEPT_REQUEST_FIELDS = new Set(['query', 'operationName', 'variables']);

/** Headers Apollo's answer carries that belong to its request alone, beside `ownHeaders`. */
const PER_REQUEST_HEADERS = new Set(['age', CACHE_STATUS_HEADER, REQUEST_ID_HEADER]);

interface Kept {
  /** The answer up to its extensions: `{"data":…`, as Apollo wrote it. */
  head: Buffer;
  status: number;
  headers: Record<string, string>;
  /** When the subgraphs answered (the Apollo entry's cacheTime), and until when it may be served. */
  bornAt: number;
  expiresAt: number;
}

/**
 * Answers kept as the bytes Apollo wrote, in front of Apollo (serveApollo's `answers`). A hit in Apollo's
 * response-cache plugin still costs the request its way through Apollo's pipeline, a JSON.parse of the
 * stored entry and a JSON.stringify of the answer: for a 275 kB MethodPage two thirds of the gateway's
 * time, which held it near 180 requests/s (issue 12's profile, 2026-11-29). Here a public query whose
 * answer Apollo's cache holds is answered with those bytes and the request's own extensions after
 * them. The key is the plugin's (text, operation name, variables, role and the generations of the
 * subgraphs it reads) plus the Accept header, which chooses Apollo's content type; the generations
 * are read before the subgraphs are asked, as the plugin reads them, so a write evicts both alike.
 * Only an answer that Apollo's cache took or answered from is kept (x-cache HIT or MISS, `public` with
 * a max-age), and only for as long as Apollo's entry lives. (On a miss the generations are read twice,
 * here and by the plugin: one more MGET with Redis.) Each process keeps its own copy: replicas share
 * Apollo's entries and the generations in Redis, so a write through any replica still ends every copy,
 * and a Redis that comes back empty starts a new epoch (redisGenerations).
 */
export function keptAnswers<T extends CacheContext>(options: {
  schema: GraphQLSchema;
  owners: Map<string, string[]>;
  generations: Generations;
  ownExtensions: (context: T) => Record<string, unknown>;
  ownHeaders: (context: T) => Record<string, string>;
  maxBytes: number;
}) {
  const kept = new LRUCache<string, Kept>({ maxSize: options.maxBytes, sizeCalculation: (entry) => entry.head.length + 1 });
  return async ({ req, body, preflight, context }: { req: { method?: string; headers: Record<string, string | string[] | undefined> }; body: unknown; preflight: Preflight | undefined; context: T }): Promise<AnswerTicket | undefined> => {
    // A POST of JSON (the media type itself, as Apollo's CSRF prevention reads it); GET goes to Apollo.
    const mediaType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (req.method !== 'POST' || mediaType !== 'application/json') return undefined;
    if (context.identity.role !== 'public' || preflight?.analysis?.operationType !== 'query') return undefined;
    // The document in the body and nothing else: Apollo checks and registers persisted queries
    // (extensions.persistedQuery) and refuses a POST whose query is only in the URL.
    if (!body || typeof body !== 'object' || Array.isArray(body)) return undefined;
    const request = body as Record<string, unknown>;
    if (Object.keys(request).some((name) => !KEPT_REQUEST_FIELDS.has(name)) || request.query !== preflight.query) return undefined;
    const tags = tagsOf(options.schema, preflight.analysis.document, options.owners);
    let generations: { epoch: string; counts: number[] };
    try {
      generations = await options.generations.read(tags);
    } catch {
      return undefined; // Apollo's path reads them again, and bypasses its cache when it cannot
    }
    const key = createHash('sha256')
      .update(JSON.stringify([request.query, request.operationName ?? null, request.variables ?? null, context.identity.role, req.headers.accept ?? null, tags, generations]))
      .digest('base64url');
    const tail = () => `,"extensions":${JSON.stringify(options.ownExtensions(context))}}\n`;
    const now = Date.now();
    const entry = kept.get(key);
    if (entry && entry.expiresAt > now) {
      return {
        hit: {
          status: entry.status,
          headers: {
            ...entry.headers,
            ...options.ownHeaders(context),
            age: String(Math.round((now - entry.bornAt) / 1000)),
            [CACHE_STATUS_HEADER]: 'HIT',
            [REQUEST_ID_HEADER]: context.requestId,
          },
          body: [entry.head, Buffer.from(tail())],
          requestId: context.requestId,
          operationName: preflight.analysis.operationName ?? null,
        },
      };
    }
    return {
      keep({ status, headers, body: text }) {
        const all = new Map(headers);
        const cacheStatus = all.get(CACHE_STATUS_HEADER);
        const maxAge = Number(/^max-age=(\d+), public$/.exec(all.get('cache-control') ?? '')?.[1] ?? 0);
        // Only an answer Apollo's cache took (or answered from): public, for a time, not bypassed.
        if (status !== 200 || (cacheStatus !== 'HIT' && cacheStatus !== 'MISS') || maxAge <= 0) return;
        // Data and no errors (Apollo writes errors first), and the extensions exactly this request's own.
        const ending = tail();
        if (!text.startsWith('{"data":') || !text.endsWith(ending)) return;
        const bornAt = Date.now() - Number(all.get('age') ?? 0) * 1000;
        const ttl = bornAt + maxAge * 1000 - Date.now();
        if (ttl <= 0) return;
        const own = new Set([...PER_REQUEST_HEADERS, ...Object.keys(options.ownHeaders(context))]);
        kept.set(
          key,
          {
            head: Buffer.from(text.slice(0, text.length - ending.length)),
            status,
            headers: Object.fromEntries([...all].filter(([name]) => !own.has(name))),
            bornAt,
            expiresAt: bornAt + maxAge * 1000,
          },
          // Dropped when it expires rather than when memory runs short.
          { ttl },
        );
      },
    };
  };
}

/**
 * The response-cache plugin with generation tags in its key, the eviction on mutations and the x-cache
 * header. Only public callers (no token) are served from or stored into the cache: a signed-in caller
 * may see drafts, and its responses are no-store anyway (core uncacheableForSignedIn).
 */
export function responseCache<T extends CacheContext>(
  options: ResponseCacheOptions<T>,
): { plugins: ApolloServerPlugin<T>[]; answers: ReturnType<typeof keptAnswers<T>>; close(): Promise<void> } {
  const owners = fieldOwners(options.supergraphSdl);
  let redis: Redis | undefined;
  let cache: KeyValueCache<string>;
  let generations: Generations;
  if (options.redis) {
    // As the budget's client (budget.ts): never queue, so Redis away costs a request 250 ms at most.
    redis = new Redis(options.redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 250 });
    let down = false;
    redis.on('error', (error: Error) => {
      if (!down) options.log.warn({ err: error.message }, 'redis unavailable: the response cache is bypassed until it answers');
      down = true;
    });
    redis.on('ready', () => {
      if (down) options.log.info('redis answers again: the response cache is shared');
      down = false;
    });
    cache = redisKeyValueCache(redis, options.redis.prefix);
    generations = redisGenerations(redis, options.redis.prefix);
  } else {
    // Apollo's bounded LRU (about 30 MB by default), as its own default cache.
    cache = new InMemoryLRUCache<string>();
    generations = memoryGenerations();
  }

  // Per request: whether the cache may be used (public, and the generations could be read).
  const usable = new WeakMap<object, boolean>();
  const publicQuery = (rc: GraphQLRequestContext<T>) => rc.contextValue.identity.role === 'public' && rc.operation?.operation === 'query';

  const plugins: ApolloServerPlugin<T>[] = [
    responseCachePlugin<T>({
      cache,
      async extraCacheKeyData(rc) {
        if (!publicQuery(rc) || !rc.document) return null;
        const tags = tagsOf(options.schema, rc.document, owners);
        try {
          const { epoch, counts } = await generations.read(tags);
          usable.set(rc.contextValue, true);
          return { role: rc.contextValue.identity.role, epoch, generations: Object.fromEntries(tags.map((tag, i) => [tag, counts[i]])) };
        } catch (error) {
          // Without the generations a stored answer might be stale: neither read nor store.
          rc.contextValue.log.warn({ err: (error as Error).message }, 'response cache generations unreadable: bypassed');
          return null;
        }
      },
      shouldReadFromCache: async (rc) => usable.get(rc.contextValue) === true,
      shouldWriteToCache: async (rc) => usable.get(rc.contextValue) === true,
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse(rc) {
            const status = rc.metrics.responseCacheHit ? 'HIT' : usable.get(rc.contextValue) ? 'MISS' : 'BYPASS';
            rc.response.http.headers.set(CACHE_STATUS_HEADER, status);
            if (rc.operation?.operation !== 'mutation' || !rc.document) return;
            // Whatever the outcome: a refused write changed nothing, and one more miss is cheap.
            const tags = tagsOf(options.schema, rc.document, owners);
            try {
              await generations.bump(tags);
            } catch (error) {
              rc.contextValue.log.error({ err: (error as Error).message, tags }, 'response cache not evicted: cached answers may be stale until their max-age');
            }
          },
        };
      },
    },
  ];
  return {
    plugins,
    answers: keptAnswers<T>({
      schema: options.schema,
      owners,
      generations,
      ownExtensions: options.ownExtensions,
      ownHeaders: options.ownHeaders,
      maxBytes: options.keptBytes ?? 64 * 1024 * 1024,
    }),
    async close() {
      redis?.disconnect();
    },
  };
}
