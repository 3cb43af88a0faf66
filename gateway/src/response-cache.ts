import { Redis } from 'ioredis';
import { Supergraph } from '@apollo/federation-internals';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { getNamedType, isAbstractType, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Identity, Logger } from '@finsam/core';

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

/** The tags (subgraph names, sorted) whose data an operation reads or, for a mutation, writes. */
export function tagsOf(schema: GraphQLSchema, document: DocumentNode, owners: Map<string, string[]>): string[] {
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
  return [...tags].sort();
}

/** A generation counter per tag: in memory for one gateway, or in Redis for all replicas. */
export interface Generations {
  /** The current generation of each tag, in order. Throws when they cannot be known. */
  read(tags: readonly string[]): Promise<number[]>;
  bump(tags: readonly string[]): Promise<void>;
}

export function memoryGenerations(): Generations {
  const counters = new Map<string, number>();
  return {
    async read(tags) {
      return tags.map((tag) => counters.get(tag) ?? 0);
    },
    async bump(tags) {
      for (const tag of tags) counters.set(tag, (counters.get(tag) ?? 0) + 1);
    },
  };
}

export function redisGenerations(redis: Redis, prefix: string): Generations {
  const key = (tag: string) => `${prefix}response-cache:generation:${tag}`;
  return {
    async read(tags) {
      if (tags.length === 0) return [];
      return (await redis.mget(tags.map(key))).map((value) => Number(value ?? 0));
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
}

export interface ResponseCacheOptions {
  supergraphSdl: string;
  /** The API schema the gateway serves, built with this process's graphql. */
  schema: GraphQLSchema;
  log: Logger;
  /** Redis shared by the replicas; in memory when absent. */
  redis?: { url: string; prefix: string };
}

/**
 * The response-cache plugin with generation tags in its key, the eviction on mutations and the x-cache
 * header. Only public callers (no token) are served from or stored into the cache: a signed-in caller
 * may see drafts, and its responses are no-store anyway (core uncacheableForSignedIn).
 */
export function responseCache<T extends CacheContext>(options: ResponseCacheOptions): { plugins: ApolloServerPlugin<T>[]; close(): Promise<void> } {
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
          const counts = await generations.read(tags);
          usable.set(rc.contextValue, true);
          return { role: rc.contextValue.identity.role, generations: Object.fromEntries(tags.map((tag, i) => [tag, counts[i]])) };
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
    async close() {
      redis?.disconnect();
    },
  };
}
