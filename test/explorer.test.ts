import { readFileSync } from 'node:fs';
import { config } from '@finsam/core';
import { buildSchema, parse } from 'graphql';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { issueDevToken } from '../gateway/src/auth.ts';
import { contractExamples } from '../gateway/src/explorer.ts';
import { contractDocuments, SUPERGRAPH_PATH, TRUSTED_DOCUMENTS_PATH } from '../gateway/src/gateway.ts';
import { chromiumMissing, launchChromium, offlineContext, screenshot, seriousAxeViolations } from './support/browser.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * The API explorer (issue 14, part 5): GraphiQL served by the gateway itself, which renders and runs a
 * contract operation with every request to another host blocked, and is off in production unless
 * EXPLORER=on.
 */
// The contract's documents: the pages' own (web/) share the manifest but are not examples.
const documents = contractDocuments(JSON.parse(readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8')) as Record<string, string>);
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema()));
const examples = contractExamples(documents, schema);
const operationNames = Object.values(documents).map((text) => {
  const definition = parse(text).definitions[0];
  return definition?.kind === 'OperationDefinition' ? definition.name?.value : undefined;
});

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('the explorer\'s examples', () => {
  it('are the contract operations, one each, with the text of their trusted document', () => {
    expect(examples.map((e) => e.name)).toEqual(operationNames);
    expect(examples.map((e) => e.query)).toEqual(Object.values(documents));
  });

  it('answer with data and no error on the demo data, for every read', async () => {
    const reads = examples.filter((e) => e.query.startsWith('query'));
    expect(reads.length).toBeGreaterThan(5);
    for (const example of reads) {
      const response = await fetch(inject('gatewayUrl'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query, variables: JSON.parse(example.variables) }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, example.name).toBeUndefined();
      expect(Object.values(body.data ?? {}).some((value) => value !== null), example.name).toBe(true);
    }
  });
});

/** The text of a GraphiQL pane: Monaco renders the lines it shows as DOM text, spaces at times as U+00A0. */
const paneText = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');

/** GraphiQL's Monaco editors, by the model each edits. */
const QUERY_EDITOR = '.monaco-editor[data-uri$="operation.graphql"]';
const VARIABLES_EDITOR = '.monaco-editor[data-uri$="variables.json"]';
const HEADERS_EDITOR = '.monaco-editor[data-uri$="headers.json"]';
const RESULT = '.result-window';
/** Long enough for a loaded machine; a poll still fails when the text never comes. */
const WAIT = { timeout: 15_000 };

/** Replaces the content of a Monaco editor, as a paste would (typing would auto-close brackets). */
async function setEditor(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

async function run(page: Page): Promise<void> {
  await page.locator('.graphiql-execute-button').click();
}

describe.skipIf(chromiumMissing())('the explorer in Chromium, offline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('renders with a tab per contract operation, runs a preloaded one, and asks nothing of another host', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    // The page's Content-Security-Policy refuses another host before any request is made, so a CDN
    // reference would show here rather than in `blocked`.
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) refused.push(message.text());
    });
    const response = await page.goto(inject('gatewayUrl'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/explorer/);
    // Every contract operation is a tab, named by the operation.
    for (const name of operationNames) await page.locator('.graphiql-tab', { hasText: name! }).first().waitFor();
    // The editors are ready once the first tab's operation shows; a tab clicked before that is ignored.
    await expect.poll(() => paneText(page, QUERY_EDITOR), WAIT).toContain(`query ${operationNames[0]}`);
    await page.getByRole('button', { name: 'KommunLookup', exact: true }).click();
    await expect.poll(() => paneText(page, QUERY_EDITOR), WAIT).toContain('query KommunLookup');
    await expect.poll(() => paneText(page, VARIABLES_EDITOR), WAIT).toContain('"code": "0181"');
    await run(page);
    // Kommun 0181 is Södertälje, member of Södertälje–Nykvarn (seed 001).
    await expect.poll(() => paneText(page, RESULT), WAIT).toContain('"name": "Södertälje"');
    await screenshot(page, 'explorer-kommun-lookup');
    // Monaco's language services run in workers; they are served from the hub (module workers).
    const workers = page.workers().map((w) => new URL(w.url()));
    expect(workers.length).toBeGreaterThan(0);
    for (const worker of workers) expect(worker.origin).toBe(new URL(inject('gatewayUrl')).origin);
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('sends the headers pasted in its headers editor: a bad token is refused, a development token reads', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(inject('gatewayUrl'));
    await page.locator('.graphiql-tab').first().waitFor();
    // Only national_admin reads the registry's audit log (README, "Who may read and write what").
    await setEditor(page, QUERY_EDITOR, '{ registryAuditLog(first: 1) { edges { node { action } } } }');
    await page.getByRole('button', { name: 'Headers' }).click();
    await setEditor(page, HEADERS_EDITOR, '{"authorization": "Bearer not-a-token"}');
    await run(page);
    await expect.poll(() => paneText(page, RESULT), WAIT).toContain('UNAUTHENTICATED');
    const token = await issueDevToken(config(), { role: 'national_admin' }, '5m');
    await setEditor(page, HEADERS_EDITOR, `{"authorization": "Bearer ${token}"}`);
    await run(page);
    await expect.poll(() => paneText(page, RESULT), WAIT).toContain('"edges"');
    expect(await paneText(page, RESULT)).not.toMatch(/UNAUTHENTICATED|FORBIDDEN|"errors"/);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it("has axe's serious and critical WCAG violations listed (GraphiQL's own markup: reported, not hidden)", async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(inject('gatewayUrl'));
    await page.locator('.graphiql-tab').first().waitFor();
    await page.locator(QUERY_EDITOR).waitFor();
    const violations = await seriousAxeViolations(page);
    console.log(`[explorer] axe, serious and critical: ${violations.length ? violations.map((v) => `${v.id} (${v.impact}, ${v.help}: ${v.targets.join(", ")})`).join("; ") : "none"}`);
    // What GraphiQL 5.4 shows today (README, "The API explorer"); a new violation fails here and is looked at.
    const known = new Set(['color-contrast', 'nested-interactive']);
    expect(violations.filter((v) => !known.has(v.id)).map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('the explorer in production', () => {
  let off: Awaited<ReturnType<typeof startExtraGateway>>;
  let on: Awaited<ReturnType<typeof startExtraGateway>>;
  beforeAll(async () => {
    const secrets = inject('secrets');
    [off, on] = await Promise.all([
      startExtraGateway({ NODE_ENV: 'production', ...secrets }),
      startExtraGateway({ NODE_ENV: 'production', EXPLORER: 'on', ...secrets }),
    ]);
  });
  afterAll(() => Promise.all([off?.stop(), on?.stop()]));

  it('is not served unless EXPLORER=on: a browser gets a plain message that says how to reach the API', async () => {
    const response = await fetch(off.url, { headers: HTML });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toContain('EXPLORER=on');
    expect(text).toContain(`curl -s ${new URL(off.url).origin}/graphql -H 'content-type: application/json'`);
    expect(text).not.toContain('<script');
    // Nor its files.
    const page = await (await fetch(on.url, { headers: HTML })).text();
    const script = /src="(\/graphql\/explorer\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script!, off.url))).status).toBe(404);
    // The API itself still answers.
    const api = await fetch(off.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lans { code } }' }) });
    expect(((await api.json()) as { data?: { lans?: unknown[] } }).data?.lans?.length).toBe(21);
  });

  it('is served with EXPLORER=on, from the hub, with the contract operations in the page', async () => {
    const response = await fetch(on.url, { headers: HTML });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const page = await response.text();
    for (const name of operationNames) expect(page).toContain(`"name":"${name}"`);
    for (const [, src] of page.matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(src!.startsWith('/graphql/explorer/'), src).toBe(true);
      expect((await fetch(new URL(src!, on.url))).status, src).toBe(200);
    }
  });
});
