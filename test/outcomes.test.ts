import { parseIsoDate, type Identity } from '@finsam/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeMethod } from '../services/methods/src/data/method-store.ts';
import { createProject, publishProject, reportParticipation } from '../services/projects/src/data/project-store.ts';
import type { RemoteChecks } from '../services/projects/src/data/remote.ts';
import { registerForbund } from '../services/registry/src/data/forbund-store.ts';
import { contract, gateway, subgraphSql, tokens } from './support/client.ts';

/**
 * Issue 15 through the gateway: outcomes per method and key figures per förbund, the nation and its
 * län, against figures worked out here by hand from the rows this file writes. Its rows: förbund
 * "test-utfall-*" in Dalarnas län (20) and Västernorrlands län (22), which no other test uses, and
 * participation in 2010–2012, which no other test reports. Expected shares and intervals are computed
 * here from the definition of the Wilson interval (the roots of its quadratic), not by the hub's code.
 */

const Z = 1.959964;
/** The Wilson interval as the roots of (1 + z²/n)p² − (2x/n + z²/n)p + (x/n)² = 0. */
function wilson(x: number, n: number): { low: number; high: number } {
  const a = 1 + (Z * Z) / n;
  const b = -((2 * x) / n + (Z * Z) / n);
  const c = (x / n) ** 2;
  const d = Math.sqrt(b * b - 4 * a * c);
  return { low: (-b - d) / (2 * a), high: (-b + d) / (2 * a) };
}

function expectInterval(actual: { low: number; high: number } | null, x: number, n: number): void {
  const expected = wilson(x, n);
  expect(actual).not.toBeNull();
  expect(actual!.low).toBeCloseTo(expected.low, 3);
  expect(actual!.high).toBeCloseTo(expected.high, 3);
}

const A = 'test-utfall-a';
const B = 'test-utfall-b';
const C = 'test-utfall-c';
const METHOD = 'test-utfall-metod';
const METHOD_C = 'test-utfall-metod-c';
/** Funding reported for the förbund: [förbund, year, total kronor]. C reports nothing for 2011. */
const FUNDING: [string, number, number][] = [
  [A, 2010, 2_000_000],
  [B, 2010, 1_000_000],
  [C, 2010, 300_000],
  [A, 2011, 1_800_000],
  [B, 2011, 1_200_000],
  [A, 2012, 900_000],
  [B, 2012, 600_000],
  [C, 2012, 300_000],
];
const ACCEPT: RemoteChecks = { forbundActive: async () => {}, methodsVisible: async () => {} };
const admin: Identity = { role: 'national_admin', subject: 'test-utfall' };

type Situation = [work: number, studies: number, jobSeeking: number, other: number];
interface Year {
  year: number;
  participants: number;
  women: number;
  men: number;
  situation?: Situation;
}

async function project(forbundId: string, title: string, from: number, to: number, methodIds: string[], years: Year[]): Promise<void> {
  const created = await createProject(
    {
      forbundId,
      title,
      kind: 'INDIVIDUAL',
      startsOn: parseIsoDate(`${from}-01-01`),
      endsOn: parseIsoDate(`${to}-12-31`),
      periodPrecision: 'YEAR',
      targetGroups: ['LONG_TERM_UNEMPLOYED'],
      partyKinds: ['KOMMUN', 'ARBETSFORMEDLINGEN'],
      methodIds,
    },
    admin,
    ACCEPT,
  );
  for (const y of years) {
    const situationAfter = y.situation && { work: y.situation[0], studies: y.situation[1], jobSeeking: y.situation[2], other: y.situation[3] };
    await reportParticipation(created.id, { year: y.year, participants: y.participants, women: y.women, men: y.men, situationAfter }, admin);
  }
  await publishProject(created.id, admin);
}

async function forbund(id: string, lanCode: string, region: string, kommunCode: string, kommun: string): Promise<void> {
  await registerForbund(
    {
      id,
      name: `Utfallsförbundet ${id.slice(-1).toUpperCase()}`,
      activeSinceYear: 2009,
      lanCode,
      source: 'test',
      members: [
        { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
        { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
        { party: { kind: 'REGION', name: region, lanCode } },
        { party: { kind: 'KOMMUN', name: kommun, kommunCode } },
      ],
    },
    'test',
  );
}

/**
 * The rows, and what each is for:
 * - A1 (A, METHOD, 2010–2011): 2010 40 people, situation 12/8/10/10 (all shown on its page);
 *   2011 30 people, 9/6/5/5 (25 reported, 5 not stated: shown).
 * - A2 (A, no method, 2010): 4 people, no situation: withheld on its page, so A's total 44 − 40 would give it.
 * - B1 (B, METHOD, 2010–2011): 2010 25 people, 5/5/7/8; 2011 20 people, no situation.
 * - C1 (C, METHOD and METHOD_C, 2010): 3 people, 1/1/1/0: every figure small.
 * - 2012: A3, B2, C2, 30 people each, each situation withheld on its page (a count below 5), so that the
 *   nation's sum can be shown and no förbund's or län's can.
 * - 2013: A4, A5, 30 people each, both situations withheld on their pages: A's sum covers two of them.
 */
beforeAll(async () => {
  await forbund(A, '20', 'Region Dalarna', '2080', 'Falu kommun');
  await forbund(B, '20', 'Region Dalarna', '2081', 'Borlänge kommun');
  await forbund(C, '22', 'Region Västernorrland', '2281', 'Sundsvalls kommun');
  const method = (id: string, name: string) =>
    proposeMethod(
      null,
      {
        id,
        name,
        summary: 'En metod som testerna för utfall skapar.',
        description: 'Används av testernas insatser.',
        targetGroups: ['LONG_TERM_UNEMPLOYED'],
        evidenceLevel: 'DOCUMENTED_EXPERIENCE',
        references: [],
        source: 'test',
      },
      'test',
      { published: true, checkRegistry: false },
    );
  await method(METHOD, 'Utfallsmetoden');
  await method(METHOD_C, 'Utfallsmetoden i Sundsvall');
  await project(A, 'Utfall A1', 2010, 2011, [METHOD], [
    { year: 2010, participants: 40, women: 20, men: 20, situation: [12, 8, 10, 10] },
    { year: 2011, participants: 30, women: 15, men: 15, situation: [9, 6, 5, 5] },
  ]);
  await project(A, 'Utfall A2', 2010, 2010, [], [{ year: 2010, participants: 4, women: 2, men: 2 }]);
  await project(B, 'Utfall B1', 2010, 2011, [METHOD], [
    { year: 2010, participants: 25, women: 12, men: 13, situation: [5, 5, 7, 8] },
    { year: 2011, participants: 20, women: 10, men: 10 },
  ]);
  await project(C, 'Utfall C1', 2010, 2010, [METHOD, METHOD_C], [{ year: 2010, participants: 3, women: 1, men: 2, situation: [1, 1, 1, 0] }]);
  await project(A, 'Utfall A3', 2012, 2012, [], [{ year: 2012, participants: 30, women: 15, men: 15, situation: [10, 10, 10, 0] }]);
  await project(B, 'Utfall B2', 2012, 2012, [], [{ year: 2012, participants: 30, women: 15, men: 15, situation: [3, 7, 10, 10] }]);
  await project(C, 'Utfall C2', 2012, 2012, [], [{ year: 2012, participants: 30, women: 15, men: 15, situation: [8, 2, 10, 10] }]);
  await project(A, 'Utfall A4', 2013, 2013, [], [{ year: 2013, participants: 30, women: 15, men: 15, situation: [7, 3, 10, 10] }]);
  await project(A, 'Utfall A5', 2013, 2013, [], [{ year: 2013, participants: 30, women: 15, men: 15, situation: [8, 2, 10, 10] }]);
  const token = await tokens.admin();
  for (const [forbundId, year, total] of FUNDING) {
    // Half from the state, a quarter each from the region and the kommun (Lag 2003:1210, 17 §).
    const contributions = [
      { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: total / 2 },
      { partyKind: 'REGION', partyName: 'Regionen', amount: total / 4 },
      { partyKind: 'KOMMUN', partyName: 'Kommunen', amount: total / 4 },
    ];
    const funded = await contract('ReportFunding', { forbundId, input: { year, contributions } }, token);
    expect(funded.errors).toBeUndefined();
  }
});

const OUTCOMES = `query ($id: ID!, $from: Int, $to: Int) {
  method(id: $id) {
    id name
    outcomes(fromYear: $from, toYear: $to) {
      fromYear toYear participants situationReported work studies jobSeeking other toWorkOrStudies
      shareToWorkOrStudies shareInterval { low high } projectCount forbundCount suppressed
    }
  }
}`;

interface Outcomes {
  fromYear: number | null;
  toYear: number | null;
  participants: number | null;
  situationReported: number | null;
  work: number | null;
  studies: number | null;
  jobSeeking: number | null;
  other: number | null;
  toWorkOrStudies: number | null;
  shareToWorkOrStudies: number | null;
  shareInterval: { low: number; high: number } | null;
  projectCount: number;
  forbundCount: number;
  suppressed: boolean;
}

async function outcomes(id: string, from: number | null, to: number | null, token?: string): Promise<Outcomes> {
  const result = await gateway<{ method: { outcomes: Outcomes } }>(OUTCOMES, { id, from, to }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.method.outcomes;
}

const WITHHELD_SITUATION = { situationReported: null, work: null, studies: null, jobSeeking: null, other: null, toWorkOrStudies: null, shareToWorkOrStudies: null, shareInterval: null };

describe('Method.outcomes', () => {
  it('sums a method used by three förbund over every year, exactly for national_admin', async () => {
    const all = await outcomes(METHOD, null, null, await tokens.admin());
    // A1 2010 and 2011, B1 2010 and 2011, C1 2010.
    const participants = 40 + 30 + 25 + 20 + 3;
    const work = 12 + 9 + 5 + 1;
    const studies = 8 + 6 + 5 + 1;
    const reported = 40 + 25 + 25 + 3;
    expect(all).toMatchObject({
      fromYear: null,
      toYear: null,
      participants,
      situationReported: reported,
      work,
      studies,
      jobSeeking: 10 + 5 + 7 + 1,
      other: 10 + 5 + 8 + 0,
      toWorkOrStudies: work + studies,
      projectCount: 3,
      forbundCount: 3,
      suppressed: false,
    });
    expect(all.shareToWorkOrStudies).toBeCloseTo((work + studies) / reported, 3);
    expectInterval(all.shareInterval, work + studies, reported);
  });

  it('withholds from the public what a small project would give away, even a total far above 5', async () => {
    const all = await outcomes(METHOD, null, null);
    // 118 is no small count, but 118 − 40 − 30 − 25 − 20 (each shown on its page) gives C1's 3.
    expect(all).toMatchObject({ participants: null, ...WITHHELD_SITUATION, projectCount: 3, forbundCount: 3, suppressed: true });
    // The same for another förbund's editor.
    expect(await outcomes(METHOD, null, null, await tokens.editor(A))).toEqual(all);
  });

  it('sums a range of years: 2011 alone, shown to the public as every year of it is shown on its page', async () => {
    const year = await outcomes(METHOD, 2011, 2011);
    // A1 2011 (30, situation 9/6/5/5) and B1 2011 (20, no situation).
    expect(year).toMatchObject({
      fromYear: 2011,
      toYear: 2011,
      participants: 50,
      situationReported: 25,
      work: 9,
      studies: 6,
      jobSeeking: 5,
      other: 5,
      toWorkOrStudies: 15,
      projectCount: 2,
      forbundCount: 2,
      suppressed: false,
    });
    expect(year.shareToWorkOrStudies).toBeCloseTo(15 / 25, 3);
    expectInterval(year.shareInterval, 15, 25);
    // 2010–2011 minus 2011 would give 2010, which holds C1: so 2010–2011 shows no sum.
    expect(await outcomes(METHOD, 2010, 2011)).toMatchObject({ participants: null, situationReported: null, projectCount: 3 });
  });

  it('withholds a method whose only project is small, and counts its projects all the same', async () => {
    const small = await outcomes(METHOD_C, null, null);
    expect(small).toMatchObject({ participants: null, ...WITHHELD_SITUATION, projectCount: 1, forbundCount: 1, suppressed: true });
    const exact = await outcomes(METHOD_C, null, null, await tokens.admin());
    expect(exact).toMatchObject({ participants: 3, situationReported: 3, toWorkOrStudies: 2, suppressed: false });
    expectInterval(exact.shareInterval, 2, 3);
  });

  it('counts no project outside the years, and refuses impossible ranges', async () => {
    expect(await outcomes(METHOD, 2012, 2013)).toMatchObject({ participants: null, situationReported: null, projectCount: 0, forbundCount: 0, suppressed: true });
    const reversed = await gateway(OUTCOMES, { id: METHOD, from: 2012, to: 2010 });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
    const early = await gateway(OUTCOMES, { id: METHOD, from: 1999, to: null });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
  });
});

const KEY_FIGURES = `query ($id: ID!, $year: Int!) {
  forbund(id: $id) {
    id
    keyFigures(year: $year) {
      forbundId year participants fundingTotal costPerParticipant situationReported toWorkOrStudies
      shareToWorkOrStudies shareInterval { low high } suppressed
    }
  }
}`;

interface KeyFigures {
  forbundId: string;
  year: number;
  participants: number | null;
  fundingTotal: number | null;
  costPerParticipant: number | null;
  situationReported: number | null;
  toWorkOrStudies: number | null;
  shareToWorkOrStudies: number | null;
  shareInterval: { low: number; high: number } | null;
  suppressed: boolean;
}

async function keyFigures(id: string, year: number, token?: string): Promise<KeyFigures> {
  const result = await gateway<{ forbund: { keyFigures: KeyFigures } }>(KEY_FIGURES, { id, year }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.forbund.keyFigures;
}

describe('Forbund.keyFigures', () => {
  it('gives a förbund whose projects all show their figures: participants, share, interval and cost from its funding', async () => {
    const b = await keyFigures(B, 2010);
    // B1 2010: 25 people, 5 + 5 of 25 to work or studies; funded with 1 000 000 kr.
    expect(b).toMatchObject({
      forbundId: B,
      year: 2010,
      participants: 25,
      fundingTotal: 1_000_000,
      costPerParticipant: 40_000,
      situationReported: 25,
      toWorkOrStudies: 10,
      suppressed: false,
    });
    expect(b.shareToWorkOrStudies).toBeCloseTo(0.4, 3);
    expectInterval(b.shareInterval, 10, 25);
  });

  it('withholds a total that would give a small project away by subtraction, and the cost with it', async () => {
    const a = await keyFigures(A, 2010);
    // A1 (40, shown) + A2 (4, withheld on its page): 44 − 40 = 4. The situation is A1's alone, shown.
    expect(a).toMatchObject({ participants: null, fundingTotal: 2_000_000, costPerParticipant: null, situationReported: 40, toWorkOrStudies: 20, suppressed: true });
    expect(a.shareToWorkOrStudies).toBeCloseTo(0.5, 3);
    expectInterval(a.shareInterval, 20, 40);
    // Its own editors and national_admin see it exact: 2 000 000 / 44 = 45 454.5…, rounded to 45 455.
    for (const token of [await tokens.editor(A), await tokens.admin()]) {
      expect(await keyFigures(A, 2010, token)).toMatchObject({ participants: 44, costPerParticipant: 45_455, suppressed: false });
    }
  });

  it('withholds small counts and a small denominator (situationReported below 5) from the public and other förbund', async () => {
    const withheld = { participants: null, fundingTotal: 300_000, costPerParticipant: null, situationReported: null, toWorkOrStudies: null, shareToWorkOrStudies: null, shareInterval: null, suppressed: true };
    expect(await keyFigures(C, 2010)).toMatchObject(withheld);
    expect(await keyFigures(C, 2010, await tokens.editor(A))).toMatchObject(withheld);
    const exact = await keyFigures(C, 2010, await tokens.editor(C));
    expect(exact).toMatchObject({ participants: 3, costPerParticipant: 100_000, situationReported: 3, toWorkOrStudies: 2, suppressed: false });
    expectInterval(exact.shareInterval, 2, 3);
  });

  it('says what is not there: no funding reported, no participants reported', async () => {
    // C ran nothing in 2011 and reported no funding: 0 participants is a small count for the public.
    expect(await keyFigures(C, 2011)).toMatchObject({ participants: null, fundingTotal: null, costPerParticipant: null, shareToWorkOrStudies: null, suppressed: true });
    expect(await keyFigures(C, 2011, await tokens.admin())).toMatchObject({ participants: 0, situationReported: 0, fundingTotal: null, costPerParticipant: null, shareToWorkOrStudies: null, shareInterval: null, suppressed: false });
    const refused = await gateway(KEY_FIGURES, { id: A, year: 1990 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('answers every förbund of a comparison in one query, with SQL constant in the number of förbund', async () => {
    const query = `query ($first: Int!) {
      forbunds(first: $first) { edges { node { id keyFigures(year: 2010) { participants costPerParticipant shareToWorkOrStudies shareInterval { low high } } } } }
    }`;
    const one = await gateway<{ forbunds: { edges: { node: { id: string } }[] } }>(query, { first: 1 });
    const all = await gateway<{ forbunds: { edges: { node: { id: string; keyFigures: { costPerParticipant: number | null } } }[] } }>(query, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(all.data!.forbunds.edges.length).toBeGreaterThanOrEqual(9);
    expect(all.data!.forbunds.edges.find((e) => e.node.id === B)!.node.keyFigures.costPerParticipant).toBe(40_000);
    const sql = subgraphSql(all);
    expect(sql).toEqual(subgraphSql(one));
    // One fetch each of projects and funding, each at most two statements.
    expect(sql.projects).toBeLessThanOrEqual(2);
    expect(sql.funding).toBeLessThanOrEqual(2);
  });
});

const NATIONAL = `query ($year: Int!, $lan: String) {
  keyFigures(year: $year, lan: $lan) {
    areaCode year lan { code name } forbundIds
    participants situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high } fundingTotal costPerParticipant suppressed
    byLan { areaCode lan { code } participants situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high } fundingTotal costPerParticipant suppressed }
  }
  fundingSummary(year: $year) { total }
  projectStatistics(year: $year) { participants { total } }
}`;

interface AreaFigures extends Omit<KeyFigures, 'forbundId' | 'year'> {
  areaCode: string;
  year: number;
  lan: { code: string; name?: string } | null;
  forbundIds: string[];
  byLan: (AreaFigures & { lan: { code: string } })[] | null;
}

async function national(year: number, lan: string | null, token?: string) {
  const result = await gateway<{ keyFigures: AreaFigures; fundingSummary: { total: number }; projectStatistics: { participants: { total: number | null } } }>(
    NATIONAL,
    { year, lan },
    token,
  );
  expect(result.errors).toBeUndefined();
  return result;
}

/** Whole kronor, rounded half up, computed apart from the hub's bigint arithmetic. */
const perParticipant = (total: number, participants: number) => Math.floor(total / participants + 0.5);

describe('keyFigures: the nation and its län', () => {
  it('2011: the nation sums every published project, the funding is fundingSummary\'s, the total is projectStatistics\'s', async () => {
    const { data } = await national(2011, null);
    const nation = data!.keyFigures;
    // A1 2011 (30; 9 + 6 of 25 reported) and B1 2011 (20; nothing reported).
    expect(nation).toMatchObject({ areaCode: 'SE', year: 2011, lan: null, participants: 50, situationReported: 25, toWorkOrStudies: 15, suppressed: false });
    expect(nation.participants).toBe(data!.projectStatistics.participants.total);
    expect(nation.shareToWorkOrStudies).toBeCloseTo(0.6, 3);
    expectInterval(nation.shareInterval, 15, 25);
    expect(nation.fundingTotal).toBe(data!.fundingSummary.total);
    expect(nation.fundingTotal).toBeGreaterThanOrEqual(3_000_000);
    expect(nation.costPerParticipant).toBe(perParticipant(data!.fundingSummary.total, 50));
    expect(nation.forbundIds).toEqual(expect.arrayContaining([A, B, C, 'sodertalje-nykvarn']));
  });

  it('2012: shows the national share although every project year withholds its own, when no förbund could single one out', async () => {
    const { data } = await national(2012, null);
    const nation = data!.keyFigures;
    // A3, B2, C2: 30 each; to work or studies 20 + 10 + 10 of 90. Withheld on each page; the nation's sum
    // leaves two unknown project years to each förbund's editors, 60 reported and 20 or more to work or studies.
    expect(nation).toMatchObject({ participants: 90, situationReported: 90, toWorkOrStudies: 40, suppressed: false });
    expect(nation.shareToWorkOrStudies).toBeCloseTo(40 / 90, 3);
    expectInterval(nation.shareInterval, 40, 90);

    // byLan: all 21 län, by länskod; a län's sums only where every project year shows them on its page.
    const byLan = nation.byLan!;
    expect(byLan.map((l) => l.lan.code)).toEqual(['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25']);
    expect(byLan.find((l) => l.areaCode === '20')).toMatchObject({
      participants: 60,
      situationReported: null,
      toWorkOrStudies: null,
      shareToWorkOrStudies: null,
      shareInterval: null,
      fundingTotal: 900_000 + 600_000,
      costPerParticipant: 25_000,
      suppressed: true,
    });
    expect(byLan.find((l) => l.areaCode === '22')).toMatchObject({ participants: 30, situationReported: null, fundingTotal: 300_000, costPerParticipant: 10_000, suppressed: true });

    // national_admin sees every län exact.
    const exact = (await national(2012, null, await tokens.admin())).data!.keyFigures;
    const dalarna = exact.byLan!.find((l) => l.areaCode === '20')!;
    expect(dalarna).toMatchObject({ participants: 60, situationReported: 60, toWorkOrStudies: 30, suppressed: false });
    expectInterval(dalarna.shareInterval, 30, 60);
  });

  it('2010: withholds the nation\'s figures where one förbund, knowing its own, could work out another\'s small project', async () => {
    const { data } = await national(2010, null);
    // Withheld on the pages: A2 (4) and C1 (3). A's editors know A2, so 72 − 40 − 25 − 4 would give C1's 3.
    expect(data!.keyFigures).toMatchObject({ participants: null, situationReported: null, toWorkOrStudies: null, shareInterval: null, costPerParticipant: null, suppressed: true });
    expect(data!.projectStatistics.participants.total).toBeNull();
    const exact = await national(2010, null, await tokens.admin());
    const nation = exact.data!.keyFigures;
    expect(nation).toMatchObject({ participants: 72, situationReported: 68, toWorkOrStudies: 32, suppressed: false });
    expect(nation.shareToWorkOrStudies).toBeCloseTo(32 / 68, 3);
    expectInterval(nation.shareInterval, 32, 68);
    expect(nation.costPerParticipant).toBe(perParticipant(exact.data!.fundingSummary.total, 72));
  });

  it('answers one län, and its trend over a range of years', async () => {
    const { data } = await national(2012, '20');
    expect(data!.keyFigures).toMatchObject({ areaCode: '20', lan: { code: '20', name: 'Dalarnas län' }, byLan: null, participants: 60, fundingTotal: 1_500_000 });
    expect(data!.keyFigures.forbundIds).toEqual(expect.arrayContaining([A, B]));
    expect(data!.keyFigures.forbundIds).not.toContain(C);

    const trend = await gateway<{ keyFigureTrend: AreaFigures[] }>(
      `query { keyFigureTrend(fromYear: 2010, toYear: 2012, lan: "20") { year participants situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high } fundingTotal costPerParticipant } }`,
    );
    expect(trend.errors).toBeUndefined();
    const [y2010, y2011, y2012] = trend.data!.keyFigureTrend;
    // 2010: A1, A2 (withheld on its page, so no total) and B1; situations A1's and B1's, both shown: 20 + 10 of 65.
    expect(y2010).toMatchObject({ year: 2010, participants: null, situationReported: 65, toWorkOrStudies: 30, fundingTotal: 3_000_000, costPerParticipant: null });
    expectInterval(y2010!.shareInterval, 30, 65);
    expect(y2011).toMatchObject({ year: 2011, participants: 50, situationReported: 25, toWorkOrStudies: 15, fundingTotal: 3_000_000, costPerParticipant: 60_000 });
    expect(y2012).toMatchObject({ year: 2012, participants: 60, situationReported: null, fundingTotal: 1_500_000, costPerParticipant: 25_000 });

    const nationTrend = await gateway<{ keyFigureTrend: AreaFigures[] }>(`query { keyFigureTrend(fromYear: 2011, toYear: 2012) { year areaCode participants } }`);
    expect(nationTrend.data!.keyFigureTrend).toEqual([
      { year: 2011, areaCode: 'SE', participants: 50 },
      { year: 2012, areaCode: 'SE', participants: 90 },
    ]);
  });

  it('refuses what is no area or no range', async () => {
    expect((await gateway(NATIONAL, { year: 2012, lan: 'X' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lan' });
    expect((await gateway(`query { keyFigureTrend(fromYear: 2012, toYear: 2010) { year } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromYear' });
  });

  it('costs at most one statement per subgraph fetch, for the nation with its 21 län as for one län', async () => {
    const query = `query ($lan: String) { keyFigures(year: 2012, lan: $lan) { participants costPerParticipant shareInterval { low } byLan { participants costPerParticipant shareInterval { low } } } }`;
    const all = await gateway(query, {});
    const one = await gateway(query, { lan: '20' });
    expect(all.errors).toBeUndefined();
    // The nation and its byLan are two fetches from projects and from funding (the gateway asks for the
    // entities of each path apart), one statement each; the 21 län share theirs.
    expect(subgraphSql(all)).toEqual({ registry: 1, projects: 2, funding: 2 });
    expect(subgraphSql(one)).toEqual({ registry: 1, projects: 1, funding: 1 });
  });
});

describe('caching', () => {
  it('lets shared caches keep the public view of a method page with its outcomes, and of the national figures, but never a signed-in one', async () => {
    const page = await gateway(`query ($id: ID!) { method(id: $id) { name evidenceLevel outcomes { participants shareToWorkOrStudies shareInterval { low high } } } }`, { id: METHOD });
    expect(page.errors).toBeUndefined();
    expect(page.headers.get('cache-control')).toContain('public');
    const nation = await gateway(`{ keyFigures(year: 2011) { participants costPerParticipant shareInterval { low } byLan { lan { name } participants } } }`);
    expect(nation.errors).toBeUndefined();
    expect(nation.headers.get('cache-control')).toContain('public');
    const signedIn = await gateway(`{ keyFigures(year: 2011) { participants } }`, {}, await tokens.editor(A));
    expect(signedIn.headers.get('cache-control') ?? 'none').not.toContain('public');
  });
});

describe('a förbund of several withheld project years', () => {
  it('shows its share (the part its pages withhold spans two years, each part 5 or more), and so does the nation; its län does not', async () => {
    // A4: 7 + 3 of 30, A5: 8 + 2 of 30; each withheld on its page (3 and 2 below 5). Together 20 of 60.
    const a = await keyFigures(A, 2013);
    expect(a).toMatchObject({ participants: 60, situationReported: 60, toWorkOrStudies: 20, suppressed: false });
    expect(a.shareToWorkOrStudies).toBeCloseTo(1 / 3, 3);
    expectInterval(a.shareInterval, 20, 60);
    expect(await keyFigures(A, 2013, await tokens.editor(B))).toEqual(a);

    const { data } = await national(2013, null);
    expect(data!.keyFigures).toMatchObject({ participants: 60, situationReported: 60, toWorkOrStudies: 20, suppressed: false });
    // A län shows only what every page shows: the participants, not the situation.
    expect(data!.keyFigures.byLan!.find((l) => l.areaCode === '20')).toMatchObject({ participants: 60, situationReported: null, shareInterval: null, suppressed: true });
  });
});

describe('after a write', () => {
  it('answers the nation anew: the kept audit of a year is keyed by its project years', async () => {
    const token = await tokens.admin();
    const before = (await national(2015, null, token)).data!.keyFigures;
    await project(B, 'Utfall B3', 2015, 2015, [], [{ year: 2015, participants: 12, women: 6, men: 6, situation: [3, 3, 3, 3] }]);
    const after = (await national(2015, null, token)).data!.keyFigures;
    expect(after.participants).toBe(before.participants! + 12);
    expect(after.situationReported).toBe(before.situationReported! + 12);
    expect(after.toWorkOrStudies).toBe(before.toWorkOrStudies! + 6);
  });
});
