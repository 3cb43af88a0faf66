import { TEXT_LIMITS } from '@finsam/core';
import { afterAll, describe, expect, it } from 'vitest';
import { sqlStatements, subgraph } from '../../../test/support/client.ts';
import { expectTooLong, itRefusesPagesOutside0To100 } from '../../../test/support/limits.ts';
import { db, disconnect } from '../src/data/db.ts';
import { parseBasis, validateReport, writeFundingYear, type FundingYearInput } from '../src/data/funding-store.ts';
import { byPartyKind, describeFundingYear, formatKronor, statutoryShares, type ContributionLine } from '../src/data/rules.ts';

const ATOMIC = 'test-funding-atomic';

afterAll(async () => {
  await db().fundingYear.deleteMany({ where: { forbundId: ATOMIC } });
  await db().auditEntry.deleteMany({ where: { forbundId: ATOMIC } });
  await disconnect();
});

const line = (partyKind: ContributionLine['partyKind'], amount: number, kommunCode: string | null = null): ContributionLine => ({
  partyKind,
  partyName: partyKind,
  kommunCode,
  amount: BigInt(amount),
});

describe('the shares of Lag (2003:1210), 17 §', () => {
  it('finds seed 001 for 2005 compliant: 2.8 + 1.4 + 1.4 = 5.6 MSEK', () => {
    const lines = [line('FORSAKRINGSKASSAN', 2_800_000), line('REGION', 1_400_000), line('KOMMUN', 1_400_000)];
    expect(statutoryShares(lines, 5_600_000n)).toEqual({ compliant: true, stateShare: 0.5, regionShare: 0.25, kommunShare: 0.25, deviations: [] });
  });

  it('reports seed 001 for 2006: the lines add up to 21.2, not 20.8 MSEK, and the state pays 50.94 %', () => {
    const lines = [line('FORSAKRINGSKASSAN', 10_800_000), line('REGION', 5_200_000), line('KOMMUN', 5_200_000)];
    const shares = statutoryShares(lines, 20_800_000n);
    expect(shares.compliant).toBe(false);
    expect(shares.stateShare).toBeCloseTo(10.8 / 21.2, 12);
    expect(shares.regionShare).toBeCloseTo(5.2 / 21.2, 12);
    // 24.53 % for the region and the kommuner lies within the 0.5 percentage points of tolerance.
    expect(shares.deviations).toEqual([
      'Bidragen summerar till 21 200 000 kronor men den budgeterade totalen är 20 800 000 kronor; skillnad 400 000 kronor.',
      'Statens andel (Försäkringskassan, med Arbetsförmedlingens del) är 50,94 % men ska vara 50 % enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser; avvikelse 0,94 procentenheter.',
    ]);
  });

  it("counts Arbetsförmedlingen's part into the state's half", () => {
    const lines = [line('FORSAKRINGSKASSAN', 300), line('ARBETSFORMEDLINGEN', 200), line('REGION', 250), line('KOMMUN', 125, '0181'), line('KOMMUN', 125, '0140')];
    expect(statutoryShares(lines, null)).toMatchObject({ compliant: true, stateShare: 0.5, kommunShare: 0.25 });
  });

  it('tolerates exactly 0.5 percentage points, and not one krona more', () => {
    // Total 10 000: the state at 5 050 is 50.5 %, at the edge; 5 051 is beyond it.
    const at = [line('FORSAKRINGSKASSAN', 5_050), line('REGION', 2_475), line('KOMMUN', 2_475)];
    expect(statutoryShares(at, 10_000n).compliant).toBe(true);
    const beyond = [line('FORSAKRINGSKASSAN', 5_051), line('REGION', 2_475), line('KOMMUN', 2_474)];
    const shares = statutoryShares(beyond, null);
    expect(shares.compliant).toBe(false);
    expect(shares.deviations).toHaveLength(1);
    expect(shares.deviations[0]).toMatch(/^Statens andel .* är 50,51 % men ska vara 50 %/);
  });

  it('names a missing party kind and a total of 0 instead of dividing by zero', () => {
    const noRegion = statutoryShares([line('FORSAKRINGSKASSAN', 500), line('KOMMUN', 500)], null);
    expect(noRegion.deviations).toEqual([
      expect.stringMatching(/^Regionernas andel är 0,00 % men ska vara 25 %.*avvikelse 25,00 procentenheter\.$/),
      expect.stringMatching(/^Kommunernas andel är 50,00 % men ska vara 25 %/),
    ]);
    const zero = describeFundingYear({
      id: 0, forbundId: 'x', year: 2020, budgetedTotal: null, source: null, reportedAt: new Date(),
      contributions: [line('FORSAKRINGSKASSAN', 0)], accounts: { costs: 0n, result: 0n, equity: 100n },
    });
    expect(zero.statutoryShares).toEqual({
      compliant: false, stateShare: 0, regionShare: 0, kommunShare: 0,
      deviations: ['Bidragen summerar till 0 kronor, så andelarna enligt 17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser kan inte prövas.'],
    });
    expect(zero.equityRatio).toBeNull();
    expect(zero.equity).toBe(100n);
  });

  it('lists all four party kinds in enum order, with 0 where none', () => {
    expect(byPartyKind([line('KOMMUN', 1), line('FORSAKRINGSKASSAN', 3)])).toEqual([
      { partyKind: 'FORSAKRINGSKASSAN', amount: 3n, share: 0.75 },
      { partyKind: 'ARBETSFORMEDLINGEN', amount: 0n, share: 0 },
      { partyKind: 'REGION', amount: 0n, share: 0 },
      { partyKind: 'KOMMUN', amount: 1n, share: 0.25 },
    ]);
  });

  it('writes kronor with spaces between thousands', () => {
    expect(formatKronor(6_000_000_000n)).toBe('6 000 000 000 kronor');
    expect(formatKronor(999n)).toBe('999 kronor');
  });
});

describe('a report is validated on its own before anything is asked or written', () => {
  const valid: FundingYearInput = {
    year: 2020,
    contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: ' Försäkringskassan ', amount: 100n }],
  };
  // A fixed today, so that "next year" in these cases does not move with the calendar.
  const TODAY = new Date('2026-11-25T00:00:00Z');
  const refusal = (input: Partial<FundingYearInput>, now = TODAY) => {
    try {
      validateReport({ ...valid, ...input }, now);
    } catch (error) {
      const { code, field } = (error as { extensions: { code: string; field?: string } }).extensions;
      return { code, field };
    }
    return null;
  };

  it('trims party names and accepts a plain line', () => {
    expect(validateReport(valid).contributions).toEqual([{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', kommunCode: null, amount: 100n }]);
  });

  it.each([
    ['a year before Lag (2003:1210)', { year: 2003 }, 'year'],
    ['a year beyond next year', { year: 2028 }, 'year'],
    ['no contributions', { contributions: [] }, 'contributions'],
    ['a negative amount', { contributions: [{ partyKind: 'REGION', partyName: 'Region', amount: -1n }] }, 'contributions[0].amount'],
    ['an empty party name', { contributions: [{ partyKind: 'REGION', partyName: '  ', amount: 1n }] }, 'contributions[0].partyName'],
    ['a kommun code on a region line', { contributions: [{ partyKind: 'REGION', partyName: 'Region', kommunCode: '0181', amount: 1n }] }, 'contributions[0].kommunCode'],
    ['a malformed kommun code', { contributions: [{ partyKind: 'KOMMUN', partyName: 'K', kommunCode: '181', amount: 1n }] }, 'contributions[0].kommunCode'],
    ['a negative budget', { budgetedTotal: -5n }, 'budgetedTotal'],
    ['negative costs', { accounts: { costs: -1n, result: 0n, equity: 0n } }, 'accounts.costs'],
    // The årsredovisning comes after the year ends: none for the year under way or the next.
    ['accounts for the year under way', { year: 2026, accounts: { costs: 1n, result: 0n, equity: 0n } }, 'accounts'],
    ['accounts for next year', { year: 2027, accounts: { costs: 1n, result: 0n, equity: 0n } }, 'accounts'],
    [
      'one kommun twice',
      { contributions: [{ partyKind: 'KOMMUN', partyName: 'A', kommunCode: '0181', amount: 1n }, { partyKind: 'KOMMUN', partyName: 'B', kommunCode: '0181', amount: 1n }] },
      'contributions[1].kommunCode',
    ],
    [
      'kommuner both together and one by one',
      { contributions: [{ partyKind: 'KOMMUN', partyName: 'A', kommunCode: '0181', amount: 1n }, { partyKind: 'KOMMUN', partyName: 'Alla', amount: 1n }] },
      'contributions',
    ],
  ] as [string, Partial<FundingYearInput>, string][])('refuses %s with BAD_USER_INPUT', (_name, input, field) => {
    expect(refusal(input, new Date('2026-11-25T00:00:00Z'))).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts next year (budgets are decided by 30 November for the next year)', () => {
    expect(refusal({ year: 2027 }, new Date('2026-11-25T00:00:00Z'))).toBeNull();
  });
});

const ENTITIES = `query ($representations: [_Any!]!, $year: Int!) {
  _entities(representations: $representations) {
    ... on Forbund { id funding(year: $year) { total byPartyKind { amount share } statutoryShares { compliant deviations } equity equityRatio } }
  } }`;

type Entities = { _entities: { id: string; funding: { total: number; statutoryShares: { compliant: boolean; deviations: string[] }; equity: number | null; equityRatio: number | null } | null }[] };

describe('_entities: Forbund extended with its funding', () => {
  it('resolves the demo förbund with seed 001 figures for 2005', async () => {
    const result = await subgraph<Entities>('funding', ENTITIES, { representations: [{ __typename: 'Forbund', id: 'sodertalje-nykvarn' }], year: 2005 });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      {
        id: 'sodertalje-nykvarn',
        funding: {
          total: 5_600_000,
          byPartyKind: [
            { amount: 2_800_000, share: 0.5 },
            { amount: 0, share: 0 },
            { amount: 1_400_000, share: 0.25 },
            { amount: 1_400_000, share: 0.25 },
          ],
          statutoryShares: { compliant: true, deviations: [] },
          equity: null,
          equityRatio: null,
        },
      },
    ]);
  });

  it('costs the same number of SQL statements for 100 förbund as for 1', async () => {
    const one = await subgraph<Entities>('funding', ENTITIES, { representations: [{ __typename: 'Forbund', id: 'sodertalje-nykvarn' }], year: 2006 });
    const representations = [
      { __typename: 'Forbund', id: 'sodertalje-nykvarn' },
      ...Array.from({ length: 99 }, (_, i) => ({ __typename: 'Forbund', id: `batch-${i}` })),
    ];
    const hundred = await subgraph<Entities>('funding', ENTITIES, { representations, year: 2006 });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities).toHaveLength(100);
    expect(hundred.data!._entities[0]!.funding).toMatchObject({ total: 21_200_000, statutoryShares: { compliant: false } });
    expect(hundred.data!._entities.slice(1).every((e) => e.funding === null)).toBe(true);
    expect(sqlStatements(one)).toBeGreaterThan(0);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it('batches fundingHistory over förbund too', async () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Forbund { id fundingHistory(fromYear: 2004, toYear: 2010) { year total } } } }`;
    const one = await subgraph<{ _entities: { fundingHistory: { year: number; total: number }[] }[] }>('funding', query, {
      representations: [{ __typename: 'Forbund', id: 'sodertalje-nykvarn' }],
    });
    const hundred = await subgraph<typeof one.data>('funding', query, {
      representations: Array.from({ length: 100 }, (_, i) => ({ __typename: 'Forbund', id: i === 0 ? 'sodertalje-nykvarn' : `batch-${i}` })),
    });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(one.data!._entities[0]!.fundingHistory).toEqual([{ year: 2005, total: 5_600_000 }, { year: 2006, total: 21_200_000 }]);
    expect(hundred.data!._entities).toHaveLength(100);
    expect(hundred.data!._entities[0]!.fundingHistory).toEqual(one.data!._entities[0]!.fundingHistory);
    expect(sqlStatements(one)).toBeGreaterThan(0);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });
});

describe('writes are all or nothing', () => {
  it('keeps the earlier report whole when a replacement fails halfway (a line the database refuses)', async () => {
    const first = validateReport({ year: 2020, budgetedTotal: 400n, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'FK', amount: 200n }, { partyKind: 'REGION', partyName: 'Region', amount: 200n }] });
    await writeFundingYear(ATOMIC, first, 'test');
    // Past validation on purpose: the CHECK constraint on contribution refuses a kommun code on a region line.
    const broken = { ...first, budgetedTotal: 999n, contributions: [first.contributions[0]!, { ...first.contributions[1]!, kommunCode: '0181' }] };
    await expect(writeFundingYear(ATOMIC, broken, 'test')).rejects.toThrow();
    const row = await db().fundingYear.findUniqueOrThrow({ where: { forbundId_year: { forbundId: ATOMIC, year: 2020 } }, include: { contributions: true } });
    expect(row.budgetedTotal).toBe(400n);
    expect(row.contributions.map((c) => [c.partyName, c.amount, c.kommunCode])).toEqual([['FK', 200n, null], ['Region', 200n, null]]);
    expect(await db().auditEntry.count({ where: { forbundId: ATOMIC } })).toBe(1);
  });

  it('takes two simultaneous replacements of a year one after the other: the year is one report whole', async () => {
    const withAccounts = validateReport(
      { year: 2019, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Med bokslut', amount: 300n }], accounts: { costs: 250n, result: 50n, equity: 120n } },
      new Date('2026-11-25T00:00:00Z'),
    );
    const without = validateReport({ year: 2019, contributions: [{ partyKind: 'REGION', partyName: 'Utan bokslut', amount: 100n }] });
    await writeFundingYear(ATOMIC, without, 'test');
    for (let round = 0; round < 5; round++) {
      await Promise.all([writeFundingYear(ATOMIC, withAccounts, 'a'), writeFundingYear(ATOMIC, without, 'b')]);
      const row = await db().fundingYear.findUniqueOrThrow({ where: { forbundId_year: { forbundId: ATOMIC, year: 2019 } }, include: { contributions: true, accounts: true } });
      const state = [row.contributions.map((c) => c.partyName).join(', '), row.accounts ? Number(row.accounts.equity) : null];
      // Either report whole: its lines with its accounts, never one's lines with the other's accounts.
      expect([['Med bokslut', 120], ['Utan bokslut', null]]).toContainEqual(state);
    }
  });
});

describe('page and text limits (issue 11, part 2)', () => {
  const admin = { role: 'national_admin', subject: 'test' } as const;
  itRefusesPagesOutside0To100('funding', [
    { coordinate: 'Query.fundingAuditLog', slicing: ['first'], query: (s) => `query ($n: Int) { fundingAuditLog(${s}: $n) { id } }`, identity: admin },
  ]);

  it('answers an empty page for first: 0, as the gateway allows', async () => {
    const result = await subgraph<{ fundingAuditLog: unknown[] }>('funding', '{ fundingAuditLog(first: 0) { id } }', {}, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.fundingAuditLog).toEqual([]);
  });

  it('refuses an over-long id, source or party name before any SQL', async () => {
    const report = `mutation ($f: ID!, $source: String, $party: String!) {
      reportFunding(forbundId: $f, input: { year: 2024, contributions: [{ partyKind: FORSAKRINGSKASSAN, partyName: $party, amount: 1 }], source: $source }) { year }
    }`;
    const ok = { f: ATOMIC, source: 'Beslut', party: 'Försäkringskassan' };
    await expectTooLong('funding', report, { ...ok, f: 'x'.repeat(TEXT_LIMITS.id + 1) }, admin, 'forbundId');
    await expectTooLong('funding', report, { ...ok, source: 's'.repeat(TEXT_LIMITS.reference + 1) }, admin, 'source');
    await expectTooLong('funding', report, { ...ok, party: 'p'.repeat(TEXT_LIMITS.text + 1) }, admin, 'contributions.partyName');
    expect(await db().fundingYear.count({ where: { forbundId: ATOMIC, year: 2024 } })).toBe(0);
  });
});

/**
 * Query.fundingCheck: reportFunding's validation and 17 § check without the write. The demo förbund
 * Södertälje–Nykvarn (members Södertälje 0181 and Nykvarn 0140) in 2013, a year nothing reports for it.
 */
describe('fundingCheck: the 17 § check before saving', () => {
  const FORBUND = 'sodertalje-nykvarn';
  const YEAR = 2013;
  const editor = { role: 'forbund_editor', forbundId: FORBUND, subject: 'test-editor' } as const;
  const CHECK = `query ($f: ID!, $input: FundingYearInput!) { fundingCheck(forbundId: $f, input: $input) {
    forbund { id } year total budgetedTotal contributions { partyKind partyName kommun { code } amount }
    byPartyKind { partyKind amount share } statutoryShares { compliant stateShare regionShare kommunShare deviations }
    reported { year total reportedAt } } }`;
  type Check = { fundingCheck: { year: number; total: number; budgetedTotal: number | null; contributions: unknown[]; byPartyKind: unknown[]; statutoryShares: { compliant: boolean; deviations: string[] }; reported: { year: number; total: number; reportedAt: string } | null } | null };
  // 12 MSEK with the state at 5.4 (45 %) and the kommuner at 3.6 (30 %): two deviations, and a budget 1 MSEK off.
  const breaking = {
    year: YEAR,
    budgetedTotal: 13_000_000,
    contributions: [
      { partyKind: 'FORSAKRINGSKASSAN', partyName: ' Försäkringskassan ', amount: 4_400_000 },
      { partyKind: 'ARBETSFORMEDLINGEN', partyName: 'Arbetsförmedlingen', amount: 1_000_000 },
      { partyKind: 'REGION', partyName: 'Region Stockholm', amount: 3_000_000 },
      { partyKind: 'KOMMUN', partyName: 'Södertälje kommun', kommunCode: '0181', amount: 3_000_000 },
      { partyKind: 'KOMMUN', partyName: 'Nykvarns kommun', kommunCode: '0140', amount: 600_000 },
    ],
  };
  const lines = (input: typeof breaking) =>
    input.contributions.map((c) => ({ partyKind: c.partyKind, partyName: c.partyName.trim(), kommunCode: c.kommunCode ?? null, amount: BigInt(c.amount) })) as ContributionLine[];
  const written = async () => ({
    years: await db().fundingYear.count({ where: { forbundId: FORBUND } }),
    audit: await db().auditEntry.count({ where: { forbundId: FORBUND } }),
    latest: (await db().fundingYear.findMany({ where: { forbundId: FORBUND }, orderBy: { id: 'asc' }, select: { id: true, reportedAt: true } })).map((r) => `${r.id}@${r.reportedAt.toISOString()}`),
  });

  it('answers the shares, sums and deviations that statutoryShares gives once saved, and writes nothing', async () => {
    const before = await written();
    const result = await subgraph<Check>('funding', CHECK, { f: FORBUND, input: breaking }, editor);
    expect(result.errors).toBeUndefined();
    const check = result.data!.fundingCheck!;
    const expected = statutoryShares(lines(breaking), 13_000_000n);
    expect(expected.compliant).toBe(false);
    expect(check.statutoryShares).toEqual(expected);
    expect(check.statutoryShares.deviations).toEqual([
      expect.stringMatching(/^Bidragen summerar till 12 000 000 kronor men den budgeterade totalen är 13 000 000 kronor/),
      expect.stringMatching(/^Statens andel .* är 45,00 % men ska vara 50 %/),
      expect.stringMatching(/^Kommunernas andel är 30,00 % men ska vara 25 %/),
    ]);
    expect(check).toMatchObject({ year: YEAR, total: 12_000_000, budgetedTotal: 13_000_000, reported: null });
    expect(check.byPartyKind).toEqual(byPartyKind(lines(breaking)).map((p) => ({ ...p, amount: Number(p.amount) })));
    expect(check.contributions[0]).toEqual({ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', kommun: null, amount: 4_400_000 });
    expect(check.contributions[3]).toEqual({ partyKind: 'KOMMUN', partyName: 'Södertälje kommun', kommun: { code: '0181' }, amount: 3_000_000 });
    expect(await written()).toEqual(before);
    expect(await db().fundingYear.count({ where: { forbundId: FORBUND, year: YEAR } })).toBe(0);
  });

  it('shows the saved report it would replace, unchanged', async () => {
    const before = await written();
    const input = { year: 2006, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 1 }] };
    const result = await subgraph<Check>('funding', CHECK, { f: FORBUND, input }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.fundingCheck).toMatchObject({ total: 1, statutoryShares: { compliant: false }, reported: { year: 2006, total: 21_200_000 } });
    expect(await written()).toEqual(before);
  });

  it('refuses what reportFunding refuses, with the same codes and fields', async () => {
    const refusal = async (input: unknown, identity: Parameters<typeof subgraph>[3] = editor, f = FORBUND) => {
      const result = await subgraph<Check>('funding', CHECK, { f, input }, identity);
      expect(result.data?.fundingCheck ?? null).toBeNull();
      const ext = (result.errors?.[0] as { extensions?: { code?: string; field?: string; rule?: string } } | undefined)?.extensions;
      return { code: ext?.code, field: ext?.field, rule: ext?.rule };
    };
    const before = await written();
    expect(await refusal({ ...breaking, year: 2003 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await refusal({ ...breaking, contributions: [{ partyKind: 'REGION', partyName: 'Region', amount: -1 }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contributions[0].amount' });
    // Halmstad's kommun is no member of Södertälje–Nykvarn: the registry's word, as for reportFunding.
    expect(await refusal({ ...breaking, contributions: [{ partyKind: 'KOMMUN', partyName: 'Halmstad', kommunCode: '1380', amount: 1 }] })).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'KOMMUN_NOT_MEMBER',
    });
    expect(await refusal(breaking, editor, 'no-such-forbund')).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(breaking, { role: 'national_admin', subject: 'test' }, 'no-such-forbund')).toMatchObject({ code: 'NOT_FOUND' });
    // Access as reportFunding's: another förbund's editor is refused, the public must sign in.
    expect(await refusal(breaking, { role: 'forbund_editor', forbundId: 'halmstad', subject: 'test-other' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(breaking, { role: 'public' })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await written()).toEqual(before);
  });
});

describe('reportFunding with a basis: no report replaced unseen', () => {
  const report = (name: string) => validateReport({ year: 2018, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: name, amount: 100n }] });

  it('writes over the report it was made from, and refuses with CONFLICT one saved in between', async () => {
    const first = await writeFundingYear(ATOMIC, report('Först'), 'a', parseBasis({ reportedAt: null }));
    // A second "first report" made from the same empty year finds the first one there.
    await expect(writeFundingYear(ATOMIC, report('Också först'), 'b', parseBasis({}))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentReportedAt: first.reportedAt.toISOString() },
    });
    const second = await writeFundingYear(ATOMIC, report('Andra'), 'a', parseBasis({ reportedAt: first.reportedAt.toISOString() }));
    await expect(writeFundingYear(ATOMIC, report('Inaktuell'), 'b', parseBasis({ reportedAt: first.reportedAt.toISOString() }))).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    const row = await db().fundingYear.findUniqueOrThrow({ where: { forbundId_year: { forbundId: ATOMIC, year: 2018 } }, include: { contributions: true } });
    expect(row.contributions.map((c) => c.partyName)).toEqual(['Andra']);
    expect(row.reportedAt.getTime()).toBe(second.reportedAt.getTime());
    // Without a basis, a report replaces whatever is there, as before.
    await writeFundingYear(ATOMIC, report('Utan grund'), 'c');
  });

  it('refuses a reportedAt that is no timestamp', () => {
    expect(() => parseBasis({ reportedAt: 'i går' })).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'basis.reportedAt' } }));
  });
});
