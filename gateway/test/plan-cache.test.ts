import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExtraGateway } from '../../test/support/processes.ts';
import { TRUSTED_DOCUMENTS_PATH } from '../src/gateway.ts';

/**
 * Issue 12, part 4: the gateway plans every trusted document before its first request, so that no
 * visitor of the conference site waits for a plan. Counted by the gateway's own plan store, which
 * /health reports: a request for a warmed document must find its plan (a hit) and build none.
 */
const manifest = JSON.parse(readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>;
const operations = Object.entries(manifest).flatMap(([hash, query]) =>
  parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [{ hash, query, kind: d.operation, name: d.name!.value }] : [])),
);

/** Variables the demo data answers, for every read of the client contract. */
const VARIABLES: Record<string, Record<string, unknown>> = {
  NationalOverview: { year: 2019 },
  ForbundComparison: { year: 2019 },
  FundingTrend: { fromYear: 2005, toYear: 2025 },
  KommunLookup: { code: '0181' },
  ForbundProfile: { id: 'sodertalje-nykvarn', fromYear: 2005, toYear: 2025 },
  MethodLibrary: {},
  MethodPage: { id: 'pa-ratt-vag' },
};

interface PlanStats {
  warmed: number;
  lookups: number;
  hits: number;
  built: number;
}

describe('query plans warmed from the trusted documents', () => {
  // Without the response cache, whose hits skip planning altogether and would hide a cold plan. One
  // gateway runs only the manifest (where clients may send a hash alone), one runs anything.
  let gateway: Awaited<ReturnType<typeof startExtraGateway>>;
  let open: Awaited<ReturnType<typeof startExtraGateway>>;
  const health = async (target = gateway): Promise<PlanStats> =>
    ((await (await fetch(new URL('/health', target.url))).json()) as { queryPlans: PlanStats }).queryPlans;

  beforeAll(async () => {
    [gateway, open] = await Promise.all([
      startExtraGateway({ RESPONSE_CACHE: 'off', TRUSTED_DOCUMENTS: 'enforce' }),
      startExtraGateway({ RESPONSE_CACHE: 'off' }),
    ]);
  });
  afterAll(() => Promise.all([gateway?.stop(), open?.stop()]));

  it('plans every operation of the manifest at start', async () => {
    expect(operations.length).toBeGreaterThan(10);
    expect(await health()).toEqual({ warmed: operations.length, lookups: 0, hits: 0, built: 0 });
  });

  it('serves every read, by its text or by its hash, from a warmed plan', async () => {
    // The contract's reads; the pages' own (web/) are warmed alike and need variables of their own.
    const reads = operations.filter((o) => o.kind === 'query' && o.name in VARIABLES);
    expect(reads.map((o) => o.name).sort()).toEqual(Object.keys(VARIABLES).sort());
    const before = await health();
    for (const read of reads) {
      const byText = { query: read.query, operationName: read.name, variables: VARIABLES[read.name] };
      const byHash = { operationName: read.name, variables: VARIABLES[read.name], extensions: { persistedQuery: { version: 1, sha256Hash: read.hash } } };
      // As the pages send their documents: the text alone, without the operation's name.
      const unnamed = { query: read.query, variables: VARIABLES[read.name] };
      for (const body of [byText, byHash, unnamed]) {
        const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const json = (await response.json()) as { data?: unknown; errors?: unknown };
        expect(json.errors, read.name).toBeUndefined();
        expect(json.data).toBeTruthy();
      }
    }
    const after = await health();
    expect(after.built).toBe(before.built);
    expect(after.lookups - before.lookups).toBe(reads.length * 3);
    expect(after.hits - before.hits).toBe(reads.length * 3);
  });

  it('still plans a document that is not in the manifest, once', async () => {
    const before = await health(open);
    const query = 'query Unlisted { kommun(code: "0181") { code name } }';
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(open.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    const after = await health(open);
    expect(after.built - before.built).toBe(1);
    expect(after.hits - before.hits).toBe(1);
  });
});
