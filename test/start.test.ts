import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';

/**
 * The README's first command, as a newcomer runs it on a fresh laptop: `npm start` without DATABASE_URL
 * starts an embedded PostgreSQL, migrates, loads the demo data, starts the four subgraphs and the
 * gateway, prints the URL, serves the contract, and stops everything cleanly on Ctrl-C (SIGINT).
 * Its data folder and ports are this test's own, so a running `npm start` is never touched.
 */
const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'finsam-start-'));
// Run as root, PostgreSQL runs as the postgres user, which must reach the data folder inside this one.
chmodSync(dataDir, 0o755);
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('brings the hub up on an empty embedded database, serves the contract, and stops on Ctrl-C', async () => {
    const ports = Object.fromEntries(
      await Promise.all(['EMBEDDED_PG_PORT', 'GATEWAY_PORT', 'REGISTRY_PORT', 'FUNDING_PORT', 'PROJECTS_PORT', 'METHODS_PORT', 'WEB_PORT'].map(async (name) => [name, String(await freePort())])),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, ...ports, PGDATA_DIR: join(dataDir, 'postgres'), LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    delete env.DATABASE_URL;
    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'start.ts')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 90_000;
    while (!output.includes('Finsam hub ready') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(output, output).toContain(`Finsam hub ready: http://localhost:${ports.GATEWAY_PORT}/graphql`);
    expect(output).toMatch(/seeded registry[\s\S]*seeded funding[\s\S]*seeded methods[\s\S]*seeded projects/);

    const response = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ kommun(code: "1380") { forbund { id } } method(id: "pa-ratt-vag") { usedBy { id } } fundingSummary(year: 2005) { total } }' }),
    });
    expect(await response.json()).toMatchObject({
      data: { kommun: { forbund: [{ id: 'halmstad' }] }, method: { usedBy: [{ id: 'halmstad' }] }, fundingSummary: { total: 5_600_000 } },
      extensions: { cost: { requested: expect.any(Number) } },
    });
    // The landing page where a person tries queries.
    const landing = await fetch(`http://localhost:${ports.GATEWAY_PORT}/graphql`, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type')).toMatch(/text\/html/);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toContain('[finsam] stopped');
  }, 120_000);
});
