import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contract, gateway, tokens } from './support/client.ts';

/**
 * Issue 14, open data: each dataset's CSV says, for a chosen year, what the GraphQL API answers the
 * public for the same question. The expected figures come from queries written here, sent through the
 * gateway as any client sends them (several of them the client contract's own), not from the code that
 * makes the files.
 */

/** A year of the demo data with förbund, funding (seed 001's non-compliant 2006 budget) and projects. */
const YEAR = 2006;
/**
 * A year no demo data and no other test file has, written by this file in Kalmar län (08), where the
 * demo data has nothing: projects whose figures the public sees and one whose figures are withheld, and
 * a funding report, so that the comparison covers shown and suppressed figures alike.
 */
const WRITTEN_YEAR = 2017;
const FORBUND = 'test-open-data';

beforeAll(async () => {
  const admin = await tokens.admin();
  const editor = await tokens.editor(FORBUND);
  const ok = (result: { errors?: unknown[] }) => expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  ok(
    await gateway(`mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }`, {
      input: {
        id: FORBUND, name: 'Samordningsförbundet Öppna data', activeSinceYear: WRITTEN_YEAR, lanCode: '08', source: 'test/open-data.test.ts',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Kalmar län', lanCode: '08' } },
          { party: { kind: 'KOMMUN', name: 'Kalmar kommun', kommunCode: '0880' } },
        ],
      },
    }, admin),
  );
  const figures = [
    { title: 'Öppna data: stor insats', targetGroups: ['MENTAL_ILL_HEALTH', 'LONG_TERM_UNEMPLOYED'], participants: 40, women: 21, men: 17 },
    { title: 'Öppna data: mellanstor insats', targetGroups: ['MENTAL_ILL_HEALTH'], participants: 25, women: 12, men: 11 },
    { title: 'Öppna data: liten insats', targetGroups: ['NEWLY_ARRIVED'], participants: 3, women: 2, men: 1 },
  ];
  for (const f of figures) {
    const created = await gateway<{ createProject: { id: string } }>(`mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
      input: { forbundId: FORBUND, title: f.title, kind: 'INDIVIDUAL', startsOn: `${WRITTEN_YEAR}-01-01`, endsOn: `${WRITTEN_YEAR}-12-31`, targetGroups: f.targetGroups, partyKinds: ['KOMMUN', 'ARBETSFORMEDLINGEN'] },
    }, editor);
    ok(created);
    const projectId = created.data!.createProject.id;
    ok(await contract('ReportParticipation', { projectId, input: { year: WRITTEN_YEAR, participants: f.participants, women: f.women, men: f.men } }, editor));
    ok(await contract('PublishProject', { id: projectId }, editor));
  }
  ok(
    await contract('ReportFunding', {
      forbundId: FORBUND,
      input: {
        year: WRITTEN_YEAR, budgetedTotal: 2_000_000, source: 'test/open-data.test.ts',
        contributions: [
          { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 1_000_000 },
          { partyKind: 'REGION', partyName: 'Region Kalmar län', amount: 500_000 },
          { partyKind: 'KOMMUN', partyName: 'Kalmar kommun', kommunCode: '0880', amount: 500_000 },
        ],
      },
    }, editor),
  );
});
const origin = new URL(inject('gatewayUrl')).origin;

type CsvRow = Record<string, string>;

async function download(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${origin}${path}`, init);
}

async function csv(path: string): Promise<CsvRow[]> {
  const response = await download(path);
  const body = await response.text();
  expect(response.status, body).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
  return parse(body, { columns: true, record_delimiter: '\r\n' }) as CsvRow[];
}

/** A figure as the CSV writes it: empty for null (withheld or unknown). */
const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function expectOk<T>(result: { status: number; data?: T; errors?: unknown[] }): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data!;
}

/**
 * Every förbund a query's `forbunds` connection gives, page by page: other test files register a
 * hundred and more, so one page is not all. `selection` is the node's fields; `filter` the connection's.
 */
async function everyForbund<N>(selection: string, filter: string, variables: Record<string, unknown>): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page: { forbunds: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: N }[] } } = expectOk(
      await gateway(`query ($year: Int!, $after: String) { forbunds(${filter} first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`, { ...variables, after }),
    );
    nodes.push(...page.forbunds.edges.map((e) => e.node));
    if (!page.forbunds.pageInfo.hasNextPage) return nodes;
    after = page.forbunds.pageInfo.endCursor;
  }
}

describe.each([YEAR, WRITTEN_YEAR])('open data: each CSV equals the API for the same question, %i', (YEAR) => {
  it('forbund: the förbund active in the year with the memberships that held then', async () => {
    type Node = { id: string; name: string; orgNumber: string | null; lan: { code: string } | null; members: { party: { id: string; kind: string; name: string; kommun: { code: string } | null }; joinedOn: string | null; leftOn: string | null }[] };
    const nodes = await everyForbund<Node>('id name orgNumber lan { code } members(activeIn: $year) { party { id kind name kommun { code } } joinedOn leftOn }', 'filter: { activeIn: $year },', { year: YEAR });
    const expected = nodes.flatMap((f) =>
      f.members.map((m) => [f.id, f.name, cell(f.orgNumber), cell(f.lan?.code), m.party.id, m.party.kind, m.party.name, cell(m.party.kommun?.code), cell(m.joinedOn), cell(m.leftOn)]),
    );
    expect(expected.length).toBeGreaterThan(0);
    const rows = await csv(`/open-data/forbund.csv?year=${YEAR}`);
    expect(rows.map((r) => [r.forbund_id, r.forbund_namn, r.organisationsnummer, r.lan_kod, r.part_id, r.part_typ, r.part_namn, r.kommun_kod, r.medlem_fran, r.medlem_till])).toEqual(expected);
  });

  it('tackning: the nation (00) and every län, as coverage(year) answers', async () => {
    const { coverage } = expectOk(
      await contract<{ coverage: { forbundCount: number; kommunerTotal: number; kommunerCovered: number; byLan: { lan: { code: string; name: string }; kommunerTotal: number; kommunerCovered: number; forbundCount: number }[] } }>('NationalOverview', { year: YEAR }),
    );
    const rows = await csv(`/open-data/tackning.csv?year=${YEAR}`);
    expect(rows).toEqual([
      { ar: String(YEAR), lan_kod: '00', lan_namn: 'Riket', kommuner_totalt: cell(coverage.kommunerTotal), kommuner_tackta: cell(coverage.kommunerCovered), forbund_antal: cell(coverage.forbundCount) },
      ...coverage.byLan.map((l) => ({ ar: String(YEAR), lan_kod: l.lan.code, lan_namn: l.lan.name, kommuner_totalt: cell(l.kommunerTotal), kommuner_tackta: cell(l.kommunerCovered), forbund_antal: cell(l.forbundCount) })),
    ]);
    expect(coverage.kommunerCovered).toBeGreaterThan(0);
  });

  it('finansiering: every contribution line with its förbund total and the 17 § check, summing to fundingSummary', async () => {
    type Node = { id: string; funding: { total: number; budgetedTotal: number | null; contributions: { partyKind: string; partyName: string; kommun: { code: string } | null; amount: number }[]; statutoryShares: { compliant: boolean; stateShare: number; regionShare: number; kommunShare: number; deviations: string[] } } | null };
    const nodes = await everyForbund<Node>(
      'id funding(year: $year) { total budgetedTotal contributions { partyKind partyName kommun { code } amount } statutoryShares { compliant stateShare regionShare kommunShare deviations } }',
      '',
      { year: YEAR },
    );
    const expected = nodes.flatMap((f) =>
      (f.funding?.contributions ?? []).map((c) => {
        const s = f.funding!.statutoryShares;
        return [f.id, c.partyKind, c.partyName, cell(c.kommun?.code), cell(c.amount), cell(f.funding!.total), cell(f.funding!.budgetedTotal), cell(s.stateShare), cell(s.regionShare), cell(s.kommunShare), cell(s.compliant), s.deviations.join(' | ')];
      }),
    );
    const rows = await csv(`/open-data/finansiering.csv?year=${YEAR}`);
    expect(rows.every((r) => r.ar === String(YEAR))).toBe(true);
    expect(
      rows.map((r) => [r.forbund_id, r.part_typ, r.part_namn, r.kommun_kod, r.belopp_kr, r.forbund_totalt_kr, r.budgeterat_totalt_kr, r.statens_andel, r.regionernas_andel, r.kommunernas_andel, r.uppfyller_17_paragraf, r.avvikelser]),
    ).toEqual(expected);
    // The national figures the API computes itself: the lines add up to its total, the förbund it
    // names non-compliant are those whose rows say so.
    const { fundingSummary } = expectOk(await contract<{ fundingSummary: { total: number; forbundReporting: number; nonCompliantForbund: { id: string }[] } }>('NationalOverview', { year: YEAR }));
    expect(rows.reduce((sum, r) => sum + Number(r.belopp_kr), 0)).toBe(fundingSummary.total);
    expect(new Set(rows.map((r) => r.forbund_id)).size).toBe(fundingSummary.forbundReporting);
    expect([...new Set(rows.filter((r) => r.uppfyller_17_paragraf === 'false').map((r) => r.forbund_id))].sort()).toEqual(fundingSummary.nonCompliantForbund.map((f) => f.id).sort());
    // Seed 001's 2006 budget breaks 17 §; this file's 2017 report keeps it.
    if (YEAR === 2006) expect(fundingSummary.nonCompliantForbund.length).toBeGreaterThan(0);
    if (YEAR === WRITTEN_YEAR) expect(rows.filter((r) => r.forbund_id === FORBUND).map((r) => r.uppfyller_17_paragraf)).toEqual(['true', 'true', 'true']);
  });

  it('projektstatistik: the nation and each län, totals and target groups, suppressed as the API suppresses them for the public', async () => {
    type Statistics = { activeProjects: number; projectsReporting: number; participants: { total: number | null; women: number | null; men: number | null; suppressed: boolean }; byTargetGroup: { targetGroup: string; activeProjects: number; participants: number | null }[] };
    const fields = 'activeProjects projectsReporting participants { total women men suppressed } byTargetGroup { targetGroup activeProjects participants }';
    const { lans } = expectOk(await gateway<{ lans: { code: string; name: string }[] }>('{ lans { code name } }'));
    const national = expectOk(await gateway<{ projectStatistics: Statistics }>(`query ($year: Int!) { projectStatistics(year: $year) { ${fields} } }`, { year: YEAR }));
    const expected: string[][] = [];
    const add = (code: string, name: string, s: Statistics) => {
      expected.push([code, name, '', cell(s.activeProjects), cell(s.projectsReporting), cell(s.participants.total), cell(s.participants.women), cell(s.participants.men), cell(s.participants.suppressed)]);
      for (const g of s.byTargetGroup) expected.push([code, name, g.targetGroup, cell(g.activeProjects), '', cell(g.participants), '', '', cell(g.participants === null)]);
    };
    add('00', 'Riket', national.projectStatistics);
    for (const lan of lans) {
      // Each län asked on its own, as a client asks, not as the file's one operation asks.
      const { projectStatistics } = expectOk(await gateway<{ projectStatistics: Statistics }>(`query ($year: Int!, $lan: String) { projectStatistics(year: $year, lan: $lan) { ${fields} } }`, { year: YEAR, lan: lan.code }));
      add(lan.code, lan.name, projectStatistics);
    }
    const rows = await csv(`/open-data/projektstatistik.csv?year=${YEAR}`);
    expect(rows.map((r) => [r.lan_kod, r.lan_namn, r.malgrupp, r.aktiva_insatser, r.insatser_som_rapporterat, r.deltagare, r.kvinnor, r.man, r.undertryckt])).toEqual(expected);
    expect(national.projectStatistics.activeProjects).toBeGreaterThan(0);
    if (YEAR === WRITTEN_YEAR) {
      // Kalmar län: 40 + 25 shown on the projects' pages, 3 withheld, so the län's total is withheld
      // (it would give the 3 away) while the target groups of the larger projects are shown.
      const kalmar = rows.filter((r) => r.lan_kod === '08').map((r) => [r.malgrupp, r.deltagare, r.undertryckt]);
      expect(kalmar).toEqual([
        ['', '', 'true'],
        ['MENTAL_ILL_HEALTH', '65', 'false'],
        ['LONG_TERM_UNEMPLOYED', '40', 'false'],
        ['NEWLY_ARRIVED', '', 'true'],
      ]);
    }
  });

  it('metoder: every published method, as the method library lists it', async () => {
    const { methods } = expectOk(
      await contract<{ methods: { totalCount: number; edges: { node: { id: string; name: string; summary: string; targetGroups: string[]; evidenceLevel: string; usedBy: { id: string }[] } }[] } }>('MethodLibrary', { first: 100 }),
    );
    expect(methods.totalCount).toBeLessThanOrEqual(100);
    const rows = await csv('/open-data/metoder.csv');
    expect(rows.map((r) => [r.metod_id, r.namn, r.sammanfattning, r.malgrupper, r.evidensniva, r.anvands_av])).toEqual(
      methods.edges.map(({ node: m }) => [m.id, m.name, m.summary, m.targetGroups.join('; '), m.evidenceLevel, m.usedBy.map((f) => f.id).join('; ')]),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('open data: files', () => {
  it('the JSON distribution holds the CSV rows, typed, with null where the CSV cell is empty', async () => {
    const rows = await csv(`/open-data/projektstatistik.csv?year=${YEAR}`);
    const response = await download(`/open-data/projektstatistik.json?year=${YEAR}`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const json = (await response.json()) as Record<string, unknown>[];
    expect(json.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(v)])))).toEqual(rows);
    expect(typeof json[0]!.aktiva_insatser).toBe('number');
  });

  it('?format=excel: semicolons, decimal comma and a UTF-8 byte-order mark, for Excel with Swedish settings', async () => {
    const plain = await (await download(`/open-data/finansiering.csv?year=${YEAR}`)).text();
    const response = await download(`/open-data/finansiering.csv?year=${YEAR}&format=excel`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excel = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
    expect(excel.split('\r\n')[0]).toBe(plain.split('\r\n')[0]!.replaceAll(',', ';'));
    const rows = parse(excel, { columns: true, delimiter: ';', record_delimiter: '\r\n' }) as CsvRow[];
    const rfc = parse(plain, { columns: true }) as CsvRow[];
    expect(rows.map((r) => r.statens_andel)).toEqual(rfc.map((r) => r.statens_andel!.replace('.', ',')));
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="finansiering-${YEAR}-excel.csv"`);
  });

  it('every year at once without ?year=, from 2004', async () => {
    const rows = await csv('/open-data/tackning.csv');
    const years = [...new Set(rows.map((r) => Number(r.ar)))];
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(new Date().getUTCFullYear());
    expect(rows.filter((r) => r.ar === String(YEAR))).toEqual(await csv(`/open-data/tackning.csv?year=${YEAR}`));
  });

  it('Cache-Control as the API answers the same data: the method library and register for 300 s, figures editors write for 60', async () => {
    expect((await download('/open-data/metoder.csv')).headers.get('cache-control')).toBe('max-age=300, public');
    expect((await download(`/open-data/tackning.csv?year=${YEAR}`)).headers.get('cache-control')).toBe('max-age=300, public');
    expect((await download(`/open-data/projektstatistik.csv?year=${YEAR}`)).headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('an unknown dataset is 404, a bad year or format 400, a write 405, each with a message and a code', async () => {
    const cases: [string, RequestInit, number, string, RegExp][] = [
      ['/open-data/okand.csv', {}, 404, 'NOT_FOUND', /catalog\.jsonld/],
      ['/open-data/forbund.xml', {}, 404, 'NOT_FOUND', /forbund\.csv/],
      ['/open-data/forbund.csv?year=1999', {}, 400, 'BAD_USER_INPUT', /from 2004/],
      ['/open-data/forbund.csv?year=20x6', {}, 400, 'BAD_USER_INPUT', /"20x6"/],
      [`/open-data/forbund.csv?year=${new Date().getUTCFullYear() + 2}`, {}, 400, 'BAD_USER_INPUT', /to \d{4}/],
      ['/open-data/metoder.csv?year=2006', {}, 400, 'BAD_USER_INPUT', /no years/],
      ['/open-data/metoder.csv?format=xls', {}, 400, 'BAD_USER_INPUT', /excel/],
      ['/open-data/metoder.csv', { method: 'POST' }, 405, 'BAD_USER_INPUT', /GET/],
    ];
    for (const [path, init, status, code, message] of cases) {
      const response = await download(path, init);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([path, response.status, body.errors[0]!.extensions.code]).toEqual([path, status, code]);
      expect(body.errors[0]!.message).toMatch(message);
    }
  });
});
