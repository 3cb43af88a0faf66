import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseConfig } from '@finsam/core';
import { parseWebConfig } from '@finsam/core/config';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { builtPath, ENTRY_POINTS } from '../scripts/build-entries.ts';
import { WEB_PROXY_ENV } from '../scripts/web.ts';
import { freePort } from './support/free-port.ts';

/** docker-compose.yml runs the same system as containers; Debian's docker-compose validates it without an engine. */
const available = spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;

const root = new URL('..', import.meta.url).pathname;
const SECRETS = ['INTERNAL_SECRET', 'JWT_SECRET', 'WEB_SECRET'] as const;
// The ports each process listens on when nothing overrides them, as in the containers.
const defaults = parseConfig({});
const HUB = {
  registry: defaults.REGISTRY_PORT,
  funding: defaults.FUNDING_PORT,
  projects: defaults.PROJECTS_PORT,
  methods: defaults.METHODS_PORT,
  gateway: defaults.GATEWAY_PORT,
};

/** `docker-compose config` with the secrets given here and none inherited (the test run sets its own). */
function composeConfig(secrets: Partial<Record<(typeof SECRETS)[number], string>>, ...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SECRETS) delete env[name];
  const result = spawnSync('docker-compose', ['config', ...args], { cwd: root, env: { ...env, ...secrets } });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

interface Service {
  command?: string[];
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  restart?: string;
  depends_on?: Record<string, { condition?: string }>;
}

const secret = () => randomBytes(48).toString('base64');
const secrets = () => ({ INTERNAL_SECRET: secret(), JWT_SECRET: secret(), WEB_SECRET: secret() });

describe.skipIf(!available)('docker-compose.yml (skipped where docker-compose is not installed)', () => {
  it('is accepted by docker-compose config, with postgres, the four subgraphs and the gateway', () => {
    const result = composeConfig(secrets(), '--services');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n').filter(Boolean).sort()).toEqual(['funding', 'gateway', 'methods', 'migrate', 'postgres', 'projects', 'proxy', 'redis', 'registry', 'web']);
  });

  it('scales out: two gateway replicas share Redis behind nginx, which alone publishes port 4000 (README, "Scale-out")', () => {
    const result = composeConfig(secrets());
    expect(result.status, result.stderr).toBe(0);
    type Scaled = Service & { deploy?: { replicas?: number }; ports?: unknown[]; volumes?: unknown[] };
    const services = (parse(result.stdout) as { services: Record<string, Scaled> }).services;
    const gateway = services.gateway!;
    expect(gateway.deploy?.replicas).toBeGreaterThanOrEqual(2);
    // Replicas cannot share a host port; only the balancer publishes one.
    expect(gateway.ports).toBeUndefined();
    const config = parseConfig(gateway.environment);
    expect(config.REDIS_URL).toBe('redis://redis:6379');
    expect(config.TRUST_PROXY).not.toBe('');
    expect(gateway.depends_on?.redis).toEqual({ condition: 'service_healthy' });
    const proxy = services.proxy!;
    expect(JSON.stringify(proxy.ports)).toContain('4000');
    expect(JSON.stringify(proxy.volumes)).toContain('deploy/nginx.conf');
    expect(proxy.depends_on?.gateway).toEqual({ condition: 'service_healthy' });
  });

  it.each(SECRETS)('refuses to start without %s, and says which variable is missing', (missing) => {
    const others = Object.fromEntries(SECRETS.filter((name) => name !== missing).map((name) => [name, secret()]));
    for (const given of [others, { ...others, [missing]: '' }]) {
      const result = composeConfig(given, '--quiet');
      expect(result.status).not.toBe(0);
      // The file's own message comes last (docker-compose v1 quotes the whole environment before it).
      expect(result.stderr.trim().endsWith(`set ${missing} (at least 32 bytes), e.g. openssl rand -base64 48`), result.stderr).toBe(true);
    }
  });

  it('passes the secrets it is given to every hub service, which runs in production mode', () => {
    const given = secrets();
    const result = composeConfig(given);
    expect(result.status, result.stderr).toBe(0);
    const services = (parse(result.stdout) as { services: Record<string, Service> }).services;
    for (const name of Object.keys(HUB)) {
      expect(services[name]?.environment, name).toMatchObject({ INTERNAL_SECRET: given.INTERNAL_SECRET, JWT_SECRET: given.JWT_SECRET, NODE_ENV: 'production' });
    }
  });

  it('gives WEB_SECRET to the pages and the gateway only, and the pages the visitor address the gateway forwards', () => {
    const given = secrets();
    const result = composeConfig(given);
    expect(result.status, result.stderr).toBe(0);
    const services = (parse(result.stdout) as { services: Record<string, Service> }).services;
    const web = services.web!.environment!;
    // Both start in production with it (each refuses to without), and hold the same value.
    expect(parseWebConfig(web).WEB_SECRET).toBe(given.WEB_SECRET);
    // The pages verify an editor's session with JWT_SECRET, and refuse its development default in production.
    expect(parseWebConfig(web).JWT_SECRET).toBe(given.JWT_SECRET);
    expect(parseConfig(services.gateway!.environment).WEB_SECRET).toBe(given.WEB_SECRET);
    for (const name of Object.keys(HUB).filter((name) => name !== 'gateway')) expect(services[name]?.environment?.WEB_SECRET, name).toBeUndefined();
    // As npm start runs the pages: the visitor's address is the one the gateway's proxy resolved.
    expect(web).toMatchObject(WEB_PROXY_ENV);
  });

  it('gives every hub service a health check against its own /health and restarts it unless stopped; the gateway waits for healthy subgraphs', () => {
    const result = composeConfig(secrets());
    expect(result.status, result.stderr).toBe(0);
    const services = (parse(result.stdout) as { services: Record<string, Service> }).services;
    for (const [name, port] of Object.entries(HUB)) {
      const service = services[name];
      expect(service?.restart, name).toBe('unless-stopped');
      expect(service?.healthcheck?.test?.[0], name).toBe('CMD');
      expect(service?.healthcheck?.test?.join(' '), name).toContain(`http://127.0.0.1:${port}/health`);
    }
    const subgraphs = Object.keys(HUB).filter((name) => name !== 'gateway');
    expect(services.gateway?.depends_on).toEqual(Object.fromEntries([...subgraphs, 'redis'].map((name) => [name, { condition: 'service_healthy' }])));
  });

  it('runs every hub service and the migrate job from the image, with node on a file npm run build makes, and no tsx', () => {
    const result = composeConfig(secrets());
    expect(result.status, result.stderr).toBe(0);
    const services = (parse(result.stdout) as { services: Record<string, Service> }).services;
    const built = new Set(ENTRY_POINTS.map((entry) => builtPath(entry)));
    for (const name of [...Object.keys(HUB), 'migrate']) {
      const command = services[name]?.command ?? [];
      expect(services[name]?.build, name).toBeDefined();
      expect(command[0], name).toBe('node');
      expect(command.join(' '), name).not.toMatch(/tsx|\.ts\b/);
      expect(built.has(command.at(-1) ?? ''), `${name}: ${command.join(' ')}`).toBe(true);
    }
  });

  it("has health checks that pass against a live process and fail against a dead one (run here on the test stack's ports)", async () => {
    const result = composeConfig(secrets());
    expect(result.status, result.stderr).toBe(0);
    const services = (parse(result.stdout) as { services: Record<string, Service> }).services;
    const live: Record<string, string> = { ...inject('subgraphUrls'), gateway: inject('gatewayUrl') };
    const dead = await freePort();
    for (const [name, port] of Object.entries(HUB)) {
      const [cmd, program, ...args] = services[name]?.healthcheck?.test ?? [];
      expect([cmd, program], name).toEqual(['CMD', 'node']);
      const at = (target: number | string) => args.map((arg) => arg.replace(`127.0.0.1:${port}/`, `127.0.0.1:${target}/`));
      expect(spawnSync(process.execPath, at(new URL(live[name]!).port), { timeout: 10_000 }).status, name).toBe(0);
      expect(spawnSync(process.execPath, at(dead), { timeout: 10_000 }).status, name).toBe(1);
    }
  });
});

/**
 * The Dockerfile (issue 14, part 4): no engine here builds it, so what can be read is checked: a build
 * stage that compiles, and a final stage with production dependencies, a non-root user and node on the
 * built gateway.
 */
describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('../Dockerfile', import.meta.url), 'utf8');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const last = stages.at(-1) ?? '';

  it('is multi-stage: the build stage compiles with npm run build, the image copies only its dist/', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/^RUN .*npm run build/m);
    expect(last).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(last).not.toMatch(/^COPY \. /m);
  });

  it('installs production dependencies only, runs as a user other than root, and starts node on the built gateway without tsx', () => {
    expect(last).toMatch(/^RUN npm ci --omit=dev/m);
    const user = [...last.matchAll(/^USER (\S+)/gm)].at(-1)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(last)?.[1] ?? '[]') as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe(builtPath('gateway/src/index.ts'));
    expect(dockerfile).not.toMatch(/\btsx\b/);
  });
});

