import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Scale-out (issue 12, part 5): deploy/nginx.conf, the load balancer of docker-compose.yml, run here
 * by Debian's nginx in front of two gateway replicas. Only its addresses change: the test's ports for
 * the container names, loopback's resolver for Docker's. Skipped where nginx is not installed
 * (`.ci/run` installs nginx-light).
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => spawnSync(path, ['-v']).status === 0);
const CONF = new URL('../deploy/nginx.conf', import.meta.url);

describe.skipIf(!NGINX)(`deploy/nginx.conf in front of two gateway replicas${NGINX ? '' : ' (skipped: no nginx)'}`, () => {
  const small = { MAX_QUERY_COST: '50', RATE_LIMIT_CAPACITY: '50', RATE_LIMIT_REFILL_PER_SECOND: '1', RESPONSE_CACHE: 'off' };
  let replicas: Awaited<ReturnType<typeof startExtraGateway>>[] = [];
  let nginx: ChildProcess | undefined;
  let dir: string;
  let url: string;

  /** The conf as shipped, pointed at this machine: an upstream block replaces Docker's DNS. */
  function localConf(listen: number, upstreams: string[]): string {
    const shipped = readFileSync(CONF, 'utf8');
    expect(shipped).toMatch(/listen 4000;/);
    expect(shipped).toMatch(/set \$gateway http:\/\/gateway:4000;/);
    return shipped
      .replace(/^resolver .*$/m, `upstream gateway_replicas {\n${upstreams.map((u) => `  server ${u};`).join('\n')}\n  keepalive 8;\n}`)
      .replace('listen 4000;', `listen 127.0.0.1:${listen};`)
      .replace('set $gateway http://gateway:4000;', 'set $gateway http://gateway_replicas;');
  }

  beforeAll(async () => {
    // Loopback plays the container network: the replicas believe the hop nginx adds.
    replicas = await Promise.all([startExtraGateway({ ...small, TRUST_PROXY: 'loopback' }), startExtraGateway({ ...small, TRUST_PROXY: 'loopback' })]);
    dir = mkdtempSync(join(tmpdir(), 'finsam-nginx-'));
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), localConf(port, replicas.map((r) => new URL(r.url).host)));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents {}\nhttp {\n  access_log off;\n  client_body_temp_path ${dir};\n  proxy_temp_path ${dir};\n  include ${dir}/site.conf;\n}\n`,
    );
    const check = spawnSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')]);
    expect(check.status, check.stderr.toString()).toBe(0);
    nginx = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
    url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        if ((await fetch(new URL('/health', url))).ok) break;
      } catch {
        // not yet listening
      }
      if (Date.now() > deadline) throw new Error('nginx did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(async () => {
    nginx?.kill('SIGTERM');
    await Promise.all(replicas.map((r) => r.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const ask = async (forwardedFor?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: JSON.stringify({ query: '{ lans { code } }' }), // 22 of 50
    });
    return { status: response.status, body: (await response.json()) as { data?: { lans: unknown[] }; errors?: unknown } };
  };

  it('answers GraphQL through the balancer, from both replicas', async () => {
    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await ask(`198.51.100.${i + 1}`));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.every((a) => a.body.data?.lans.length === 21)).toBe(true);
    // Round robin: each replica has spent budget for two of the four callers, none for the others.
    const spent = await Promise.all(
      replicas.map(async (replica) => {
        let count = 0;
        for (let i = 0; i < 4; i += 1) {
          const response = await fetch(replica.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
            body: JSON.stringify({ query: '{ lans { code } }' }),
          });
          const body = (await response.json()) as { extensions?: { cost?: { budget?: { remaining?: number } } } };
          // 28 left (plus a second's refill) for a caller new to this replica; about 6 for one it served.
          const remaining = body.extensions?.cost?.budget?.remaining;
          expect(remaining, JSON.stringify(body)).toBeTypeOf('number');
          if (remaining! < 20) count += 1;
        }
        return count;
      }),
    );
    expect(spent).toEqual([2, 2]);
  });

  it('keeps budgets per client: the caller nginx names, not nginx itself', async () => {
    // Without a shared Redis each replica keeps its own buckets; the client's address decides its
    // bucket on whichever replica answers, so a spent client is refused there and others are not.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await ask('203.0.113.50')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await ask('203.0.113.51')).status).toBe(200);
  });
});
