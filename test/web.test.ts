import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as operations from '../web/src/lib/graphql/generated/graphql.ts';
import { chromiumMissing, launchChromium, offlineContext, screenshot, seriousAxeViolations } from './support/browser.ts';
import { contract, gateway, tokens } from './support/client.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * The pages for people (web/, issue 13) against the run's real stack: the gateway's origin serves the
 * pages (the web process behind its proxy) and /graphql. Browser journeys run in Debian's Chromium;
 * without it they are skipped with the reason, and the HTTP checks still run.
 */
const origin = new URL(inject('gatewayUrl')).origin;
const missing = chromiumMissing();
const why = missing ? ` (skipped: ${missing})` : '';

interface Coverage {
  forbundCount: number;
  kommunerTotal: number;
  kommunerCovered: number;
  byLan: { lan: { code: string; name: string }; kommunerTotal: number; kommunerCovered: number; forbundCount: number }[];
}

/** The API's own coverage figures, asked independently of the pages (the contract's NationalOverview). */
async function apiCoverage(year: number): Promise<Coverage> {
  const answer = await contract<{ coverage: Coverage }>('NationalOverview', { year });
  expect(answer.errors).toBeUndefined();
  return answer.data!.coverage;
}

/** The rows a coverage CSV should hold: the API's figures, as text, in the API's order. */
const coverageRows = (coverage: Coverage) =>
  coverage.byLan.map((l) => [l.lan.code, l.lan.name, String(l.kommunerTotal), String(l.kommunerCovered), String(l.forbundCount)]);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** "2005-09-01" as Swedish prose writes it, "1 september 2005", spelled out here, not through the app's formatter. */
const swedishDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** 21200000 as "21 200 000 kr", with the non-breaking spaces sv-SE groups thousands with. */
const swedishKronor = (amount: number) => `${String(amount).replace(/\B(?=(\d{3})+$)/g, '\u00a0')}\u00a0kr`;

describe('the pages on the gateway origin', () => {
  it('serves server-rendered Swedish HTML at /, with the API still at /graphql', async () => {
    const page = await fetch(`${origin}/metoder?q=${encodeURIComponent('rätt väg')}`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    // Compressed on the way through the gateway, as its GraphQL answers are.
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('href="/metoder/pa-ratt-vag"');
    // No client rendering: the public pages ship no script (src/routes/+layout.ts, csr = false).
    expect(html).not.toMatch(/<script[\s>]/);
    const api = await gateway<{ method: { name: string } }>('{ method(id: "pa-ratt-vag") { name } }');
    expect(api.data?.method.name).toBe('På rätt väg');
  });

  it('answers an unknown address with a 404 page in Swedish', async () => {
    const response = await fetch(`${origin}/finns-inte`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Sidan finns inte');
    expect((await fetch(`${origin}/metoder/finns-inte`)).status).toBe(404);
  });

  it('refuses a year outside 2004 to now with a 400 that says so', async () => {
    const response = await fetch(`${origin}/statistik?year=1999`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Året ska vara ett årtal från 2004');
  });

  it('gives every /statistik table as CSV in both forms, with the API’s figures', async () => {
    const coverage = await apiCoverage(2019);
    const excel = Buffer.from(await (await fetch(`${origin}/statistik/tackning.csv?year=2019`)).arrayBuffer());
    // Swedish Excel: a UTF-8 byte-order mark, semicolons, CRLF.
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const excelText = excel.toString('utf8');
    expect(excelText).toContain('\r\n');
    const excelRows = parse(excelText, { bom: true, delimiter: ';' }) as string[][];
    expect(excelRows[0]).toEqual(['Länskod', 'Län', 'Kommuner', 'Kommuner i förbund', 'Förbund']);
    expect(excelRows.slice(1)).toEqual(coverageRows(coverage));
    const plain = await fetch(`${origin}/statistik/tackning.csv?year=2019&format=rfc4180`);
    expect(plain.headers.get('content-type')).toContain('text/csv');
    const plainBytes = Buffer.from(await plain.arrayBuffer());
    expect(plainBytes[0]).not.toBe(0xef);
    const plainRows = parse(plainBytes.toString('utf8'), { delimiter: ',' }) as string[][];
    expect(plainRows.slice(1)).toEqual(coverageRows(coverage));
  });

  it('writes decimals with a comma for Excel and a point for RFC 4180', async () => {
    const rows = async (format: string) => {
      const text = await (await fetch(`${origin}/statistik/finansiering.csv?year=2006${format}`)).text();
      return parse(text, { bom: true, delimiter: format ? ',' : ';', from_line: 2 }) as string[][];
    };
    const summary = await gateway<{ fundingSummary: { byPartyKind: { partyKind: string; amount: number; share: number }[] } }>(
      'query($year: Int!) { fundingSummary(year: $year) { byPartyKind { partyKind amount share } } }',
      { year: 2006 },
    );
    const region = summary.data!.fundingSummary.byPartyKind.find((p) => p.partyKind === 'REGION')!;
    const excelRegion = (await rows('')).find((r) => r[0] === 'Region')!;
    const plainRegion = (await rows('&format=rfc4180')).find((r) => r[0] === 'Region')!;
    expect(plainRegion).toEqual(['Region', String(region.amount), String(region.share)]);
    expect(excelRegion).toEqual(['Region', String(region.amount), String(region.share).replace('.', ',')]);
  });

  it('asks only trusted documents: a gateway that enforces them runs every operation of the pages', async () => {
    const trusted = await startExtraGateway({ TRUSTED_DOCUMENTS: 'enforce' });
    try {
      const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document'));
      expect(documents.length).toBeGreaterThanOrEqual(6);
      // `input` as fundingCheck takes it: without a token it is refused (UNAUTHENTICATED), but it runs.
      const input = { year: 2019, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 1 }] };
      const variables = { id: 'halmstad', forbundId: 'halmstad', year: 2019, fromYear: 2004, toYear: 2019, lan: '13', input };
      for (const [name, document] of documents) {
        // What web/src/lib/server/api.ts sends: graphql-js's print of the generated document.
        const response = await fetch(trusted.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: print(document as Parameters<typeof print>[0]), variables }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        expect(body.errors?.map((e) => e.extensions?.code) ?? [], name).not.toContain('PERSISTED_QUERY_NOT_FOUND');
        // The editor's mutations lack their input here; that they are trusted is what this checks.
        if (!print(document as Parameters<typeof print>[0]).startsWith('mutation')) expect(response.status, name).toBe(200);
      }
    } finally {
      await trusted.stop();
    }
  });

  it('shows a published project’s participation with small counts as "färre än 5", and withheld parts as such', async () => {
    // A förbund of this file's own (tests share one database), written through the API as an editor would.
    const id = 'test-web-sidor';
    const admin = await tokens.admin();
    const editor = await tokens.editor(id);
    const registered = await gateway(
      'mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }',
      {
        input: {
          id,
          name: 'Testförbundet för sidorna',
          activeSinceYear: 2024,
          lanCode: '25',
          source: 'test',
          members: [
            { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
            { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
            { party: { kind: 'REGION', name: 'Region Norrbotten', lanCode: '25' } },
            { party: { kind: 'KOMMUN', name: 'Gällivare kommun', kommunCode: '2523' } },
          ],
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const created = await gateway<{ createProject: { id: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          forbundId: id,
          title: 'Sidornas testinsats',
          kind: 'INDIVIDUAL',
          startsOn: '2024-01-01',
          endsOn: '2025-12-31',
          targetGroups: ['NEWLY_ARRIVED'],
          partyKinds: ['KOMMUN', 'ARBETSFORMEDLINGEN'],
        },
      },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const projectId = created.data!.createProject.id;
    const report = 'mutation ($projectId: ID!, $input: ParticipationInput!) { reportParticipation(projectId: $projectId, input: $input) { year } }';
    // 3 participants: below 5. 12 = 6 + 5 + 1: the rest, 1, would follow from women and men, so both are withheld.
    for (const input of [
      { year: 2024, participants: 3, women: 2, men: 1 },
      { year: 2025, participants: 12, women: 6, men: 5 },
    ]) {
      expect((await gateway(report, { projectId, input }, editor)).errors).toBeUndefined();
    }
    const before = await (await fetch(`${origin}/forbund/${id}`)).text();
    expect(before, 'a draft is not on the public page').not.toContain('Sidornas testinsats');
    expect((await gateway('mutation ($id: ID!) { publishProject(id: $id) { id } }', { id: projectId }, editor)).errors).toBeUndefined();
    const html = await (await fetch(`${origin}/forbund/${id}`)).text();
    expect(html).toContain('Sidornas testinsats');
    const cells = (year: number) =>
      [...(new RegExp(`<th scope="row">${year}</th>(.*?)</tr>`, 's').exec(html)?.[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells(2024)).toEqual(['färre än 5', 'visas inte', 'visas inte']);
    expect(cells(2025)).toEqual(['12', 'visas inte', 'visas inte']);
  });

  it('keeps /graphql answering when the pages are away, and answers / with a 503 page in Swedish', async () => {
    // A gateway of its own whose pages' process is not running: a port that was free a moment ago.
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const alone = await startExtraGateway({ WEB_URL: `http://127.0.0.1:${closed}` });
    try {
      const page = await fetch(new URL('/metoder', alone.url));
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toContain('text/html');
      const html = await page.text();
      expect(html).toContain('lang="sv"');
      expect(html).toContain('inte tillgängliga just nu');
      const api = await fetch(alone.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ method(id: "pa-ratt-vag") { name } }' }),
      });
      expect(api.status).toBe(200);
      expect(((await api.json()) as { data: { method: { name: string } } }).data.method.name).toBe('På rätt väg');
      expect((await fetch(new URL('/health', alone.url))).status).toBe(200);
    } finally {
      await alone.stop();
    }
  });
});

describe.skipIf(missing)(`the pages in Chromium${why}`, () => {
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

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const response = await page.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  it('a visitor searches "rätt väg" with the keyboard alone, opens På rätt väg and sees Halmstad among its users', async () => {
    const page = await open('/metoder');
    // The first Tab reaches the skip link, which leads past the header to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe(
      'Till huvudinnehållet',
    );
    // Tab on to the search field, as a keyboard user would.
    const focusedId = () => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id ?? '');
    for (let i = 0; i < 10 && (await focusedId()) !== 'q'; i++) await page.keyboard.press('Tab');
    expect(await focusedId()).toBe('q');
    await page.keyboard.type('rätt väg');
    await Promise.all([page.waitForURL(/\/metoder\?q=/), page.keyboard.press('Enter')]);
    const result = page.getByRole('link', { name: 'På rätt väg' });
    await result.focus();
    await Promise.all([page.waitForURL(/\/metoder\/pa-ratt-vag$/), page.keyboard.press('Enter')]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('På rätt väg');
    const users = page.locator('h2#anvands-av + ul');
    await expect(users.textContent()).resolves.toContain('Halmstad');
    const halmstad = users.getByRole('link', { name: /Halmstad/ });
    expect(await halmstad.getAttribute('href')).toBe('/forbund/halmstad');
    await screenshot(page, 'web-metod-pa-ratt-vag');
    await page.close();
  });

  it('a visitor opens /statistik?year=2019, reads the coverage and downloads the coverage CSV equal to the API’s figures', async () => {
    const coverage = await apiCoverage(2019);
    const page = await open('/statistik?year=2019');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Statistik 2019');
    const figures = (await page.locator('#tackning + ul.figures').textContent()) ?? '';
    expect(figures.replace(/\s+/g, ' ')).toContain(`${coverage.forbundCount} samordningsförbund`);
    expect(figures.replace(/\s+/g, ' ')).toContain(`${coverage.kommunerCovered} av ${coverage.kommunerTotal} kommuner`);
    // The coverage table on the page holds the same figures, one row per län.
    const table = page.getByRole('table', { name: /Kommuner i samordningsförbund per län 2019/ });
    expect(await table.locator('tbody tr').count()).toBe(coverage.byLan.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /CSV för Excel \(Kommuner i samordningsförbund per län 2019\)/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tackning-2019.csv');
    const rows = parse(readFileSync((await download.path())!), { bom: true, delimiter: ';' }) as string[][];
    expect(rows.slice(1)).toEqual(coverageRows(coverage));
    // Every chart is a named picture, with its figures in a table on the page.
    const charts = page.locator('figure.chart svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const label of await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''))) {
      expect(label).toContain('tabellen');
    }
    await screenshot(page, 'web-statistik-2019');
    await page.close();
  });

  it('shows a förbund with sv-SE dates and kronor, its members, names and the 17 § check in words', async () => {
    const api = await gateway<{ forbund: { name: string; formedOn: string; fundingHistory: { year: number; total: number; statutoryShares: { compliant: boolean; deviations: string[] } }[] } }>(
      'query($toYear: Int!) { forbund(id: "sodertalje-nykvarn") { name formedOn fundingHistory(fromYear: 2004, toYear: $toYear) { year total statutoryShares { compliant deviations } } } }',
      { toYear: new Date().getUTCFullYear() },
    );
    expect(api.errors).toBeUndefined();
    const forbund = api.data!.forbund;
    const page = await open('/forbund/sodertalje-nykvarn');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain(forbund.name);
    expect(text).toContain(swedishDate(forbund.formedOn));
    for (const year of forbund.fundingHistory) {
      expect(text).toContain(swedishKronor(year.total));
      for (const deviation of year.statutoryShares.deviations) expect(text).toContain(deviation);
    }
    expect(forbund.fundingHistory.some((y) => !y.statutoryShares.compliant), 'the seed has a year that breaks 17 §').toBe(true);
    expect(text).toContain('Avviker från 17 §');
    await screenshot(page, 'web-forbund-sodertalje-nykvarn');
    await page.close();
  });

  it('filters the förbund by län and finds one by a name it had', async () => {
    const page = await open('/forbund');
    await page.getByLabel('Län').selectOption({ label: 'Hallands län' });
    await Promise.all([page.waitForURL(/lan=13/), page.getByRole('button', { name: 'Visa' }).click()]);
    const names = await page.locator('tbody th a').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toContain('Samordningsförbundet i Halmstad');
    await page.close();
  });

  it('renders the public pages without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/metoder?q=${encodeURIComponent('rätt väg')}`);
      expect(await page.getByRole('link', { name: 'På rätt väg' }).count()).toBe(1);
      await page.goto(`${origin}/statistik?year=2019`);
      expect(await page.locator('#tackning + ul.figures').textContent()).toContain('samordningsförbund');
      expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
      await page.goto(`${origin}/forbund/halmstad`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Samordningsförbundet i Halmstad');
      await screenshot(page, 'web-utan-javascript-forbund-halmstad');
    } finally {
      await noScript.close();
    }
  });

  const PUBLIC_PAGES = [
    '/',
    '/metoder',
    `/metoder?q=${encodeURIComponent('rätt väg')}`,
    '/metoder?malgrupp=NOLLPLACERADE',
    '/metoder/pa-ratt-vag',
    '/forbund',
    '/forbund?lan=13',
    '/forbund/halmstad',
    '/forbund/sodertalje-nykvarn',
    '/statistik?year=2019',
    '/statistik?year=2006',
  ];

  it.each(PUBLIC_PAGES)('axe-core finds no serious or critical violation on %s, which asks nothing of other hosts', async (path) => {
    const page = await open(path);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it.each(PUBLIC_PAGES)('%s reflows at twice the zoom (200 per cent) without a page-wide horizontal scroll', async (path) => {
    // 200 % zoom of a 1280 px window is a 640 px layout viewport.
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
});
