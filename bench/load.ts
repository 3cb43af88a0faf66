// npm run bench (first part): every contract read under load, side by side in one run against
//   - the hub's gateway,
//   - Hive Gateway (@graphql-hive/gateway) over the same committed supergraph and the same subgraphs,
//   - the subgraph alone, where one subgraph answers the whole operation,
// with autocannon at 1 and 20 concurrent clients. Each target's answer is compared with the hub's
// before it is timed, so that a fast wrong answer never counts (issue 12, part 2). Timings on a shared
// machine are noisy: read the ratios, which are measured minutes apart on the same data.
//
//   npm run bench                      demo data, 5 s per measurement
//   npx tsx bench/load.ts --national        the synthetic national data set on top (scripts/national.ts)
//   npx tsx bench/load.ts --duration 2      shorter
//   npx tsx bench/load.ts --only MethodPage one operation
//   npx tsx bench/load.ts --only pages      the public pages alone (issue 13), through the gateway
//   npx tsx bench/load.ts --memory 20000    fewer requests in the gateway-memory run (default 100,000; 0 skips)
//   BENCH_OUTPUT=inherit BENCH_LOG_LEVEL=info npm run bench   with the hub's own logs
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { Kind, parse, print } from 'graphql';
import { IDENTITY_HEADER, parseConfig, PUBLIC, signIdentity, startEmbeddedPostgres, SQL_STATEMENTS_HEADER, type Identity } from '@finsam/core';
import { issueDevToken } from '../gateway/src/auth.ts';
import { SUPERGRAPH_PATH } from '../gateway/src/gateway.ts';
import { migrateAll, seedAll } from '../scripts/database.ts';
import { generateNation, loadNation } from '../scripts/national.ts';
import { startStack, stopChild } from '../scripts/stack.ts';
import { SUBGRAPHS } from '../scripts/subgraphs.ts';
import { ensureWebBuilt } from '../scripts/web.ts';
import { PAGES_GOAL_MS, publicPages } from './pages.ts';
import { freePort } from '../test/support/free-port.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '1,20' },
    only: { type: 'string' },
    national: { type: 'boolean', default: false },
    memory: { type: 'string', default: '100000' },
  },
});
/** The demo data's figures are for 2005–2006; the national data set's for every year to 2025. */
const YEAR = args.national ? 2019 : 2006;
const DURATION = Number(args.duration);
const CONNECTIONS = args.connections!.split(',').map(Number);
const say = (line: string) => console.log(`[bench] ${line}`);

const CONTRACT = parse(readFileSync(new URL('../contract/operations.graphql', import.meta.url), 'utf8'));
/** One operation of the contract, as its clients send it (the contract uses no fragments). */
const operationText = (name: string) => print(CONTRACT.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name)!);
const OUTCOMES = 'outcomes { participants situationReported work studies jobSeeking other toWorkOrStudies shareToWorkOrStudies shareInterval { low high } projectCount forbundCount suppressed }';
/** The contract's MethodPage with the method's outcomes beside the rest (issue 15: "MethodPage with outcomes"). */
function methodPageWithOutcomes(): string {
  const page = operationText('MethodPage');
  const text = page.replace('query MethodPage(', 'query MethodPageWithOutcomes(').replace(/\n {2}}\n}$/, `\n    ${OUTCOMES}\n  }\n}`);
  if (text === page || !text.includes(OUTCOMES)) throw new Error('MethodPage no longer has the shape methodPageWithOutcomes expects');
  return text;
}
const EXTRA_READS = {
  MethodPageWithOutcomes: methodPageWithOutcomes(),
  KeyFigureComparison: `query KeyFigureComparison($year: Int!) {
    forbunds(first: 100) { edges { node { id name keyFigures(year: $year) { participants fundingTotal costPerParticipant situationReported toWorkOrStudies shareToWorkOrStudies shareInterval { low high } suppressed } } } }
    keyFigures(year: $year) { participants fundingTotal costPerParticipant shareToWorkOrStudies shareInterval { low high } byLan { areaCode participants costPerParticipant shareToWorkOrStudies shareInterval { low high } } }
  }`,
};
/** The contract's reads, with the variables the demo data answers, and the subgraph that alone answers it. */
const READS: { operation: string; variables: Record<string, unknown>; alone?: string; query?: string }[] = [
  { operation: 'KommunLookup', variables: { code: '0181' }, alone: 'registry' },
  { operation: 'FundingTrend', variables: { fromYear: 2005, toYear: 2025 }, alone: 'funding' },
  { operation: 'NationalOverview', variables: { year: YEAR } },
  { operation: 'ForbundComparison', variables: { year: YEAR } },
  { operation: 'ForbundProfile', variables: { id: 'sodertalje-nykvarn', fromYear: 2005, toYear: 2025 } },
  { operation: 'MethodLibrary', variables: {} },
  { operation: 'MethodPage', variables: { id: 'pa-ratt-vag' } },
  // Issue 15's reads, not (yet) in the contract: the method page with its outcomes, and a comparison of
  // every förbund's key figures with the nation's and every län's.
  { operation: 'MethodPageWithOutcomes', variables: { id: 'pa-ratt-vag' }, query: EXTRA_READS.MethodPageWithOutcomes },
  { operation: 'KeyFigureComparison', variables: { year: YEAR }, query: EXTRA_READS.KeyFigureComparison },
].filter((r) => !args.only || r.operation === args.only);
/**
 * Issue 12's goal for these two is uncached: a token defeats the response cache, so they are measured
 * with a förbund editor's token too, and Hive Gateway is sent the same identity, signed for each subgraph.
 */
const EDITOR_READS = new Set(['ForbundComparison', 'ForbundProfile']);
const EDITOR = { role: 'forbund_editor', forbund: 'sodertalje-nykvarn', sub: 'bench-editor-sodertalje-nykvarn' } as const;
const EDITOR_IDENTITY: Identity = { role: 'forbund_editor', subject: EDITOR.sub, forbundId: EDITOR.forbund };
/** The public pages (issue 13), unless --only names one read. */
const PAGES = !args.only || args.only === 'pages';

const root = new URL('..', import.meta.url).pathname;
const secret = `bench-${Math.random().toString(36).slice(2)}-internal-secret-of-32-bytes`;
const jwtSecret = `bench-${Math.random().toString(36).slice(2)}-jwt-secret-of-32-bytes-long`;

say('starting PostgreSQL, migrating and seeding');
const dataDir = mkdtempSync(join(tmpdir(), 'finsam-bench-pg-'));
const postgres = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'finsam_bench', persistent: false });
const databaseUrl = process.env.DATABASE_URL ?? postgres!.url;
await migrateAll(databaseUrl);
await seedAll(databaseUrl);
if (args.national) {
  const loaded = await loadNation(databaseUrl, generateNation({ scale: 1 }), say);
  if (!loaded.ok) throw new Error(loaded.message);
}

const ports = {
  GATEWAY_PORT: await freePort(),
  REGISTRY_PORT: await freePort(),
  FUNDING_PORT: await freePort(),
  PROJECTS_PORT: await freePort(),
  METHODS_PORT: await freePort(),
  // The pages' process, for the pages' measurement; without it the gateway serves no pages.
  ...(PAGES ? { WEB_PORT: await freePort() } : {}),
};
if (PAGES) ensureWebBuilt(say);
// A process that does not start leaves no PostgreSQL behind.
const stack = await startStack({
  databaseUrl,
  ports,
  // BENCH_OUTPUT=inherit shows the hub's own logs, at BENCH_LOG_LEVEL (warn unless set).
  output: process.env.BENCH_OUTPUT === 'inherit' ? 'inherit' : 'ignore',
  // Not supervised: a gateway that died and came back would make the memory figures meaningless.
  // Budgets would throttle the load generator itself: measured here is the work, not the limit. The
  // pages' visitor (the load generator's one address) has the same budget as an API caller.
  env: {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    INTERNAL_SECRET: secret,
    JWT_SECRET: jwtSecret,
    RATE_LIMIT_CAPACITY: '1000000000000',
    RATE_LIMIT_REFILL_PER_SECOND: '1000000000000',
  },
}).catch(async (error: unknown) => {
  await postgres?.stop();
  throw error;
});
const editorToken = await issueDevToken(parseConfig({ ...process.env, NODE_ENV: 'test', JWT_SECRET: jwtSecret }), EDITOR);
const subgraphUrl = (name: string) => `http://127.0.0.1:${ports[SUBGRAPHS.find((s) => s.name === name)!.portEnv]}/graphql`;

// Hive Gateway over the committed supergraph, its subgraph URLs pointed at this run's processes.
const hivePort = await freePort();
const hiveDir = mkdtempSync(join(tmpdir(), 'finsam-bench-hive-'));
const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8').replace(/http:\/\/(\w+)\.subgraph\.invalid\/graphql/g, (_m, name: string) => subgraphUrl(name));
writeFileSync(join(hiveDir, 'supergraph.graphql'), supergraph);
const hive: ChildProcess = spawn(
  process.execPath,
  [join(root, 'node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph', join(hiveDir, 'supergraph.graphql'), '-c', join(root, 'bench/hive.config.mjs'), '--port', String(hivePort), '--host', '127.0.0.1'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
);

const stop = async () => {
  // Hive Gateway may still be working through requests the load left behind: stopped under it, the
  // subgraphs would make it log a "socket hang up" for each. So Hive goes first, and is waited for.
  await stopChild(hive);
  rmSync(hiveDir, { recursive: true, force: true });
  await stack.stop();
  await postgres?.stop();
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));

/**
 * The signed public identity, for each subgraph. The hub's gateway makes its own; Hive Gateway is sent
 * them by the client and forwards the one for each subgraph (bench/hive.config.mjs); a subgraph asked
 * alone gets its own. Signatures hold for a minute: made anew for every measurement.
 */
function identityHeaders(identity: Identity = PUBLIC): Record<string, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [`${IDENTITY_HEADER}-${s.name}`, signIdentity(identity, secret, s.name)]));
}

interface Target {
  name: string;
  url: string;
  headers: () => Record<string, string>;
  /** The hub with other credentials: its answer is the reference for the targets after it. */
  reference?: boolean;
}

async function post(target: Target, body: string) {
  const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers() }, body });
  return { response, json: (await response.json()) as { data?: unknown; errors?: unknown } };
}

async function waitFor(url: string, what: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The resident set of a process, from Linux's /proc (this bench runs where the hub's tests do). */
function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) / 1024;
}

/**
 * Issue 12's memory goal: the gateway's resident memory stays within ±10 % over 100,000 requests. The
 * mix varies the variables (every kommun, every year, every förbund's profile, searches), so that the
 * caches that grow with distinct requests (validated documents, query plans, cached responses) are
 * filled past what a warm-up sees; a cache without a bound would show here as growth.
 */
async function gatewayMemory(hub: Target, total: number) {
  const pid = stack.pid('gateway');
  if (!pid) throw new Error('no gateway process');
  const ask = async (query: string) => ((await (await fetch(hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json()) as { data: Record<string, { code?: string; id?: string }[]> }).data;
  const kommuner = (await ask('{ kommuner { code } }')).kommuner!.map((k) => k.code!);
  const forbund = ((await ask('{ forbunds(first: 100) { edges { node { id } } } }')) as unknown as { forbunds: { edges: { node: { id: string } }[] } }).forbunds.edges.map((e) => e.node.id);
  const body = (operation: string, variables: Record<string, unknown>) => JSON.stringify({ query: operationText(operation), operationName: operation, variables });
  const requests = [
    ...kommuner.map((code) => body('KommunLookup', { code })),
    ...Array.from({ length: 21 }, (_, i) => body('NationalOverview', { year: 2005 + i })),
    ...Array.from({ length: 21 }, (_, i) => body('ForbundComparison', { year: 2005 + i })),
    ...forbund.map((id) => body('ForbundProfile', { id, fromYear: 2005, toYear: 2025 })),
    ...['arbete', 'unga', 'rätt väg', 'samverkan', 'stöd'].map((search) => body('MethodLibrary', { search })),
    body('MethodPage', { id: 'pa-ratt-vag' }),
  ].map((b) => ({ method: 'POST' as const, body: b }));
  // autocannon without a callback answers a thenable tracker, not a Promise (no .finally): await it.
  const run = (amount: number) =>
    autocannon({ url: hub.url, headers: { 'content-type': 'application/json' }, requests, connections: 20, amount }) as unknown as PromiseLike<autocannon.Result>;
  say(`gateway memory: warming up with ${Math.round(total / 10)} requests over ${requests.length} distinct operations and variables`);
  await run(Math.round(total / 10));
  const before = rssMiB(pid);
  say(`gateway memory: ${total} requests, RSS before ${before.toFixed(1)} MiB`);
  // Sampled through the run: a plateau (the heap grown to its working size) reads differently from a
  // line that keeps rising (a leak).
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMiB(pid)), 2_000);
  let result: autocannon.Result;
  try {
    result = await run(total);
  } finally {
    clearInterval(sampler);
  }
  const after = rssMiB(pid);
  const tenths = Array.from({ length: 10 }, (_, i) => samples[Math.floor(((i + 1) / 10) * samples.length) - 1]).filter((v) => v !== undefined);
  say(`gateway memory: RSS through the run, at each tenth: ${tenths.map((v) => v!.toFixed(0)).join(', ')} MiB`);
  const change = ((after - before) / before) * 100;
  const errors = result.errors + result.timeouts + result.non2xx;
  console.log(
    `\nGateway memory over ${total} requests (${requests.length} distinct): RSS ${before.toFixed(1)} MiB before, ${after.toFixed(1)} MiB after, ` +
      `${change >= 0 ? '+' : ''}${change.toFixed(1)} % (goal within ±10 %: ${Math.abs(change) <= 10 ? 'met' : 'not met'}), ${errors} errors, ${result.requests.average.toFixed(0)} requests/s`,
  );
  return { requests: total, distinct: requests.length, rssBeforeMiB: before, rssAfterMiB: after, changePercent: change, errors, samplesMiB: samples };
}

/**
 * One measurement with autocannon: requests/s and the percentiles of every response's time (autocannon
 * reports p90 and p97.5, not p95), and the errors, timeouts and non-2xx answers.
 */
async function measure(options: { url: string; method: 'GET' | 'POST'; headers: Record<string, string>; body?: string; connections: number }) {
  // Without a callback autocannon answers its tracker, an event emitter that is also a promise.
  const run = autocannon({ ...options, duration: DURATION }) as ReturnType<typeof autocannon> & Pick<autocannon.Instance, 'on'>;
  const times: number[] = [];
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await run;
  times.sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN);
  return { rps: result.requests.average, p50: percentile(50), p95: percentile(95), p99: percentile(99), errors: result.errors + result.timeouts + result.non2xx };
}
export type Measure = typeof measure;

interface Row {
  operation: string;
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

try {
  await waitFor(`http://127.0.0.1:${hivePort}/healthcheck`, 'Hive Gateway');
  const hub: Target = { name: 'hub gateway', url: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`, headers: () => ({}) };
  const hiveTarget: Target = { name: 'Hive Gateway', url: `http://127.0.0.1:${hivePort}/graphql`, headers: identityHeaders };
  const rows: Row[] = [];
  const sql: Record<string, unknown> = {};
  for (const read of READS) {
    const body = JSON.stringify({ query: read.query ?? operationText(read.operation), operationName: read.operation, variables: read.variables });
    const targets: Target[] = [hub, hiveTarget];
    if (read.alone) {
      const alone = read.alone;
      targets.push({ name: `${alone} alone`, url: subgraphUrl(alone), headers: () => ({ [IDENTITY_HEADER]: signIdentity(PUBLIC, secret, alone) }) });
    }
    if (EDITOR_READS.has(read.operation)) {
      // Last: from here on the reference is the hub's answer to the same editor, who may see more than the public.
      targets.push(
        { name: 'hub gateway (editor token)', url: hub.url, headers: () => ({ authorization: `Bearer ${editorToken}` }), reference: true },
        { name: 'Hive Gateway (editor token)', url: hiveTarget.url, headers: () => identityHeaders(EDITOR_IDENTITY) },
      );
    }
    // The hub's answer is the reference: every other target must give the same data, without errors.
    const reference = await post(hub, body);
    if (reference.json.errors) throw new Error(`${read.operation}: the hub answers with errors: ${JSON.stringify(reference.json.errors)}`);
    sql[read.operation] = JSON.parse(reference.response.headers.get('x-subgraph-sql') ?? 'null');
    const checked: Target[] = [];
    let expected = reference.json;
    for (const target of targets) {
      const { json, response } = await post(target, body);
      if (target.reference) {
        if (json.errors) throw new Error(`${read.operation}: the hub answers ${target.name} with errors: ${JSON.stringify(json.errors)}`);
        expected = json;
        sql[`${read.operation} · ${target.name}`] = JSON.parse(response.headers.get('x-subgraph-sql') ?? 'null');
      }
      if (json.errors || !isDeepStrictEqual(json.data, expected.data)) {
        say(`${read.operation}: ${target.name} answers differently from the hub; not timed (${response.status} ${JSON.stringify(json.errors ?? '').slice(0, 200)})`);
        continue;
      }
      if (read.alone && target.url === subgraphUrl(read.alone) && response.headers.get(SQL_STATEMENTS_HEADER) === null) throw new Error('a subgraph sent no SQL count');
      checked.push(target);
    }
    for (const connections of CONNECTIONS) {
      for (const target of checked) {
        const timed = await measure({ url: target.url, method: 'POST', headers: { 'content-type': 'application/json', ...target.headers() }, body, connections });
        rows.push({ operation: read.operation, target: target.name, connections, ...timed });
        say(`${read.operation} · ${target.name} · ${connections} client(s): ${timed.rps.toFixed(0)} requests/s, p50 ${timed.p50} ms`);
      }
    }
  }

  // The table, with the ratios beside each hub row.
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(`\nContract reads, ${args.national ? 'the national data set' : 'demo data'}, ${DURATION} s per measurement (latencies in ms)\n`);
  console.log(line(['operation', 'clients', 'target', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'hub ÷ Hive', 'hub ÷ alone', 'SQL per subgraph (hub)']));
  console.log(line(Array(11).fill('---')));
  for (const row of rows) {
    const peer = (name: string) => rows.find((r) => r.operation === row.operation && r.connections === row.connections && r.target === name);
    // "hub gateway (editor token)" beside "Hive Gateway (editor token)"; the subgraph alone is public only.
    const hubRow = row.target.startsWith('hub gateway');
    const hiveRow = peer(row.target.replace('hub gateway', 'Hive Gateway'));
    const aloneRow = row.target === 'hub gateway' ? rows.find((r) => r.operation === row.operation && r.connections === row.connections && r.target.endsWith(' alone')) : undefined;
    console.log(
      line([
        row.operation,
        row.connections,
        row.target,
        row.rps.toFixed(0),
        row.p50,
        row.p95,
        row.p99,
        row.errors,
        // No ratio where either side answered nothing within the run.
        hubRow && hiveRow && hiveRow.rps > 0 && row.rps > 0 ? (row.rps / hiveRow.rps).toFixed(2) : '',
        hubRow && aloneRow && aloneRow.rps > 0 && row.rps > 0 ? (row.rps / aloneRow.rps).toFixed(2) : '',
        hubRow ? JSON.stringify(sql[row.target === 'hub gateway' ? row.operation : `${row.operation} · ${row.target}`]) : '',
      ]),
    );
  }
  const pages = PAGES ? await publicPages({ origin: `http://127.0.0.1:${ports.GATEWAY_PORT}`, national: args.national!, year: YEAR, connections: CONNECTIONS, measure, say }) : undefined;
  const memory = Number(args.memory) > 0 ? await gatewayMemory(hub, Number(args.memory)) : undefined;

  const folder = join(root, 'bench/results');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), data: args.national ? 'national' : 'demo', duration: DURATION, rows, sql, pages, pagesGoalMs: PAGES_GOAL_MS, memory }, null, 2));
  say(`written ${file}`);
} finally {
  await stop();
}
