import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumMissing, launchChromium, offlineContext, seriousAxeViolations } from './browser.ts';

/**
 * The browser helpers that the page and explorer tests rest on: a blocked request must be recorded (or
 * "works offline" would pass on a page that silently failed to load its CDN), and axe must report a
 * page that breaks WCAG (or "no violations" would pass on anything).
 */
const pages: Record<string, string> = {
  '/ok': '<!doctype html><html lang="sv"><head><title>Bra</title></head><body><main><h1>Bra</h1><p>Text.</p></main></body></html>',
  '/bad': '<!doctype html><html lang="sv"><head><title>Dålig</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x"></a></main></body></html>',
  '/cdn':
    '<!doctype html><html lang="sv"><head><title>CDN</title><script src="https://cdn.example.invalid/x.js"></script></head><body><main><h1 id="h">start</h1><script>fetch("/ok").then(() => { document.getElementById("h").textContent = "klar"; });</script></main></body></html>',
};

describe.skipIf(chromiumMissing())('browser helpers', () => {
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = pages[req.url ?? ''];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body ?? 'nej');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('records and refuses requests that leave the machine, and lets loopback through', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/cdn`);
    await expect.poll(() => page.textContent('#h')).toBe('klar');
    expect(blocked).toEqual(['https://cdn.example.invalid/x.js']);
    await context.close();
  });

  it('reports serious violations on a page that breaks WCAG, and none on one that does not', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/bad`);
    const ids = (await seriousAxeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await page.goto(`${base}/ok`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
