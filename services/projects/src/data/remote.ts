import { fail, querySubgraph, type Identity } from '@finsam/core';

/**
 * What this subgraph asks others during a write. Förbund belong to the registry and methods to the
 * method library: they are asked over signed GraphQL (core querySubgraph), never read from their tables.
 */

export interface RemoteChecks {
  /** Throws NOT_FOUND for an unknown förbund and RULE_VIOLATION (FORBUND_DISSOLVED) for a dissolved one. */
  forbundActive(forbundId: string): Promise<void>;
  /** Throws NOT_FOUND naming the first method that does not exist or that `identity` may not see. */
  methodsVisible(methodIds: readonly string[], identity: Identity): Promise<void>;
}

export async function forbundActive(forbundId: string): Promise<void> {
  const data = await querySubgraph<{ forbund: { id: string; dissolvedOn: string | null } | null }>(
    'registry',
    'query ProjectsForbundCheck($id: ID!) { forbund(id: $id) { id dissolvedOn } }',
    { id: forbundId },
  );
  if (!data.forbund) throw fail.notFound('Förbund', forbundId);
  if (data.forbund.dissolvedOn) {
    throw fail.rule(`Förbund "${forbundId}" was dissolved on ${data.forbund.dissolvedOn}: it can start no projects.`, 'FORBUND_DISSOLVED');
  }
}

/**
 * Asks the methods subgraph, as the caller, for each method by its entity key; a method the caller may
 * not see resolves to null there, exactly like one that does not exist.
 */
export async function methodsVisible(methodIds: readonly string[], identity: Identity): Promise<void> {
  const visible = await visibleMethodIds(methodIds, identity);
  const missing = methodIds.find((id) => !visible.has(id));
  if (missing) throw fail.notFound('Method', missing);
}

/** Of these method ids, the ones `identity` may see, as the method library answers (one request). */
export async function visibleMethodIds(methodIds: readonly string[], identity: Identity): Promise<Set<string>> {
  const ids = [...new Set(methodIds)];
  if (ids.length === 0) return new Set();
  const data = await querySubgraph<{ _entities: ({ id: string } | null)[] }>(
    'methods',
    'query ProjectsMethodCheck($representations: [_Any!]!) { _entities(representations: $representations) { ... on Method { id } } }',
    { representations: ids.map((id) => ({ __typename: 'Method', id })) },
    identity,
  );
  return new Set(ids.filter((_id, i) => data._entities[i]));
}

/** The registry's förbund in a län, paged (100 per page is the registry's maximum). */
export async function forbundIdsInLan(lan: string): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data: { forbunds: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await querySubgraph(
        'registry',
        'query ProjectsForbundsInLan($lan: String, $after: String) { forbunds(filter: { lan: $lan }, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { lan, after },
      );
    ids.push(...data.forbunds.edges.map((e) => e.node.id));
    if (!data.forbunds.pageInfo.hasNextPage) return ids;
    after = data.forbunds.pageInfo.endCursor;
  }
}

export const remoteChecks: RemoteChecks = { forbundActive, methodsVisible };
