import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumMissing, launchChromium, offlineContext, screenshot, seriousAxeViolations } from './support/browser.ts';
import { gateway, tokens } from './support/client.ts';

/**
 * Issue 15, deliverable 6: the pages show the outcomes of a method and the key figures of a förbund, the
 * nation and each län. The rows are written here through the API, as national_admin and the förbund's
 * editor would: a förbund "test-webb-utfall" in Värmlands län (17), which no other test uses, two
 * methods of its own, and participation in 2015 and 2016. Every figure the pages should show is worked
 * out here by hand (the Wilson interval from its quadratic, Swedish formats spelled out), not by the hub.
 */
const origin = new URL(inject('gatewayUrl')).origin;
const missing = chromiumMissing();
const why = missing ? ` (skipped: ${missing})` : '';

const FORBUND = 'test-webb-utfall';
const METHOD = 'test-webb-utfall-metod';
const SMALL = 'test-webb-utfall-fa';
const SUPPRESSED = 'Döljs: för få deltagare';

const Z = 1.959964;
/** The Wilson interval as the roots of (1 + z²/n)p² − (2x/n + z²/n)p + (x/n)² = 0. */
function wilson(x: number, n: number): { low: number; high: number } {
  const a = 1 + (Z * Z) / n;
  const b = -((2 * x) / n + (Z * Z) / n);
  const c = (x / n) ** 2;
  const d = Math.sqrt(b * b - 4 * a * c);
  return { low: (-b - d) / (2 * a), high: (-b + d) / (2 * a) };
}

/** 0.5385 as "53,8", one decimal with a decimal comma. */
const tenths = (fraction: number) => (fraction * 100).toFixed(1).replace('.', ',');
/** "53,8 % (95 %: 41,9–65,3 %)", with the non-breaking spaces sv-SE puts before the per cent sign. */
const swedishShare = (x: number, n: number) => {
  const i = wilson(x, n);
  return `${tenths(x / n)}\u00a0% (95\u00a0%: ${tenths(i.low)}–${tenths(i.high)}\u00a0%)`;
};
/** 21200000 as "21 200 000", with the non-breaking spaces sv-SE groups thousands with. */
const swedishNumber = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, '\u00a0');
/** 21200000 as "21 200 000 kr". */
const swedishKronor = (amount: number) => `${swedishNumber(amount)}\u00a0kr`;

/** The text of the element with the id, without tags and Svelte's comments, its white space collapsed. */
function textOf(html: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>(.*?)</(dd|td|li|strong)>`, 's').exec(html);
  expect(match, `#${id} on the page`).not.toBeNull();
  return match![1]!.replace(/<!--.*?-->/gs, '').replace(/<[^>]+>/g, '').replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The cells of the row headed by the text in a table with the id, without tags. */
function rowOf(html: string, tableId: string, header: string): string[] {
  const table = new RegExp(`<table id="${tableId}".*?</table>`, 's').exec(html)?.[0] ?? '';
  const row = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]!).find((r) => r.replace(/<!--.*?-->/gs, '').includes(`<th scope="row">${header}</th>`));
  expect(row, `row "${header}" in #${tableId}`).toBeDefined();
  return [...row!.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!.replace(/<!--.*?-->/gs, '').replace(/<[^>]+>/g, '').replace(/[ \t\r\n]+/g, ' ').trim());
}

async function html(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  expect(response.status, path).toBe(200);
  return response.text();
}

async function ok(query: string, variables: Record<string, unknown>, token: string): Promise<Record<string, unknown>> {
  const answer = await gateway(query, variables, token);
  expect(answer.errors, query).toBeUndefined();
  return answer.data!;
}

/**
 * The rows, and what each is for:
 * - P1 (METHOD, 2015): 40 people, situation 12/8/10/10 (all shown on its page);
 * - P2 (METHOD, 2015): 30 people, 9/6/5/5 (25 reported, 5 not stated: shown);
 * - P3 (SMALL, 2016): 3 people, 1/1/1/0: every figure small, so SMALL's outcomes and the förbund's 2016 are withheld;
 * - P4 (METHOD, 2017): 24 people, 6/5/7/6 (all shown), for the method page's years.
 * Funding 2015: 1 400 000 kr, so 20 000 kr per participant; none for 2016.
 */
beforeAll(async () => {
  const admin = await tokens.admin();
  const editor = await tokens.editor(FORBUND);
  await ok(
    'mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }',
    {
      input: {
        id: FORBUND,
        name: 'Testförbundet för utfallssidorna',
        activeSinceYear: 2014,
        lanCode: '17',
        source: 'test',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Värmland', lanCode: '17' } },
          { party: { kind: 'KOMMUN', name: 'Karlstads kommun', kommunCode: '1780' } },
        ],
      },
    },
    admin,
  );
  for (const [id, name] of [
    [METHOD, 'Utfallssidornas metod'],
    [SMALL, 'Utfallssidornas lilla metod'],
  ] as const) {
    await ok(
      'mutation ($forbundId: ID!, $input: ProposeMethodInput!) { proposeMethod(forbundId: $forbundId, input: $input) { id } }',
      {
        forbundId: FORBUND,
        input: {
          id,
          name,
          summary: 'En metod som testerna för sidornas utfall skapar.',
          description: 'Används av testernas insatser.',
          targetGroups: ['LONG_TERM_UNEMPLOYED'],
          evidenceLevel: 'PROMISING',
          source: 'test',
        },
      },
      admin,
    );
    await ok('mutation ($id: ID!) { publishMethod(id: $id) { id } }', { id }, admin);
  }
  const projects: [string, string, number, { participants: number; women: number; men: number; situation: [number, number, number, number] }][] = [
    ['Utfallssidornas P1', METHOD, 2015, { participants: 40, women: 20, men: 20, situation: [12, 8, 10, 10] }],
    ['Utfallssidornas P2', METHOD, 2015, { participants: 30, women: 15, men: 15, situation: [9, 6, 5, 5] }],
    ['Utfallssidornas P3', SMALL, 2016, { participants: 3, women: 1, men: 2, situation: [1, 1, 1, 0] }],
    ['Utfallssidornas P4', METHOD, 2017, { participants: 24, women: 12, men: 12, situation: [6, 5, 7, 6] }],
  ];
  for (const [title, methodId, year, y] of projects) {
    const created = (await ok(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          forbundId: FORBUND,
          title,
          kind: 'INDIVIDUAL',
          startsOn: `${year}-01-01`,
          endsOn: `${year}-12-31`,
          targetGroups: ['LONG_TERM_UNEMPLOYED'],
          partyKinds: ['KOMMUN', 'ARBETSFORMEDLINGEN'],
          methodIds: [methodId],
        },
      },
      editor,
    )) as { createProject: { id: string } };
    const projectId = created.createProject.id;
    const [work, studies, jobSeeking, other] = y.situation;
    await ok(
      'mutation ($projectId: ID!, $input: ParticipationInput!) { reportParticipation(projectId: $projectId, input: $input) { year } }',
      { projectId, input: { year, participants: y.participants, women: y.women, men: y.men, situationAfter: { work, studies, jobSeeking, other } } },
      editor,
    );
    await ok('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: projectId }, editor);
  }
  // Half from the state, a quarter each from the region and the kommun (Lag 2003:1210, 17 §).
  await ok(
    'mutation ($forbundId: ID!, $input: FundingYearInput!) { reportFunding(forbundId: $forbundId, input: $input) { year } }',
    {
      forbundId: FORBUND,
      input: {
        year: 2015,
        contributions: [
          { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 700_000 },
          { partyKind: 'REGION', partyName: 'Region Värmland', amount: 350_000 },
          { partyKind: 'KOMMUN', partyName: 'Karlstads kommun', kommunCode: '1780', amount: 350_000 },
        ],
      },
    },
    admin,
  );
});

describe('the outcomes and key figures on the pages (issue 15)', () => {
  it('the method page shows participants, the share with its interval and the counts beside the evidence level', async () => {
    const page = await html(`/metoder/${METHOD}`);
    // All years, P1, P2 and P4: 40 + 30 + 24 participants, 40 + 25 + 24 reported, 12 + 8 + 9 + 6 + 6 + 5 to work or studies.
    expect(textOf(page, 'utfall-deltagare')).toBe('94');
    expect(textOf(page, 'utfall-andel')).toBe(`${swedishShare(46, 89)}, av 89 deltagare vars situation efteråt är rapporterad`);
    expect(textOf(page, 'utfall-underlag')).toBe('3 insatser i 1 förbund');
    expect(page.indexOf('Evidensläge')).toBeLessThan(page.indexOf('id="utfall-deltagare"'));
    expect(page).toContain('publicerade insatser med metoden, alla år.');
  });

  it('the method page takes the years of its outcomes from ?fran= and ?till=, and its form picks them', async () => {
    // 2015–2016: P1 and P2 (P3 is another method's): 70 participants, 35 of 65 to work or studies.
    const early = await html(`/metoder/${METHOD}?fran=2015&till=2016`);
    expect(textOf(early, 'utfall-deltagare')).toBe('70');
    expect(textOf(early, 'utfall-andel')).toBe(`${swedishShare(35, 65)}, av 65 deltagare vars situation efteråt är rapporterad`);
    expect(textOf(early, 'utfall-underlag')).toBe('2 insatser i 1 förbund');
    expect(early).toContain('publicerade insatser med metoden, åren 2015–2016.');
    // The form, a GET that works without JavaScript, shows the years asked for as chosen.
    const form = /<form id="utfall"[^>]*>.*?<\/form>/s.exec(early)?.[0] ?? '';
    expect(form).toContain('method="get"');
    expect(form).toMatch(/<select id="fran" name="fran">.*<option value="2015" selected[^>]*>2015<\/option>/s);
    expect(form).toMatch(/<select id="till" name="till">.*<option value="2016" selected[^>]*>2016<\/option>/s);
    // From 2017 on: P4 alone, 24 participants, 11 of 24.
    const late = await html(`/metoder/${METHOD}?fran=2017`);
    expect(textOf(late, 'utfall-deltagare')).toBe('24');
    expect(textOf(late, 'utfall-andel')).toBe(`${swedishShare(11, 24)}, av 24 deltagare vars situation efteråt är rapporterad`);
    expect(textOf(late, 'utfall-underlag')).toBe('1 insats i 1 förbund');
    expect(late).toContain('publicerade insatser med metoden, från 2017.');
    // Up to 2016 alone: the same as 2015–2016, the empty ?fran= meaning "from the first year".
    expect(textOf(await html(`/metoder/${METHOD}?fran=&till=2016`), 'utfall-deltagare')).toBe('70');
    // A range that ends before it starts, or a year that is none, is a 400 in Swedish.
    for (const bad of ['?fran=2017&till=2015', '?fran=tjugo', '?till=1999']) {
      const response = await fetch(`${origin}/metoder/${METHOD}${bad}`);
      expect(response.status, bad).toBe(400);
      await response.body?.cancel();
    }
  });

  it('the method page says a withheld figure is withheld, in Swedish, and shows no number for it', async () => {
    const page = await html(`/metoder/${SMALL}`);
    expect(textOf(page, 'utfall-deltagare')).toBe(SUPPRESSED);
    expect(textOf(page, 'utfall-andel')).toBe(SUPPRESSED);
    expect(textOf(page, 'utfall-underlag')).toBe('1 insats i 1 förbund');
  });

  it('the förbund page shows the key figures of the chosen year in sv-SE, the share with its interval', async () => {
    const page = await html(`/forbund/${FORBUND}?year=2015`);
    expect(page).toContain('Nyckeltal 2015');
    expect(rowOf(page, 'nyckeltal-tabell', 'Deltagare')).toEqual(['70']);
    expect(rowOf(page, 'nyckeltal-tabell', 'Medel totalt')).toEqual([swedishKronor(1_400_000)]);
    expect(rowOf(page, 'nyckeltal-tabell', 'Kostnad per deltagare')).toEqual([swedishKronor(Math.round(1_400_000 / 70))]);
    expect(rowOf(page, 'nyckeltal-tabell', 'Till arbete eller studier')).toEqual(['35']);
    expect(rowOf(page, 'nyckeltal-tabell', 'Andel till arbete eller studier (95 % konfidensintervall)')).toEqual([swedishShare(35, 65)]);
    // The nation's share of the year, and the förbund read against it only as far as the interval allows.
    const nation = (await gateway<{ keyFigures: { shareToWorkOrStudies: number | null } }>('{ keyFigures(year: 2015) { shareToWorkOrStudies } }')).data!.keyFigures;
    if (nation.shareToWorkOrStudies !== null) {
      const { low, high } = wilson(35, 65);
      const verdict = low > nation.shareToWorkOrStudies ? 'högre än riket' : high < nation.shareToWorkOrStudies ? 'lägre än riket' : 'kan inte skiljas från riket';
      expect(rowOf(page, 'nyckeltal-tabell', 'Rikets andel till arbete eller studier')).toEqual([`${tenths(nation.shareToWorkOrStudies)}\u00a0%; förbundet ${verdict}`]);
    }
    expect(page).toContain('överlappar rikets andel kan inte sägas vara bättre eller sämre än riket');
  });

  it('the förbund page’s key figures download as CSV in both forms, equal to the API’s and to the figures worked out here', async () => {
    type Figures = {
      participants: number | null;
      fundingTotal: number | null;
      costPerParticipant: number | null;
      situationReported: number | null;
      toWorkOrStudies: number | null;
      shareToWorkOrStudies: number | null;
      shareInterval: { low: number; high: number } | null;
    };
    const page = await html(`/forbund/${FORBUND}?year=2015`);
    expect(page).toContain(`href="/forbund/${FORBUND}/nyckeltal.csv?year=2015"`);
    expect(page).toContain(`href="/forbund/${FORBUND}/nyckeltal.csv?year=2015&amp;format=rfc4180"`);
    for (const year of [2015, 2016]) {
      const api = await gateway<{ forbund: { keyFigures: Figures }; keyFigures: { shareToWorkOrStudies: number | null } }>(
        `query ($id: ID!, $year: Int!) {
          forbund(id: $id) { keyFigures(year: $year) { participants fundingTotal costPerParticipant situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high } } }
          keyFigures(year: $year) { shareToWorkOrStudies }
        }`,
        { id: FORBUND, year },
      );
      expect(api.errors).toBeUndefined();
      const k = api.data!.forbund.keyFigures;
      const national = api.data!.keyFigures.shareToWorkOrStudies;
      if (year === 2015) {
        // What the API gives is what P1 and P2 make, worked out here: 70, 1 400 000 kr, 20 000 kr, 35 of 65.
        expect(k).toMatchObject({ participants: 70, fundingTotal: 1_400_000, costPerParticipant: 20_000, situationReported: 65, toWorkOrStudies: 35 });
        expect(k.shareToWorkOrStudies).toBeCloseTo(35 / 65, 3);
        expect(k.shareInterval!.low).toBeCloseTo(wilson(35, 65).low, 3);
        expect(k.shareInterval!.high).toBeCloseTo(wilson(35, 65).high, 3);
      } else {
        // 2016: P3's 3 participants, withheld, and no funding reported.
        expect(k).toMatchObject({ participants: null, fundingTotal: null, costPerParticipant: null, shareToWorkOrStudies: null });
      }
      const verdict =
        !k.shareInterval || national === null ? '' : k.shareInterval.low > national ? 'högre än riket' : k.shareInterval.high < national ? 'lägre än riket' : 'kan inte skiljas från riket';
      const expected = (decimal: (n: number) => string) => [
        String(year),
        ...[k.participants, k.fundingTotal, k.costPerParticipant, k.situationReported, k.toWorkOrStudies].map((n) => (n === null ? '' : String(n))),
        ...[k.shareToWorkOrStudies, k.shareInterval?.low ?? null, k.shareInterval?.high ?? null, national].map((n) => (n === null ? '' : decimal(n))),
        verdict,
      ];
      const excelResponse = await fetch(`${origin}/forbund/${FORBUND}/nyckeltal.csv?year=${year}`);
      expect(excelResponse.status).toBe(200);
      expect(excelResponse.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(excelResponse.headers.get('content-disposition')).toBe(`attachment; filename="nyckeltal-${FORBUND}-${year}.csv"`);
      const excel = Buffer.from(await excelResponse.arrayBuffer());
      expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const excelRows = parse(excel.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
      expect(excelRows[0]!.slice(0, 2)).toEqual(['År', 'Deltagare']);
      expect(excelRows.slice(1)).toEqual([expected((n) => String(n).replace('.', ','))]);
      const plainResponse = await fetch(`${origin}/forbund/${FORBUND}/nyckeltal.csv?year=${year}&format=rfc4180`);
      expect(plainResponse.headers.get('content-disposition')).toBe(`attachment; filename="nyckeltal-${FORBUND}-${year}-rfc4180.csv"`);
      const plain = Buffer.from(await plainResponse.arrayBuffer());
      expect(plain[0]).not.toBe(0xef);
      expect(plain.toString('utf8')).toContain('\r\n');
      expect((parse(plain.toString('utf8'), { delimiter: ',' }) as string[][]).slice(1)).toEqual([expected(String)]);
    }
    const unknown = await fetch(`${origin}/forbund/test-webb-utfall-finns-inte/nyckeltal.csv?year=2015`);
    expect(unknown.status).toBe(404);
    await unknown.body?.cancel();
    const badForm = await fetch(`${origin}/forbund/${FORBUND}/nyckeltal.csv?year=2015&format=xlsx`);
    expect(badForm.status).toBe(400);
    await badForm.body?.cancel();
  });

  it('the förbund page withholds a year of 3 participants with the Swedish notice, and says a missing funding is missing', async () => {
    const page = await html(`/forbund/${FORBUND}?year=2016`);
    expect(rowOf(page, 'nyckeltal-tabell', 'Deltagare')).toEqual([SUPPRESSED]);
    expect(rowOf(page, 'nyckeltal-tabell', 'Medel totalt')).toEqual(['uppgift saknas']);
    expect(rowOf(page, 'nyckeltal-tabell', 'Kostnad per deltagare')).toEqual([SUPPRESSED]);
    expect(rowOf(page, 'nyckeltal-tabell', 'Andel till arbete eller studier (95 % konfidensintervall)')).toEqual([SUPPRESSED]);
  });

  it('/statistik gives the key figures of the nation and each län as CSV in both forms, equal to the API’s', async () => {
    type Figures = {
      suppressed: boolean;
      participants: number | null;
      fundingTotal: number | null;
      costPerParticipant: number | null;
      situationReported: number | null;
      toWorkOrStudies: number | null;
      shareToWorkOrStudies: number | null;
      shareInterval: { low: number; high: number } | null;
    };
    const fields = 'suppressed participants fundingTotal costPerParticipant situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high }';
    const api = await gateway<{ keyFigures: Figures & { byLan: (Figures & { lan: { code: string; name: string } })[] } }>(
      `{ keyFigures(year: 2015) { ${fields} byLan { lan { code name } ${fields} } } }`,
    );
    expect(api.errors).toBeUndefined();
    const nation = api.data!.keyFigures;
    expect(nation.byLan).toHaveLength(21);
    const verdict = (f: Figures) => {
      const national = nation.shareToWorkOrStudies;
      if (!f.shareInterval || national === null) return '';
      return f.shareInterval.low > national ? 'högre än riket' : f.shareInterval.high < national ? 'lägre än riket' : 'kan inte skiljas från riket';
    };
    const line = (code: string, name: string, f: Figures, comparison: string, decimal: (n: number) => string) => [
      code,
      name,
      ...[f.participants, f.fundingTotal, f.costPerParticipant, f.situationReported, f.toWorkOrStudies].map((n) => (n === null ? '' : String(n))),
      ...[f.shareToWorkOrStudies, f.shareInterval?.low ?? null, f.shareInterval?.high ?? null].map((n) => (n === null ? '' : decimal(n))),
      comparison,
    ];
    const expected = (decimal: (n: number) => string) => [
      line('SE', 'Hela riket', nation, '', decimal),
      ...nation.byLan.map((l) => line(l.lan.code, l.lan.name, l, verdict(l), decimal)),
    ];
    const excel = Buffer.from(await (await fetch(`${origin}/statistik/nyckeltal.csv?year=2015`)).arrayBuffer());
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelRows = parse(excel.toString('utf8'), { bom: true, delimiter: ';' }) as string[][];
    expect(excelRows[0]![0]).toBe('Länskod');
    expect(excelRows.slice(1)).toEqual(expected((n) => String(n).replace('.', ',')));
    const plain = Buffer.from(await (await fetch(`${origin}/statistik/nyckeltal.csv?year=2015&format=rfc4180`)).arrayBuffer());
    expect(plain[0]).not.toBe(0xef);
    expect((parse(plain.toString('utf8'), { delimiter: ',' }) as string[][]).slice(1)).toEqual(expected(String));
    // Värmland holds this file's förbund: its 70 participants of 2015 are in the län's sum, unless withheld.
    const varmland = nation.byLan.find((l) => l.lan.code === '17')!;
    if (varmland.participants !== null) expect(varmland.participants).toBeGreaterThanOrEqual(70);
    // The nation's last five years, 2011–2015, as keyFigureTrend answers them.
    const trend = await gateway<{ keyFigureTrend: (Figures & { year: number })[] }>(`{ keyFigureTrend(fromYear: 2011, toYear: 2015) { year ${fields} } }`);
    expect(trend.errors).toBeUndefined();
    expect(trend.data!.keyFigureTrend.map((k) => k.year)).toEqual([2011, 2012, 2013, 2014, 2015]);
    const trendCsv = await (await fetch(`${origin}/statistik/nyckeltal-trend.csv?year=2015&format=rfc4180`)).text();
    expect((parse(trendCsv, { delimiter: ',' }) as string[][]).slice(1)).toEqual(
      trend.data!.keyFigureTrend.map((k) => line(String(k.year), '', k, '', String).filter((_, i) => i !== 1 && i !== 10)),
    );
    // The page: the table, the interval beside the share, and the note on comparing.
    const page = await html('/statistik?year=2015');
    expect(page).toContain('Nyckeltal för riket och per län 2015');
    // The nation's figures above the table, as the API gives them or with the reason they are not shown.
    const why = nation.suppressed ? SUPPRESSED : 'uppgift saknas';
    expect(textOf(page, 'riket-deltagare')).toBe(nation.participants === null ? why : swedishNumber(nation.participants));
    if (nation.shareToWorkOrStudies !== null && nation.situationReported !== null && nation.toWorkOrStudies !== null) {
      expect(textOf(page, 'riket-andel')).toBe(swedishShare(nation.toWorkOrStudies, nation.situationReported));
    }
    expect(page).toContain('överlappar rikets andel kan inte sägas vara bättre eller sämre än riket');
    expect(page).toContain('href="/statistik/nyckeltal.csv?year=2015&amp;format=rfc4180"');
  });
});

describe.skipIf(missing)(`the changed pages in Chromium${why}`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let blocked: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context, blocked } = await offlineContext(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const CHANGED = [`/metoder/${METHOD}`, `/metoder/${METHOD}?fran=2015&till=2016`, `/metoder/${SMALL}`, '/metoder/pa-ratt-vag', `/forbund/${FORBUND}?year=2015`, `/forbund/${FORBUND}?year=2016`, '/statistik?year=2015'];

  it('the method page’s year form picks the outcomes’ years without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/metoder/${METHOD}`);
      await page.getByLabel('Från år').selectOption('2017');
      await page.getByLabel('Till och med år').selectOption('2017');
      await page.getByRole('button', { name: 'Visa utfallen' }).click();
      await page.waitForURL(/fran=2017/);
      expect(new URL(page.url()).search).toBe('?fran=2017&till=2017');
      // P4 alone: 24 participants, 11 of 24 to work or studies.
      expect((await page.locator('#utfall-deltagare').innerText()).trim()).toBe('24');
      expect(await page.locator('#utfall-andel').innerText()).toContain(swedishShare(11, 24));
      expect(await page.locator('#utfall-ar').innerText()).toContain('år 2017');
    } finally {
      await noScript.close();
    }
  });

  it.each(CHANGED)('%s reflows at twice the zoom (200 per cent) without a page-wide horizontal scroll', async (path) => {
    // 200 % zoom of a 1280 px window is a 640 px layout viewport; wide tables scroll in their own region.
    const zoomed = await browser.newContext({ viewport: { width: 640, height: 800 }, locale: 'sv-SE' });
    try {
      const page = await zoomed.newPage();
      await page.goto(`${origin}${path}`);
      const overflow = await page.evaluate(() => {
        const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
        return root.scrollWidth - root.clientWidth;
      });
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await zoomed.close();
    }
  });

  it.each(CHANGED)(
    'axe-core finds no serious or critical violation on %s, whose tables have captions and header cells',
    async (path) => {
      const page = await context.newPage();
      expect((await page.goto(`${origin}${path}`))?.status()).toBe(200);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(blocked).toEqual([]);
      for (const table of await page.locator('main table').all()) {
        expect(await table.locator('caption').count()).toBe(1);
        expect(await table.locator('th[scope="col"]').count()).toBeGreaterThan(0);
      }
      await screenshot(page, `web-utfall-${path.replace(/[^a-z0-9]+/gi, '-')}`);
      await page.close();
    },
  );
});
