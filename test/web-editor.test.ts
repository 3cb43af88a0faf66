import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumMissing, launchChromium, offlineContext, screenshot, seriousAxeViolations } from './support/browser.ts';
import { gateway, tokens } from './support/client.ts';

/**
 * The förbund editor (/redigera, issue 13 deliverable 3, first part) against the run's real stack:
 * the development sign-in, a project created, its participation reported and published through the
 * forms, and what another förbund's editor cannot reach.
 */
const origin = new URL(inject('gatewayUrl')).origin;
const missing = chromiumMissing();
const why = missing ? ` (skipped: ${missing})` : '';

describe('the editor over HTTP', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    const response = await fetch(`${origin}/redigera`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logga-in');
  });

  it('refuses a sign-in posted from another origin (CSRF)', async () => {
    const response = await fetch(`${origin}/logga-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elak.example', accept: 'text/html' },
      body: 'identitet=admin',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('sets the session as an HttpOnly, SameSite cookie', async () => {
    const response = await fetch(`${origin}/logga-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, accept: 'text/html' },
      body: 'identitet=sodertalje-nykvarn',
    });
    expect(response.status).toBe(303);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^finsam_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe.skipIf(missing)(`the editor in Chromium${why}`, () => {
  let browser: Browser;
  let editor: BrowserContext;
  let visitor: BrowserContext;
  let blocked: string[];
  const title = `Webbtestets insats ${randomBytes(3).toString('hex')}`;
  let projectPath = '';

  beforeAll(async () => {
    browser = await launchChromium();
    ({ context: editor, blocked } = await offlineContext(browser));
    ({ context: visitor } = await offlineContext(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const publicPage = async () => {
    const page = await visitor.newPage();
    await page.goto(`${origin}/forbund/sodertalje-nykvarn`);
    return page;
  };

  it('an editor for Södertälje–Nykvarn signs in, creates a project, reports 3 participants and publishes it; the public page then shows it with "färre än 5"', async () => {
    const page = await editor.newPage();
    await page.goto(`${origin}/redigera`);
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Redaktör för Södertälje–Nykvarn').check();
    await Promise.all([page.waitForURL(/\/redigera$/), page.getByRole('button', { name: 'Logga in' }).click()]);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Södertälje och Nykvarn');
    const [session] = (await editor.cookies()).filter((c) => c.name === 'finsam_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');

    await Promise.all([page.waitForURL(/\/redigera\/ny$/), page.getByRole('link', { name: 'Skapa en ny insats' }).click()]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Namn på insatsen').fill(title);
    await page.getByLabel('Kort beskrivning').fill('En insats som testet skapar genom formuläret.');
    await page.getByLabel('Startdatum').fill('2025-01-01');
    await page.getByLabel('Nyanlända').check();
    await page.getByLabel('Kommuner').check();
    await page.getByLabel('Region').check();
    await Promise.all([page.waitForURL(/\/redigera\/insats\//), page.getByRole('button', { name: 'Spara utkastet' }).click()]);
    projectPath = new URL(page.url()).pathname;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.getByLabel('Antal deltagare').fill('3');
    await page.getByLabel('Varav kvinnor').fill('2');
    await page.getByLabel('Varav män').fill('1');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Spara deltagarna' }).click()]);
    await page.getByRole('status').filter({ hasText: 'Deltagarna för 2025 är sparade' }).waitFor();
    // The editor sees the exact figure.
    expect(await page.getByRole('table', { name: 'Rapporterade deltagare per år' }).textContent()).toContain('3');

    const draft = await publicPage();
    expect(await draft.locator('main').textContent(), 'a draft is not public').not.toContain(title);
    await draft.close();

    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Publicera insatsen' }).click()]);
    await page.getByRole('status').filter({ hasText: 'Insatsen är publicerad' }).waitFor();
    await screenshot(page, 'web-redigera-insats');

    const published = await publicPage();
    const card = published.locator('ul.cards > li').filter({ has: published.getByRole('heading', { name: title }) });
    expect(await card.count()).toBe(1);
    const row = card.locator('tbody tr').filter({ has: published.getByRole('rowheader', { name: '2025' }) });
    expect((await row.locator('td').allTextContents())[0]).toBe('färre än 5');
    await screenshot(published, 'web-redigera-publicerad');
    await published.close();
    await page.close();
    expect(blocked).toEqual([]);
  });

  it('shows the API’s refusal beside the form, in Swedish, and keeps what was typed', async () => {
    expect(projectPath).not.toBe('');
    const page = await editor.newPage();
    await page.goto(`${origin}${projectPath}`);
    await page.getByLabel('År', { exact: true }).fill('2025');
    await page.getByLabel('Antal deltagare').fill('3');
    await page.getByLabel('Varav kvinnor').fill('4');
    await page.getByLabel('Varav män').fill('1');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Spara deltagarna' }).click()]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/godtogs inte|bryter mot en regel|Det gick inte att spara/);
    expect(await page.getByLabel('Varav kvinnor').inputValue()).toBe('4');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('two editors save the same project: the second sees the conflict and what the first saved, and neither edit is lost', async () => {
    const token = await tokens.editor('sodertalje-nykvarn');
    const base = `Delad insats ${randomBytes(3).toString('hex')}`;
    const created = await gateway<{ createProject: { id: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          forbundId: 'sodertalje-nykvarn',
          title: base,
          summary: 'Från början.',
          kind: 'INDIVIDUAL',
          startsOn: '2025-01-01',
          targetGroups: ['NEWLY_ARRIVED'],
          partyKinds: ['KOMMUN', 'REGION'],
        },
      },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProject.id;
    // Two browsers, each signed in on its own, both with the project open before either saves.
    const open = async () => {
      const { context } = await offlineContext(browser);
      const page = await context.newPage();
      await page.goto(`${origin}/logga-in`);
      await page.getByLabel('Redaktör för Södertälje–Nykvarn').check();
      await Promise.all([page.waitForURL(/\/redigera$/), page.getByRole('button', { name: 'Logga in' }).click()]);
      await page.goto(`${origin}/redigera/insats/${id}`);
      return { context, page };
    };
    const first = await open();
    const second = await open();
    try {
      await first.page.getByLabel('Namn på insatsen').fill(`${base} (ändrad)`);
      await first.page.getByRole('button', { name: 'Spara ändringarna' }).click();
      await first.page.getByRole('status').filter({ hasText: 'Ändringarna är sparade' }).waitFor();

      await second.page.getByLabel('Kort beskrivning').fill('Den andra redaktörens beskrivning.');
      await second.page.getByRole('button', { name: 'Spara ändringarna' }).click();
      const conflict = second.page.getByRole('alert').filter({ hasText: 'Någon annan har sparat insatsen' });
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain(`${base} (ändrad)`);
      expect(await second.page.getByLabel('Kort beskrivning').inputValue()).toBe('Den andra redaktörens beskrivning.');
      expect(await seriousAxeViolations(second.page)).toEqual([]);
      await screenshot(second.page, 'web-redigera-konflikt');

      await second.page.getByRole('button', { name: 'Spara ändringarna' }).click();
      await second.page.getByRole('status').filter({ hasText: 'Ändringarna är sparade' }).waitFor();
      const saved = await gateway<{ project: { title: string; summary: string } }>('query ($id: ID!) { project(id: $id) { title summary } }', { id }, token);
      expect(saved.data?.project).toEqual({ title: `${base} (ändrad)`, summary: 'Den andra redaktörens beskrivning.' });
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });

  it('an editor cannot reach another förbund’s draft by its address', async () => {
    const halmstad = await tokens.editor('halmstad');
    const created = await gateway<{ createProject: { id: string } }>(
      'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }',
      {
        input: {
          forbundId: 'halmstad',
          title: `Halmstads utkast ${randomBytes(3).toString('hex')}`,
          kind: 'INDIVIDUAL',
          startsOn: '2025-01-01',
          targetGroups: ['NOLLPLACERADE'],
          partyKinds: ['KOMMUN', 'FORSAKRINGSKASSAN'],
        },
      },
      halmstad,
    );
    expect(created.errors).toBeUndefined();
    const page = await editor.newPage();
    const response = await page.goto(`${origin}/redigera/insats/${created.data!.createProject.id}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain('Halmstads utkast');
    // A published project of another förbund is public, but not this editor's to edit either.
    const other = await page.goto(`${origin}/redigera/insats/pa-ratt-vag-halmstad`);
    expect(other?.status()).toBe(404);
    await page.close();
  });
});
