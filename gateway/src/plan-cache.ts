import { createHash } from 'node:crypto';
import { Kind, parse } from 'graphql';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan, type QueryPlanCache } from '@apollo/query-planner';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@finsam/core';

/** The gateway's default plan store is 30 MiB; the hub's plans are small and few, so this is ample. */
const PLAN_CACHE_BYTES = 30 * 2 ** 20;

export interface PlanCacheStats {
  /** Plans put in by warming at start. */
  warmed: number;
  /** Lookups the gateway made, and how many found a plan. */
  lookups: number;
  hits: number;
  /** Plans the gateway built itself because none was cached. */
  built: number;
}

export interface PlanCache {
  /** Given to ApolloGateway as `queryPlannerConfig.cache`, the documented way to supply its plan store. */
  cache: QueryPlanCache;
  stats: PlanCacheStats;
  /** Plans every operation of these documents (query text as clients send it) ahead of the first request. */
  warm(documents: Iterable<string>): number;
}

/**
 * The key under which @apollo/gateway 2.x stores a plan (ApolloGateway.executor in
 * @apollo/gateway/dist/index.js): sha256 of the query text, hex, then sha256 of that with the
 * operation name appended. A test sends trusted documents and checks that every lookup hits, so a
 * change of this scheme in a gateway upgrade shows up as a failing test, not a silent cold cache.
 */
export function planKey(query: string, operationName: string | undefined): string {
  const queryHash = createHash('sha256').update(query).digest('hex');
  return operationName ? createHash('sha256').update(queryHash).update(operationName).digest('hex') : queryHash;
}

/**
 * Query-plan cache warmed from the trusted documents at start (issue 12, part 4). Planning the dearer
 * contract operations takes tens of milliseconds of the gateway's one thread; the conference site
 * sends everyone to the same pages at once, so the first visitors of each page would otherwise wait
 * for plans that the gateway can build before it takes traffic.
 */
export function planCache(supergraphSdl: string, log: Logger): PlanCache {
  const store = new InMemoryLRUCache<QueryPlan>({ maxSize: PLAN_CACHE_BYTES, sizeCalculation: (plan) => JSON.stringify(plan).length });
  const stats: PlanCacheStats = { warmed: 0, lookups: 0, hits: 0, built: 0 };
  const cache: QueryPlanCache = {
    async get(key) {
      stats.lookups += 1;
      const plan = await store.get(key);
      if (plan) stats.hits += 1;
      return plan;
    },
    async set(key, plan, options) {
      stats.built += 1;
      await store.set(key, plan, options);
    },
    delete: (key) => store.delete(key),
    clear: () => store.clear(),
  };
  return {
    cache,
    stats,
    warm(documents) {
      const started = performance.now();
      // The same planner the gateway builds from the same supergraph (ApolloGateway.updateWithSchemaAndNotify).
      const supergraph = Supergraph.build(supergraphSdl);
      const planner = new QueryPlanner(supergraph);
      const apiSchema = supergraph.apiSchema();
      let count = 0;
      for (const query of documents) {
        const document = parse(query);
        // A client that sends a one-operation document without its name (the pages do) is looked up
        // under the bare hash.
        const alone = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length === 1;
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription') continue;
          const operationName = definition.name?.value;
          const operation = operationFromDocument(apiSchema, document, { operationName });
          const plan = planner.buildQueryPlan(operation);
          void store.set(planKey(query, operationName), plan);
          if (alone) void store.set(planKey(query, undefined), plan);
          count += 1;
        }
      }
      stats.warmed += count;
      log.info({ plans: count, ms: Math.round(performance.now() - started) }, 'query plans warmed from the trusted documents');
      return count;
    },
  };
}
