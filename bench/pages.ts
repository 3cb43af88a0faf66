// npm run bench (the pages): the public pages for people (web/, issue 13) under load through the
// gateway's origin, as a visitor's browser asks for them, at the same client counts as the contract
// reads. Issue 13's goal: under 200 ms at the 95th percentile with 20 clients on the national data set,
// the response cache warm. Each page is fetched and checked first (status 200, its Swedish heading, no
// notice of a part of the hub away), so that a fast error page never counts; the check also warms the
// gateway's response cache for the page's GraphQL reads.
import { SYNTHETIC_ID_PREFIX } from '@finsam/core';
import type { Measure } from './load.ts';

/** Issue 13: "Public pages are served in under 200 ms at the 95th percentile". */
export const PAGES_GOAL_MS = 200;
/** What a page shows when a part of the hub did not answer (e.g. web/src/routes/forbund/[id]/+page.svelte). */
const PARTIAL = ['svarar inte just nu', 'kan inte visas just nu'];
/** A browser's request: compressed answers, as the gateway's proxy gives them (gateway/src/web-proxy.ts). */
const HEADERS = { accept: 'text/html', 'accept-encoding': 'br, gzip' };

export interface PageRow {
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  goalMet: boolean;
}

interface Page {
  path: string;
  /** Texts the page holds when it answers right: its heading, and a section only data fills. */
  expect: string[];
}

/** The first synthetic förbund of the national data set (scripts/national.ts), by the API's order. */
async function nationalForbund(origin: string): Promise<{ id: string }> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ forbunds(first: 100) { edges { node { id } } } }' }),
  });
  const ids = ((await response.json()) as { data: { forbunds: { edges: { node: { id: string } }[] } } }).data.forbunds.edges.map((e) => e.node.id);
  const id = ids.find((i) => i.startsWith(SYNTHETIC_ID_PREFIX));
  if (!id) throw new Error('no synthetic förbund to measure: is the national data set loaded?');
  return { id };
}

export async function publicPages(options: {
  origin: string;
  national: boolean;
  year: number;
  connections: number[];
  measure: Measure;
  say: (line: string) => void;
}): Promise<PageRow[]> {
  const { origin, say } = options;
  const forbund = options.national ? await nationalForbund(origin) : { id: 'sodertalje-nykvarn' };
  const pages: Page[] = [
    // The first page of the library: På rätt väg is on it in the demo data, not among 200 methods.
    { path: '/metoder', expect: ['<h1>Metoder</h1>', options.national ? 'href="/metoder/' : 'href="/metoder/pa-ratt-vag"'] },
    { path: '/metoder/pa-ratt-vag', expect: ['<h1>På rätt väg</h1>', 'Förbund som använder metoden', 'Halmstad'] },
    { path: '/forbund', expect: ['<h1>Samordningsförbund</h1>', `href="/forbund/${forbund.id}"`] },
    { path: `/forbund/${forbund.id}`, expect: ['<h2>Medlemmar</h2>', '<h2>Finansiering</h2>'] },
    { path: `/statistik?year=${options.year}`, expect: [`<h1>Statistik ${options.year}</h1>`, 'Kommuner i samordningsförbund'] },
  ];
  const rows: PageRow[] = [];
  for (const page of pages) {
    const url = `${origin}${page.path}`;
    const response = await fetch(url, { headers: HEADERS });
    const html = await response.text();
    const missing = page.expect.filter((text) => !html.includes(text));
    const partial = PARTIAL.some((text) => html.includes(text));
    if (response.status !== 200 || missing.length > 0 || partial) {
      say(`${page.path}: answers ${response.status}${missing.length ? `, without ${missing.join(', ')}` : ''}${partial ? ', with a part of the hub away' : ''}; not timed`);
      continue;
    }
    for (const connections of options.connections) {
      const timed = await options.measure({ url, method: 'GET', headers: HEADERS, connections });
      // No answer within the run (every request slower than --duration) has no p95, and meets no goal.
      rows.push({ page: page.path, connections, ...timed, goalMet: timed.p95 < PAGES_GOAL_MS });
      say(`${page.path} · ${connections} client(s): ${timed.rps.toFixed(0)} requests/s, p95 ${timed.p95} ms`);
    }
  }
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(`\nPublic pages through the gateway, ${options.national ? 'the national data set' : 'demo data'}, response cache warm (latencies in ms; goal: p95 under ${PAGES_GOAL_MS} ms at 20 clients)\n`);
  console.log(line(['page', 'clients', 'requests/s', 'p50', 'p95', 'p99', 'errors', `p95 < ${PAGES_GOAL_MS} ms`]));
  console.log(line(Array(8).fill('---')));
  const ms = (value: number) => (Number.isNaN(value) ? '—' : value);
  for (const row of rows) {
    const goal = row.goalMet ? 'met' : Number.isNaN(row.p95) ? 'not met (no answer within the run)' : 'not met';
    console.log(line([row.page, row.connections, row.rps.toFixed(0), ms(row.p50), ms(row.p95), ms(row.p99), row.errors, goal]));
  }
  return rows;
}
