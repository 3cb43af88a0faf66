import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core: Playwright's own browser download cannot reach its
 * CDN on these machines (AGENTS guide, "This environment"). `.ci/run` installs the package.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests are skipped here, or undefined when Chromium is present. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
}

/**
 * Headless Chromium with its background networking off: without these flags it dials Google's hosts
 * at start, and on a closed network those connections fail many at a time (the machine notes in
 * /work/.library/env/machines/node-svc.md).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export interface OfflineContext {
  context: BrowserContext;
  /** Every request that tried to leave the machine and was refused. */
  blocked: string[];
}

/**
 * A browser context in which every request that is not to this machine is aborted and recorded, so a
 * test can assert that a page works offline and asks nothing of a CDN (issue 14, part 5).
 */
export async function offlineContext(browser: Browser, locale = 'sv-SE'): Promise<OfflineContext> {
  const context = await browser.newContext({ locale });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, blocked };
}

const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;

/** Saves a full-page screenshot of a journey to the git-ignored test-results/screenshots/ folder. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = `${SCREENSHOTS}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's serious and critical violations on the page as it stands (WCAG 2.1 A and AA rules), the
 * bar issue 13 sets for every page.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  const axe = (await import('axe-core')).default;
  // Through the DevTools protocol, not a <script> element: a page's Content-Security-Policy (the API
  // explorer's allows no inline script) would refuse the element.
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    // Runs in the page, where axe is a global; globalThis keeps the tsconfig free of the DOM library.
    const inPage = globalThis as unknown as { axe: typeof axe; document: unknown };
    const result = await inPage.axe.run(inPage.document as Parameters<typeof axe.run>[0], {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
