import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPath, ENTRY_POINTS } from '../scripts/build-entries.ts';
import { freePort } from './support/free-port.ts';

/**
 * `npm run build` (issue 14, part 4): the processes the containers run, as JavaScript that plain `node`
 * starts. Built here into a folder of its own whose node_modules holds every installed package but tsx
 * and the workspaces (@finsam/*, whose exports are TypeScript), so a built file that still needed a
 * TypeScript loader or a .ts source could not start. Then the built registry and gateway, in
 * production mode, answer a query from the run's database.
 */
const root = new URL('..', import.meta.url).pathname;
const MISSING = new Set(['tsx', '@finsam', '.bin', '.package-lock.json']);

let work: string;
const children: ChildProcess[] = [];

/** The environment of a production process, with nothing that would load a loader (NODE_OPTIONS). */
function productionEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...inject('secrets'), ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

/** Starts a built entry point with plain node (no --import, no flags) and waits for its /health. */
const METRICS_TOKEN = 'a-metrics-token-of-at-least-32-bytes-for-production';

async function startBuilt(entry: string, port: number, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [builtPath(entry, join(work, 'dist'))], { cwd: work, env: productionEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${entry} did not answer /health: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('npm run build', () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'finsam-build-'));
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts'), '--out', join(work, 'dist')], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`npm run build failed: ${built.stderr}`);
    mkdirSync(join(work, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules'))) {
      if (!MISSING.has(name)) symlinkSync(join(root, 'node_modules', name), join(work, 'node_modules', name));
    }
  }, 180_000);
  afterAll(async () => {
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null ? undefined : new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
      ),
    );
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('compiles every process to JavaScript, with no TypeScript left and no way to load tsx', () => {
    for (const entry of ENTRY_POINTS) expect(existsSync(builtPath(entry, join(work, 'dist'))), entry).toBe(true);
    const files = filesUnder(join(work, 'dist'));
    expect(files.filter((file) => /\.[cm]?tsx?$/.test(file))).toEqual([]);
    // The files read at run time came along.
    expect(files).toContain(join(work, 'dist/gateway/supergraph.graphql'));
    expect(files.some((file) => file.endsWith('/migration.sql'))).toBe(true);
    expect(files).toContain(join(work, 'dist/gateway/explorer/build/index.html'));
    // Where the built processes run, tsx cannot be imported.
    const tsx = spawnSync(process.execPath, ['--input-type=module', '-e', "import('tsx').then(() => process.exit(0), () => process.exit(3))"], { cwd: work, env: productionEnv({}) });
    expect(tsx.status).toBe(3);
  });

  it('runs the migrate-and-seed job with plain node against the database (nothing left to do)', () => {
    const seed = spawnSync(process.execPath, [builtPath('scripts/seed.ts', join(work, 'dist'))], { cwd: work, env: productionEnv({ DATABASE_URL: inject('databaseUrl') }), encoding: 'utf8', timeout: 60_000 });
    expect(seed.status, seed.stderr).toBe(0);
  });

  it('starts the built registry and gateway with plain node, in production, and they answer a query', async () => {
    const [registryPort, gatewayPort] = [await freePort(), await freePort()];
    await startBuilt('services/registry/src/index.ts', registryPort, { DATABASE_URL: inject('databaseUrl'), REGISTRY_PORT: String(registryPort) });
    const urls = inject('subgraphUrls');
    await startBuilt('gateway/src/index.ts', gatewayPort, {
      GATEWAY_PORT: String(gatewayPort),
      REGISTRY_URL: `http://127.0.0.1:${registryPort}/graphql`,
      FUNDING_URL: urls.funding!,
      PROJECTS_URL: urls.projects!,
      METHODS_URL: urls.methods!,
      EXPLORER: 'on',
      METRICS_TOKEN: METRICS_TOKEN,
    });
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query KommunLookup { kommun(code: "0181") { name forbund { id } } }' }),
    });
    const body = (await response.json()) as { data?: { kommun?: { name: string; forbund: { id: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.kommun).toEqual({ name: 'Södertälje', forbund: [{ id: 'sodertalje-nykvarn' }] });
    // The built gateway finds the explorer's bundle beside it.
    const page = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('"name":"KommunLookup"');
    // The built gateway finds the client contract too, and labels its metrics by contract operation.
    const metrics = await fetch(`http://127.0.0.1:${gatewayPort}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/operation="KommunLookup"/);
  });
});
