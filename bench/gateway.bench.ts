import { bench, describe, expect } from 'vitest';
import { contract, contractOperation, subgraph } from '../test/support/client.ts';

/**
 * What the gateway costs over asking the subgraph directly, measured side by side in one run (vitest
 * prints the ratio). Every iteration checks its answer, so a fast wrong answer never counts.
 */
describe('KommunLookup (registry only)', () => {
  const query = contractOperation('KommunLookup');
  const check = (data: unknown) => {
    expect((data as { kommun: { forbund: { id: string }[] } }).kommun.forbund[0]!.id).toBe('sodertalje-nykvarn');
  };

  bench('through the gateway', async () => {
    const result = await contract('KommunLookup', { code: '0181' });
    check(result.data);
  });

  bench('straight to the registry subgraph', async () => {
    const result = await subgraph('registry', query, { code: '0181' });
    check(result.data);
  });
});

describe('coverage(year) (one SQL statement)', () => {
  const query = 'query ($year: Int!) { coverage(year: $year) { forbundCount kommunerCovered byLan { lan { code } kommunerCovered } } }';

  bench('through the gateway', async () => {
    const { gateway } = await import('../test/support/client.ts');
    const result = await gateway<{ coverage: { forbundCount: number } }>(query, { year: 2014 });
    expect(result.data!.coverage.forbundCount).toBeGreaterThanOrEqual(6);
  });

  bench('straight to the registry subgraph', async () => {
    const result = await subgraph<{ coverage: { forbundCount: number } }>('registry', query, { year: 2014 });
    expect(result.data!.coverage.forbundCount).toBeGreaterThanOrEqual(6);
  });
});

describe('MethodLibrary (conference site: methods subgraph, then usedBy from projects and names from the registry)', () => {
  const direct = `query ($search: String) { methods(search: $search, first: 20) { totalCount edges { node { id name summary targetGroups evidenceLevel } } } }`;
  const check = (data: unknown) => {
    expect((data as { methods: { edges: { node: { id: string } }[] } }).methods.edges[0]!.node.id).toBe('pa-ratt-vag');
  };

  bench('the whole contract operation through the gateway', async () => {
    const result = await contract<{ methods: { edges: { node: { usedBy: { id: string }[] } }[] } }>('MethodLibrary', { search: 'rätt väg' });
    check(result.data);
    expect(result.data!.methods.edges[0]!.node.usedBy).toEqual([{ id: 'halmstad', name: 'Samordningsförbundet i Halmstad' }]);
  });

  bench("the method library's own part, straight to its subgraph", async () => {
    const result = await subgraph('methods', direct, { search: 'rätt väg' });
    check(result.data);
  });
});
