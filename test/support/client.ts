import { readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { config, IDENTITY_HEADER, signIdentity, SQL_STATEMENTS_HEADER, type Identity } from '@finsam/core';
import pg from 'pg';
import { inject } from 'vitest';
import { issueDevToken } from '../../gateway/src/auth.ts';
import { SUBGRAPH_SQL_FETCHES_HEADER, SUBGRAPH_SQL_HEADER } from '../../gateway/src/gateway.ts';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
  headers: Headers;
}

async function post<T>(url: string, body: unknown, headers: Record<string, string>): Promise<GraphQLResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: T; errors?: GraphQLResult<T>['errors'] };
  return { status: response.status, data: json.data ?? undefined, errors: json.errors, headers: response.headers };
}

/** An operation through the gateway, as a client sends it; `token` as the Authorization bearer. */
export function gateway<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string) {
  return post<T>(inject('gatewayUrl'), { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
}

const CONTRACT = parse(readFileSync(new URL('../../contract/operations.graphql', import.meta.url), 'utf8'));

/** The text of one operation of contract/operations.graphql, as written there. */
export function contractOperation(operationName: string): string {
  const operation = CONTRACT.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
  if (!operation) throw new Error(`No operation ${operationName} in the contract`);
  return print(operation);
}

/** One contract operation, sent through the gateway as a client sends it. */
export function contract<T = Record<string, unknown>>(operationName: string, variables: Record<string, unknown> = {}, token?: string) {
  return post<T>(inject('gatewayUrl'), { query: contractOperation(operationName), operationName, variables }, token ? { authorization: `Bearer ${token}` } : {});
}

/** An operation straight to one subgraph, signed as the gateway would sign it for `identity`. */
export function subgraph<T = Record<string, unknown>>(
  name: string,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity = { role: 'public' },
) {
  const url = inject('subgraphUrls')[name]!;
  return post<T>(url, { query, variables }, { [IDENTITY_HEADER]: signIdentity(identity, config().INTERNAL_SECRET, name) });
}

/**
 * The SQL statements one subgraph spent on a request, from its `x-sql-statements` header. A missing or
 * malformed header throws: read as `Number(null)`, it was 0, and "100 cost as many as 1" held for two
 * answers that carried no count at all.
 */
export function sqlStatements(result: { headers: Headers }): number {
  const header = result.headers.get(SQL_STATEMENTS_HEADER);
  if (header === null) throw new Error(`The response has no ${SQL_STATEMENTS_HEADER} header, so it says nothing about SQL.`);
  if (!/^\d+$/.test(header)) throw new Error(`The ${SQL_STATEMENTS_HEADER} header is "${header}", not a count.`);
  return Number(header);
}

/**
 * The gateway's SQL statements per subgraph for one operation, from its `x-subgraph-sql` header (set
 * outside production). Missing, not JSON, or not a map of counts throws, for the reason above.
 */
export function subgraphSql(result: { headers: Headers }): Record<string, number> {
  const header = result.headers.get(SUBGRAPH_SQL_HEADER);
  if (header === null) throw new Error(`The response has no ${SUBGRAPH_SQL_HEADER} header, so it says nothing about SQL.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw new Error(`The ${SUBGRAPH_SQL_HEADER} header is not JSON: ${header}`);
  }
  const counts = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : undefined;
  if (!counts || !counts.every(([, n]) => Number.isSafeInteger(n) && (n as number) >= 0)) {
    throw new Error(`The ${SUBGRAPH_SQL_HEADER} header is not a map of subgraph to count: ${header}`);
  }
  return Object.fromEntries(counts) as Record<string, number>;
}

/**
 * The gateway's SQL statements per subgraph fetch for one operation, from its `x-subgraph-sql-fetches`
 * header (outside production): for each subgraph, one count per request the gateway sent it,
 * `_entities` included. Missing or malformed throws, as for subgraphSql.
 */
export function subgraphSqlFetches(result: { headers: Headers }): Record<string, number[]> {
  const header = result.headers.get(SUBGRAPH_SQL_FETCHES_HEADER);
  if (header === null) throw new Error(`The response has no ${SUBGRAPH_SQL_FETCHES_HEADER} header, so it says nothing about SQL.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw new Error(`The ${SUBGRAPH_SQL_FETCHES_HEADER} header is not JSON: ${header}`);
  }
  const entries = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : undefined;
  const isCounts = (value: unknown) => Array.isArray(value) && value.length > 0 && value.every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!entries || !entries.every(([, counts]) => isCounts(counts))) {
    throw new Error(`The ${SUBGRAPH_SQL_FETCHES_HEADER} header is not a map of subgraph to counts per fetch: ${header}`);
  }
  return Object.fromEntries(entries) as Record<string, number[]>;
}

/** The most SQL statements any one subgraph fetch of the operation cost (0 when nothing was fetched). */
export function maxSqlPerFetch(result: { headers: Headers }): number {
  return Math.max(0, ...Object.values(subgraphSqlFetches(result)).flat());
}

export const tokens = {
  admin: () => issueDevToken(config(), { role: 'national_admin', sub: 'test-admin' }),
  editor: (forbund: string) => issueDevToken(config(), { role: 'forbund_editor', forbund, sub: `test-editor-${forbund}` }),
};

/**
 * A statement straight against the run's database, for what a test must see or undo beneath the API
 * (cleaning up its own rows, checking nothing was written). One connection per call.
 */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A förbund of a test file's own, registered by national_admin: in Västernorrland (22), where the demo
 * data has none and no other file writes, with Sundsvall as its one kommun, active from `activeSinceYear`.
 */
export async function registerTestForbund(id: string, name: string, activeSinceYear: number): Promise<void> {
  const result = await gateway(
    'mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }',
    {
      input: {
        id,
        name,
        activeSinceYear,
        lanCode: '22',
        source: 'test',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Västernorrland', lanCode: '22' } },
          { party: { kind: 'KOMMUN', name: 'Sundsvalls kommun', kommunCode: '2281' } },
        ],
      },
    },
    await tokens.admin(),
  );
  if (result.errors) throw new Error(`registerForbund ${id}: ${JSON.stringify(result.errors)}`);
}

/**
 * A year's funding for a förbund of registerTestForbund's that breaks 17 § of Lag 2003:1210: the state
 * pays 60 %, not half (its parties as registered there).
 */
export function fundingBreaking17(year: number) {
  return {
    year,
    contributions: [
      { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 600_000 },
      { partyKind: 'REGION', partyName: 'Region Västernorrland', amount: 200_000 },
      { partyKind: 'KOMMUN', partyName: 'Sundsvalls kommun', kommunCode: '2281', amount: 200_000 },
    ],
  };
}

/**
 * Rows a test removes beneath the API (sql) leave the gateway's caches as they were: public answers and
 * pages that showed them would be served until their max-age runs out, to a later file. A mutation
 * through the gateway moves on the generation of every subgraph it names, whatever its outcome
 * (gateway/src/response-cache.ts), and ends every kept page (gateway/src/page-cache.ts). This one names
 * all four subgraphs' writes for an id that does not exist: each is refused, nothing is written.
 */
export async function evictCachedAnswers(): Promise<void> {
  const none = 'test-evict-none';
  const result = await gateway(
    `mutation ($id: ID!) {
      registry: renameForbund(input: { forbundId: $id, name: "Ingen", validFrom: "2026-01-01", source: "test" }) { id }
      funding: reportFunding(forbundId: $id, input: { year: 2026, contributions: [{ partyKind: FORSAKRINGSKASSAN, partyName: "Ingen", amount: 1 }] }) { year }
      projects: publishProject(id: $id) { id }
      methods: unpublishMethod(id: $id) { id }
    }`,
    { id: none },
    await tokens.admin(),
  );
  // A document the gateway could not validate would evict nothing.
  const codes = (result.errors ?? []).map((e) => e.extensions?.code);
  if (codes.length === 0 || codes.some((c) => c === 'GRAPHQL_VALIDATION_FAILED' || c === 'GRAPHQL_PARSE_FAILED' || c === 'BAD_REQUEST')) {
    throw new Error(`evictCachedAnswers: ${JSON.stringify(result.errors ?? result.data)}`);
  }
}
