import { beforeAll, describe, expect, it } from 'vitest';
import { registerForbund } from '../services/registry/src/data/forbund-store.ts';
import { contract, gateway, maxSqlPerFetch, subgraphSql, subgraphSqlFetches, tokens } from './support/client.ts';

/**
 * The national network's and SKR's view, as whole contract operations through the gateway: every
 * subgraph answers its part of one request. 2006 is a year only the seed documents speak of (test rows
 * start in 2020), so its figures are exact: Södertälje–Nykvarn's budget (seed 001) and the three
 * Västerbotten förbund started 2005 (seed 003).
 */

const SODERTALJE = 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn';

describe('NationalOverview', () => {
  it('answers 2006 from coverage, funding and projects in one request', async () => {
    const result = await contract<{
      coverage: { year: number; forbundCount: number; kommunerTotal: number; kommunerCovered: number; byLan: { lan: { code: string; name: string }; kommunerTotal: number; kommunerCovered: number; forbundCount: number }[] };
      fundingSummary: unknown;
      projectStatistics: unknown;
    }>('NationalOverview', { year: 2006 });
    expect(result.errors).toBeUndefined();
    const { coverage, fundingSummary, projectStatistics } = result.data!;
    expect(coverage).toMatchObject({ year: 2006, forbundCount: 4, kommunerTotal: 290, kommunerCovered: 5 });
    expect(coverage.byLan).toHaveLength(21);
    expect(coverage.byLan.find((l) => l.lan.code === '01')).toEqual({ lan: { code: '01', name: 'Stockholms län' }, kommunerTotal: 26, kommunerCovered: 2, forbundCount: 1 });
    expect(coverage.byLan.find((l) => l.lan.code === '24')).toEqual({ lan: { code: '24', name: 'Västerbottens län' }, kommunerTotal: 15, kommunerCovered: 3, forbundCount: 3 });
    expect(fundingSummary).toEqual({
      year: 2006,
      total: 21_200_000,
      byPartyKind: [
        { partyKind: 'FORSAKRINGSKASSAN', amount: 10_800_000, share: 10_800_000 / 21_200_000 },
        { partyKind: 'ARBETSFORMEDLINGEN', amount: 0, share: 0 },
        { partyKind: 'REGION', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
        { partyKind: 'KOMMUN', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
      ],
      forbundReporting: 1,
      nonCompliantForbund: [{ id: 'sodertalje-nykvarn', name: SODERTALJE }],
    });
    // Two published projects of Södertälje–Nykvarn ran in 2006; no seed gives participants, so the
    // public sees the reported total (0) withheld, as every figure below 5.
    expect(projectStatistics).toEqual({
      year: 2006,
      activeProjects: 2,
      participants: { total: null, women: null, men: null },
      byTargetGroup: expect.arrayContaining([
        { targetGroup: 'MENTAL_ILL_HEALTH', activeProjects: 1, participants: null },
        { targetGroup: 'LONG_TERM_UNEMPLOYED', activeProjects: 1, participants: null },
        { targetGroup: 'LONG_TERM_SOCIAL_ASSISTANCE', activeProjects: 1, participants: null },
      ]),
    });
  });
});

describe('ForbundComparison', () => {
  it('compares the förbund of a län in 2006: registry, funding and projects side by side', async () => {
    const result = await contract<{ forbunds: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: Record<string, unknown> }[] } }>(
      'ForbundComparison',
      { year: 2006, lan: '01' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.forbunds).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    const node = result.data!.forbunds.edges[0]!.node as {
      funding: { statutoryShares: { compliant: boolean; deviations: string[] } } & Record<string, unknown>;
      projects: { totalCount: number; edges: { node: { id: string } }[] };
    } & Record<string, unknown>;
    expect(node).toMatchObject({
      id: 'sodertalje-nykvarn',
      name: SODERTALJE,
      lan: { code: '01', name: 'Stockholms län' },
      kommuner: [
        { code: '0140', name: 'Nykvarn' },
        { code: '0181', name: 'Södertälje' },
      ],
      funding: { total: 21_200_000, equity: null, equityRatio: null },
    });
    // Seed 001's 2006 figures do not add up: shown, not hidden. The state's share, 10,8 of 21,2 MSEK, is
    // 50,94 %, outside 0.5 points of the half; and the lines sum to 21,2 MSEK against a budget of 20,8.
    expect(node.funding.statutoryShares.compliant).toBe(false);
    expect(node.funding.statutoryShares.deviations).toHaveLength(2);
    expect(node.funding.statutoryShares.deviations.join(' ')).toMatch(/50,94/);
    expect(node.funding.statutoryShares.deviations.join(' ')).toMatch(/20 800 000/);
    expect(node.projects.totalCount).toBe(2);
    expect(node.projects.edges.map((e) => e.node)).toEqual([
      { id: 'kbt-vardcentral-sodertalje', title: 'Kognitiv beteendeterapi och socialtjänst på Vårdcentralen', status: 'ONGOING', targetGroups: ['MENTAL_ILL_HEALTH'], participantCount: null },
      { id: 'slussen-till-arbete', title: 'Slussen till arbete', status: 'ONGOING', targetGroups: ['LONG_TERM_UNEMPLOYED', 'LONG_TERM_SOCIAL_ASSISTANCE'], participantCount: null },
    ]);
  });

  describe('over 100 förbund', () => {
    // Jämtlands län holds no other rows of the run: 100 förbund of our own, active from 2025.
    const ids = Array.from({ length: 100 }, (_, i) => `test-compare-${String(i).padStart(3, '0')}`);

    beforeAll(async () => {
      for (const id of ids) {
        await registerForbund(
          {
            id,
            name: `Jämförelseförbundet ${id.slice(-3)} i Östersund`,
            activeSinceYear: 2025,
            lanCode: '23',
            source: 'test',
            members: [
              { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
              { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
              { party: { kind: 'REGION', name: 'Region Jämtland Härjedalen', lanCode: '23' } },
              { party: { kind: 'KOMMUN', name: 'Östersunds kommun', kommunCode: '2380' } },
            ],
          },
          'test',
        );
      }
      // Some of them with funding and projects, so every subgraph has rows to batch.
      const admin = await tokens.admin();
      for (const id of ids.slice(0, 3)) {
        const funded = await contract('ReportFunding', {
          forbundId: id,
          input: { year: 2025, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 500_000 }], accounts: { costs: 400_000, result: 100_000, equity: 250_000 } },
        }, admin);
        expect(funded.errors).toBeUndefined();
        const created = await gateway<{ createProject: { id: string } }>(
          `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
          { input: { forbundId: id, title: `Insats i ${id}`, kind: 'STRUCTURAL', startsOn: '2025-01-01', targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'FORSAKRINGSKASSAN'] } },
          admin,
        );
        expect(created.errors).toBeUndefined();
        expect((await gateway(`mutation ($id: ID!) { publishProject(id: $id) { id } }`, { id: created.data!.createProject.id }, admin)).errors).toBeUndefined();
      }
    });

    const compare = (first: number, token?: string) => contract<{ forbunds: { totalCount: number; edges: { node: { id: string; funding: { equityRatio: number } | null; projects: { totalCount: number } } }[] } }>(
      'ForbundComparison',
      { year: 2025, lan: '23', first },
      token,
    );

    it('answers every förbund with its funding and projects', async () => {
      const result = await compare(100);
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.forbunds.edges.map((e) => e.node);
      expect(result.data!.forbunds.totalCount).toBe(100);
      expect(nodes.map((n) => n.id)).toEqual(ids);
      expect(nodes.slice(0, 3).map((n) => [n.funding?.equityRatio, n.projects.totalCount])).toEqual([[0.5, 1], [0.5, 1], [0.5, 1]]);
      expect(nodes.slice(3).every((n) => n.funding === null && n.projects.totalCount === 0)).toBe(true);
    });

    it('costs every subgraph as many SQL statements for 100 förbund as for 1', async () => {
      // Signed in, so that the subgraphs are asked each time: the public's answer of 100 is in the
      // gateway's response cache since the test above.
      const admin = await tokens.admin();
      const [one, hundred] = [await compare(1, admin), await compare(100, admin)];
      expect(one.errors).toBeUndefined();
      expect(hundred.errors).toBeUndefined();
      expect(hundred.data!.forbunds.edges).toHaveLength(100);
      expect(Object.keys(subgraphSql(one)).sort()).toEqual(['funding', 'projects', 'registry']);
      expect(Object.values(subgraphSql(one)).every((n) => n > 0)).toBe(true);
      expect(subgraphSql(hundred)).toEqual(subgraphSql(one));
      // And per fetch (issue 12, part 3): at most two statements each, the same for 100 as for 1.
      expect(maxSqlPerFetch(one)).toBeLessThanOrEqual(2);
      expect(subgraphSqlFetches(hundred)).toEqual(subgraphSqlFetches(one));
    });
  });
});
