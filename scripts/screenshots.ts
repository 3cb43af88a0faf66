// npx tsx scripts/screenshots.ts: the README's pictures of the pages (README, "Pages"), taken anew in
// Debian's Chromium from a stack of their own on the demo data, so that they show the pages as built.
// Writes docs/statistik.png and docs/metod.png at the width and heights the README has shown them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@finsam/core';
import { chromiumMissing, launchChromium } from '../test/support/browser.ts';
import { freePort } from '../test/support/free-port.ts';
import { migrateAll, seedAll } from './database.ts';
import { startStack } from './stack.ts';
import { ensureWebBuilt } from './web.ts';

const say = (line: string) => console.log(`[screenshots] ${line}`);
const root = new URL('..', import.meta.url).pathname;
/** The demo data's figures are for 2005–2006 (README, "Demo data"). */
const SHOTS = [
  { path: '/statistik?year=2006', file: 'docs/statistik.png', height: 1500 },
  { path: '/metoder/pa-ratt-vag', file: 'docs/metod.png', height: 1250 },
];

const missing = chromiumMissing();
if (missing) throw new Error(missing);
const dataDir = mkdtempSync(join(tmpdir(), 'finsam-screenshots-pg-'));
say('starting PostgreSQL, migrating and seeding the demo data');
const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'finsam_screenshots', persistent: false });
try {
  await migrateAll(postgres.url);
  await seedAll(postgres.url);
  ensureWebBuilt(say);
  const ports = { GATEWAY_PORT: await freePort(), REGISTRY_PORT: await freePort(), FUNDING_PORT: await freePort(), PROJECTS_PORT: await freePort(), METHODS_PORT: await freePort(), WEB_PORT: await freePort() };
  const stack = await startStack({ databaseUrl: postgres.url, ports, output: 'ignore', env: { NODE_ENV: 'development', LOG_LEVEL: 'warn' } });
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 1200, height: shot.height }, locale: 'sv-SE' });
      const response = await page.goto(`http://127.0.0.1:${ports.GATEWAY_PORT}${shot.path}`);
      if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status()}`);
      await page.screenshot({ path: join(root, shot.file) });
      await page.close();
      say(`${shot.path} → ${shot.file}`);
    }
  } finally {
    await browser.close();
    await stack.stop();
  }
} finally {
  await postgres.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
