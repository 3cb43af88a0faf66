import { beforeAll, describe, expect, it } from 'vitest';
import { contract, gateway, maxSqlPerFetch, subgraphSql, subgraphSqlFetches, tokens } from './support/client.ts';
import { databaseFingerprint } from './support/fingerprint.ts';

/**
 * The funding subgraph's part of the client contract, through the gateway with real tokens. Reads use
 * the demo figures of seed 001 (Södertälje–Nykvarn 2005 and 2006); writes go to förbund this file
 * registers itself (test-funding-*), in years (2020–2023) no demo data has.
 */

const SODERTALJE_NAME = 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn';
const SEED_001 =
  'Förslag till samordningsförbund för rehabiliteringsinsatser i Södertälje och Nykvarn, utredning med förbundsordning, 2005 (seed 001)';
const STATE_2006 =
  'Statens andel (Försäkringskassan, med Arbetsförmedlingens del) är 50,94 % men ska vara 50 % enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser; avvikelse 0,94 procentenheter.';
const SUM_2006 = 'Bidragen summerar till 21 200 000 kronor men den budgeterade totalen är 20 800 000 kronor; skillnad 400 000 kronor.';

const NORRBOTTEN = 'test-funding-norrbotten';
const BIG = 'test-funding-big';

async function registerTestForbund(id: string) {
  const result = await gateway(
    `mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }`,
    {
      input: {
        id,
        name: `Testförbundet ${id}`,
        activeSinceYear: 2020,
        lanCode: '25',
        source: 'test',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Norrbotten', lanCode: '25' } },
          { party: { kind: 'KOMMUN', name: 'Kiruna kommun', kommunCode: '2584' } },
          { party: { kind: 'KOMMUN', name: 'Gällivare kommun', kommunCode: '2523' } },
        ],
      },
    },
    await tokens.admin(),
  );
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  await registerTestForbund(NORRBOTTEN);
  await registerTestForbund(BIG);
});

const STATUTORY_2006 = { compliant: false, stateShare: 10_800_000 / 21_200_000, regionShare: 5_200_000 / 21_200_000, kommunShare: 5_200_000 / 21_200_000, deviations: [SUM_2006, STATE_2006] };

describe('NationalOverview: fundingSummary', () => {
  const query = `query ($year: Int!) { fundingSummary(year: $year) { year total byPartyKind { partyKind amount share } forbundReporting nonCompliantForbund { id name } } }`;

  it('sums 2006 and names Södertälje–Nykvarn as not compliant', async () => {
    const result = await gateway<{ fundingSummary: unknown }>(query, { year: 2006 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.fundingSummary).toEqual({
      year: 2006,
      total: 21_200_000,
      byPartyKind: [
        { partyKind: 'FORSAKRINGSKASSAN', amount: 10_800_000, share: 10_800_000 / 21_200_000 },
        { partyKind: 'ARBETSFORMEDLINGEN', amount: 0, share: 0 },
        { partyKind: 'REGION', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
        { partyKind: 'KOMMUN', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
      ],
      forbundReporting: 1,
      nonCompliantForbund: [{ id: 'sodertalje-nykvarn', name: SODERTALJE_NAME }],
    });
  });

  it('finds 2005 compliant', async () => {
    const result = await gateway<{ fundingSummary: { total: number; nonCompliantForbund: unknown[]; forbundReporting: number } }>(query, { year: 2005 });
    expect(result.data!.fundingSummary).toMatchObject({ total: 5_600_000, forbundReporting: 1, nonCompliantForbund: [] });
  });

  it('refuses a year before Lag (2003:1210) with BAD_USER_INPUT', async () => {
    const result = await gateway(query, { year: 2003 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('FundingTrend', () => {
  it('answers one entry per year, zeros where nothing is reported', async () => {
    const result = await contract<{ fundingTrend: unknown[] }>('FundingTrend', { fromYear: 2004, toYear: 2007 });
    expect(result.errors).toBeUndefined();
    const kinds = (fk: number, region: number, kommun: number) => [
      { partyKind: 'FORSAKRINGSKASSAN', amount: fk },
      { partyKind: 'ARBETSFORMEDLINGEN', amount: 0 },
      { partyKind: 'REGION', amount: region },
      { partyKind: 'KOMMUN', amount: kommun },
    ];
    expect(result.data!.fundingTrend).toEqual([
      { year: 2004, total: 0, byPartyKind: kinds(0, 0, 0), forbundReporting: 0 },
      { year: 2005, total: 5_600_000, byPartyKind: kinds(2_800_000, 1_400_000, 1_400_000), forbundReporting: 1 },
      { year: 2006, total: 21_200_000, byPartyKind: kinds(10_800_000, 5_200_000, 5_200_000), forbundReporting: 1 },
      { year: 2007, total: 0, byPartyKind: kinds(0, 0, 0), forbundReporting: 0 },
    ]);
  });

  it.each([
    [2010, 2005],
    [2003, 2005],
    [2005, 2099],
  ])('refuses the range %i–%i with BAD_USER_INPUT', async (fromYear, toYear) => {
    const result = await contract('FundingTrend', { fromYear, toYear });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ForbundComparison: Forbund.funding', () => {
  it('answers each förbund active in 2006 with its funding, null where none is reported', async () => {
    const result = await gateway<{ forbunds: { edges: { node: { id: string; name: string; funding: unknown } }[] } }>(
      `query ($year: Int!) { forbunds(filter: { activeIn: $year }, first: 100) { edges { node { id name
         funding(year: $year) { total byPartyKind { partyKind amount share } statutoryShares { compliant deviations } equity equityRatio } } } } }`,
      { year: 2006 },
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.forbunds.edges.map((e) => e.node);
    expect(nodes.find((n) => n.id === 'sodertalje-nykvarn')!.funding).toEqual({
      total: 21_200_000,
      byPartyKind: [
        { partyKind: 'FORSAKRINGSKASSAN', amount: 10_800_000, share: 10_800_000 / 21_200_000 },
        { partyKind: 'ARBETSFORMEDLINGEN', amount: 0, share: 0 },
        { partyKind: 'REGION', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
        { partyKind: 'KOMMUN', amount: 5_200_000, share: 5_200_000 / 21_200_000 },
      ],
      statutoryShares: { compliant: false, deviations: [SUM_2006, STATE_2006] },
      equity: null,
      equityRatio: null,
    });
    expect(nodes.filter((n) => n.id !== 'sodertalje-nykvarn').map((n) => n.funding)).toEqual([null, null, null]);
  });

  it('costs the funding subgraph as many SQL statements for every förbund as for one', async () => {
    const query = `query ($first: Int!) { forbunds(first: $first) { edges { node { id
      funding(year: 2006) { total byPartyKind { amount share } statutoryShares { compliant deviations } equity equityRatio } } } } }`;
    const fundingSql = (result: { headers: Headers }) => subgraphSql(result).funding;
    const one = await gateway<{ forbunds: { edges: unknown[] } }>(query, { first: 1 });
    const all = await gateway<{ forbunds: { edges: unknown[] } }>(query, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.data!.forbunds.edges.length).toBeGreaterThan(5);
    expect(fundingSql(one)).toBe(1);
    expect(fundingSql(all)).toBe(fundingSql(one));
    // Every fetch of the operation, the registry's too, at most two statements (issue 12, part 3).
    expect(maxSqlPerFetch(one)).toBeLessThanOrEqual(2);
    expect(subgraphSqlFetches(all)).toEqual(subgraphSqlFetches(one));
  });
});

describe('ForbundProfile: Forbund.fundingHistory', () => {
  it('answers the years with data, ascending, as seed 001 gives them, with the 2006 deviation shown', async () => {
    const result = await gateway<{ forbund: { fundingHistory: unknown[] } }>(
      `query ($id: ID!, $fromYear: Int!, $toYear: Int!) { forbund(id: $id) { id fundingHistory(fromYear: $fromYear, toYear: $toYear) {
         year total budgetedTotal contributions { partyKind partyName kommun { code } amount }
         statutoryShares { compliant stateShare regionShare kommunShare deviations } equity equityRatio source } } }`,
      { id: 'sodertalje-nykvarn', fromYear: 2004, toYear: 2010 },
    );
    expect(result.errors).toBeUndefined();
    const lines = (fk: number, landsting: number, kommuner: number) => [
      { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan i Stockholms län', kommun: null, amount: fk },
      { partyKind: 'REGION', partyName: 'Stockholms läns landsting', kommun: null, amount: landsting },
      { partyKind: 'KOMMUN', partyName: 'Södertälje och Nykvarns kommuner', kommun: null, amount: kommuner },
    ];
    expect(result.data!.forbund.fundingHistory).toEqual([
      {
        year: 2005,
        total: 5_600_000,
        budgetedTotal: 5_600_000,
        contributions: lines(2_800_000, 1_400_000, 1_400_000),
        statutoryShares: { compliant: true, stateShare: 0.5, regionShare: 0.25, kommunShare: 0.25, deviations: [] },
        equity: null,
        equityRatio: null,
        source: SEED_001,
      },
      {
        year: 2006,
        total: 21_200_000,
        budgetedTotal: 20_800_000,
        contributions: lines(10_800_000, 5_200_000, 5_200_000),
        statutoryShares: STATUTORY_2006,
        equity: null,
        equityRatio: null,
        source: SEED_001,
      },
    ]);
  });

  it('answers an empty list for a range without data, and refuses a reversed range', async () => {
    const query = `query ($fromYear: Int!, $toYear: Int!) { forbund(id: "halmstad") { fundingHistory(fromYear: $fromYear, toYear: $toYear) { year } } }`;
    const empty = await gateway<{ forbund: { fundingHistory: unknown[] } }>(query, { fromYear: 2004, toYear: 2026 });
    expect(empty.data!.forbund.fundingHistory).toEqual([]);
    const reversed = await gateway(query, { fromYear: 2010, toYear: 2005 });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
  });
});

type Report = { reportFunding: { year: number; total: number; budgetedTotal: number | null; statutoryShares: { compliant: boolean; stateShare: number; regionShare: number; kommunShare: number; deviations: string[] } } };

const compliant2021 = {
  year: 2021,
  budgetedTotal: 2_000_000,
  contributions: [
    { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 900_000 },
    { partyKind: 'ARBETSFORMEDLINGEN', partyName: 'Arbetsförmedlingen', amount: 100_000 },
    { partyKind: 'REGION', partyName: 'Region Norrbotten', amount: 500_000 },
    { partyKind: 'KOMMUN', partyName: 'Kiruna kommun', kommunCode: '2584', amount: 300_000 },
    { partyKind: 'KOMMUN', partyName: 'Gällivare kommun', kommunCode: '2523', amount: 200_000 },
  ],
  accounts: { costs: 1_800_000, result: -50_000, equity: 500_000 },
};

describe('ReportFunding', () => {
  it("lets the förbund's own editor report a year, kommun by kommun, with its accounts", async () => {
    const result = await contract<Report>('ReportFunding', { forbundId: NORRBOTTEN, input: compliant2021 }, await tokens.editor(NORRBOTTEN));
    expect(result.errors).toBeUndefined();
    expect(result.data!.reportFunding).toEqual({
      year: 2021,
      total: 2_000_000,
      budgetedTotal: 2_000_000,
      statutoryShares: { compliant: true, stateShare: 0.5, regionShare: 0.25, kommunShare: 0.25, deviations: [] },
    });
    const read = await gateway<{ forbund: { funding: unknown } }>(
      `{ forbund(id: "${NORRBOTTEN}") { funding(year: 2021) { forbund { id name } total contributions { partyKind kommun { code name } amount } costs result equity equityRatio } } }`,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.forbund.funding).toEqual({
      forbund: { id: NORRBOTTEN, name: `Testförbundet ${NORRBOTTEN}` },
      total: 2_000_000,
      contributions: [
        { partyKind: 'FORSAKRINGSKASSAN', kommun: null, amount: 900_000 },
        { partyKind: 'ARBETSFORMEDLINGEN', kommun: null, amount: 100_000 },
        { partyKind: 'REGION', kommun: null, amount: 500_000 },
        // The kommun's name comes from the registry, through the key this subgraph holds.
        { partyKind: 'KOMMUN', kommun: { code: '2584', name: 'Kiruna' }, amount: 300_000 },
        { partyKind: 'KOMMUN', kommun: { code: '2523', name: 'Gällivare' }, amount: 200_000 },
      ],
      costs: 1_800_000,
      result: -50_000,
      equity: 500_000,
      equityRatio: 0.25,
    });
  });

  it('replaces the year on a second report, accepts shares that break 17 §, shows them, and logs the change', async () => {
    const input = {
      year: 2021,
      budgetedTotal: 2_000_000,
      contributions: [
        { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 1_200_000 },
        { partyKind: 'REGION', partyName: 'Region Norrbotten', amount: 400_000 },
        { partyKind: 'KOMMUN', partyName: 'Kiruna och Gällivare', amount: 400_000 },
      ],
    };
    const result = await contract<Report>('ReportFunding', { forbundId: NORRBOTTEN, input }, await tokens.admin());
    expect(result.errors).toBeUndefined();
    expect(result.data!.reportFunding).toEqual({
      year: 2021,
      total: 2_000_000,
      budgetedTotal: 2_000_000,
      statutoryShares: {
        compliant: false,
        stateShare: 0.6,
        regionShare: 0.2,
        kommunShare: 0.2,
        deviations: [
          'Statens andel (Försäkringskassan, med Arbetsförmedlingens del) är 60,00 % men ska vara 50 % enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser; avvikelse 10,00 procentenheter.',
          'Regionernas andel är 20,00 % men ska vara 25 % enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser; avvikelse 5,00 procentenheter.',
          'Kommunernas andel är 20,00 % men ska vara 25 % enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser; avvikelse 5,00 procentenheter.',
        ],
      },
    });
    // The earlier lines and accounts are gone, not added to.
    const read = await gateway<{ forbund: { fundingHistory: { year: number; contributions: unknown[]; equity: null }[] } }>(
      `{ forbund(id: "${NORRBOTTEN}") { fundingHistory(fromYear: 2020, toYear: 2023) { year contributions { partyName amount } equity } } }`,
    );
    expect(read.data!.forbund.fundingHistory).toEqual([
      {
        year: 2021,
        contributions: [
          { partyName: 'Försäkringskassan', amount: 1_200_000 },
          { partyName: 'Region Norrbotten', amount: 400_000 },
          { partyName: 'Kiruna och Gällivare', amount: 400_000 },
        ],
        equity: null,
      },
    ]);
    const log = await gateway<{ fundingAuditLog: { actor: string; action: string; year: number; changes: string }[] }>(
      `{ fundingAuditLog(forbundId: "${NORRBOTTEN}", first: 10) { actor action year changes } }`,
      {},
      await tokens.admin(),
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.fundingAuditLog.map(({ actor, action, year }) => ({ actor, action, year }))).toEqual([
      { actor: 'national_admin:test-admin', action: 'replaceFunding', year: 2021 },
      { actor: `forbund_editor:test-editor-${NORRBOTTEN}`, action: 'reportFunding', year: 2021 },
    ]);
    const changes = JSON.parse(log.data!.fundingAuditLog[0]!.changes);
    expect(changes.before.contributions).toHaveLength(5);
    expect(changes.before.accounts).toEqual({ costs: 1_800_000, result: -50_000, equity: 500_000 });
    expect(changes.after.contributions).toHaveLength(3);
    expect(changes.after.accounts).toBeNull();
    // The national summary counts the förbund among those that deviate.
    const summary = await gateway<{ fundingSummary: { nonCompliantForbund: { id: string }[] } }>(`{ fundingSummary(year: 2021) { nonCompliantForbund { id } } }`);
    expect(summary.data!.fundingSummary.nonCompliantForbund).toContainEqual({ id: NORRBOTTEN });
  });

  it('keeps sums exact past 2^31 kronor, per förbund and nationally', async () => {
    const before = await gateway<{ fundingSummary: { total: number; byPartyKind: { amount: number }[]; forbundReporting: number } }>(
      `{ fundingSummary(year: 2022) { total byPartyKind { amount } forbundReporting } }`,
    );
    const input = {
      year: 2022,
      budgetedTotal: 6_000_000_001,
      contributions: [
        { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 3_000_000_001 },
        { partyKind: 'REGION', partyName: 'Region Norrbotten', amount: 1_500_000_000 },
        { partyKind: 'KOMMUN', partyName: 'Kiruna kommun', kommunCode: '2584', amount: 1_500_000_000 },
      ],
    };
    const result = await contract<Report>('ReportFunding', { forbundId: BIG, input }, await tokens.admin());
    expect(result.errors).toBeUndefined();
    expect(result.data!.reportFunding).toMatchObject({ total: 6_000_000_001, budgetedTotal: 6_000_000_001, statutoryShares: { compliant: true } });
    const after = await gateway<typeof before.data>(`{ fundingSummary(year: 2022) { total byPartyKind { amount } forbundReporting } }`);
    const b = before.data!.fundingSummary;
    const a = after.data!.fundingSummary;
    expect(a.total - b.total).toBe(6_000_000_001);
    expect(a.byPartyKind.map((k, i) => k.amount - b.byPartyKind[i]!.amount)).toEqual([3_000_000_001, 0, 1_500_000_000, 1_500_000_000]);
    expect(a.forbundReporting - b.forbundReporting).toBe(1);
    const trend = await contract<{ fundingTrend: { total: number }[] }>('FundingTrend', { fromYear: 2022, toYear: 2022 });
    expect(trend.data!.fundingTrend[0]!.total).toBe(a.total);
    expect(a.total).toBe(6_000_000_001);
  });

  const valid = { year: 2023, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 1_000 }] };
  const withLine = (line: Record<string, unknown>) => ({ ...valid, contributions: [line] });

  it.each([
    ['a year before Lag (2003:1210)', NORRBOTTEN, { ...valid, year: 2003 }, 'BAD_USER_INPUT'],
    ['a year beyond next year', NORRBOTTEN, { ...valid, year: new Date().getUTCFullYear() + 2 }, 'BAD_USER_INPUT'],
    ['no contributions', NORRBOTTEN, { ...valid, contributions: [] }, 'BAD_USER_INPUT'],
    ['a negative amount', NORRBOTTEN, withLine({ partyKind: 'REGION', partyName: 'Region Norrbotten', amount: -1 }), 'BAD_USER_INPUT'],
    ['a fraction of a krona', NORRBOTTEN, withLine({ partyKind: 'REGION', partyName: 'Region Norrbotten', amount: 1.5 }), 'BAD_USER_INPUT'],
    ['an empty party name', NORRBOTTEN, withLine({ partyKind: 'REGION', partyName: ' ', amount: 1 }), 'BAD_USER_INPUT'],
    ['a kommun code on a region line', NORRBOTTEN, withLine({ partyKind: 'REGION', partyName: 'Region', kommunCode: '2584', amount: 1 }), 'BAD_USER_INPUT'],
    ['a malformed kommun code', NORRBOTTEN, withLine({ partyKind: 'KOMMUN', partyName: 'Kiruna', kommunCode: '25840', amount: 1 }), 'BAD_USER_INPUT'],
    ['a kommun that is not a member', NORRBOTTEN, withLine({ partyKind: 'KOMMUN', partyName: 'Stockholm', kommunCode: '0180', amount: 1 }), 'RULE_VIOLATION'],
    ['a förbund that does not exist', 'test-funding-nobody', valid, 'NOT_FOUND'],
  ])('refuses %s with %s, and writes nothing', async (_name, forbundId, input, code) => {
    const before = await databaseFingerprint();
    const result = await contract('ReportFunding', { forbundId, input }, await tokens.admin());
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.data?.reportFunding ?? null).toBeNull();
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses another förbund's editor with FORBIDDEN and no token with UNAUTHENTICATED, and writes nothing", async () => {
    const before = await databaseFingerprint();
    const other = await contract('ReportFunding', { forbundId: NORRBOTTEN, input: valid }, await tokens.editor('sodertalje-nykvarn'));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await contract('ReportFunding', { forbundId: NORRBOTTEN, input: valid });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const log = await gateway('{ fundingAuditLog { id } }', {}, await tokens.editor(NORRBOTTEN));
    expect(log.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint()).toEqual(before);
  });
});
