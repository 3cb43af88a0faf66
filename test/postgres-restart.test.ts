import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, parseConfig, signIdentity, startEmbeddedPostgres, type Postgres } from '@finsam/core';
import { issueDevToken } from '../gateway/src/auth.ts';
import { migrateAll, seedAll } from '../scripts/database.ts';
import { startStack, type Stack } from '../scripts/stack.ts';
import { freePort } from './support/free-port.ts';

/**
 * Issue 11, part 5: writes sent continuously while PostgreSQL stops and starts again. Every
 * acknowledged write is kept, every refused one left nothing behind and said SERVICE_UNAVAILABLE with
 * HTTP 503, and the same processes answer again once PostgreSQL is back.
 *
 * The run's shared database cannot be stopped (other files use it; with DATABASE_URL it is a server
 * the suite does not own), so this file starts its own embedded PostgreSQL, and the two subgraphs a
 * project write reaches (projects, and the registry it asks whether the förbund is active) behind a
 * gateway, in production mode: what a client sees there is what a deployment shows.
 */

const FORBUND = 'sodertalje-nykvarn';
const WRITERS = 4;
/** Each report goes to a (project, year) of its own, so that an acknowledged one is never replaced. */
const REPORT_PROJECTS = 20;
const YEARS = Array.from({ length: 22 }, (_, i) => 2004 + i);
const DOWN_MS = 3_000;

const CREATE = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const REPORT = `mutation ($projectId: ID!, $input: ParticipationInput!) { reportParticipation(projectId: $projectId, input: $input) { year participants } }`;

interface Attempt {
  kind: 'create' | 'report';
  /** The project's title (create), or "projectId/year" (report). */
  key: string;
  participants?: number;
  status: number;
  acknowledged: boolean;
  codes: string[];
  /** After PostgreSQL was started again. */
  afterRestart: boolean;
}

let dataDir: string;
let port: number;
let postgres: Postgres;
let stack: Stack;
let gatewayUrl: string;
let projectsUrl: string;
let internalSecret: string;
let token: string;
const savedDatabaseUrl = process.env.DATABASE_URL;

const startPostgres = () => startEmbeddedPostgres({ dataDir, port, database: 'finsam_restart', persistent: true });

async function send(query: string, variables: Record<string, unknown>) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body };
}

const createInput = (title: string) => ({
  forbundId: FORBUND,
  title,
  kind: 'INDIVIDUAL',
  startsOn: '2004-01-01',
  endsOn: '2025-12-31',
  targetGroups: ['LONG_TERM_UNEMPLOYED'],
  partyKinds: ['KOMMUN', 'ARBETSFORMEDLINGEN'],
});

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'finsam-pg-restart-'));
  port = await freePort();
  postgres = await startPostgres();
  await migrateAll(postgres.url);
  await seedAll(postgres.url);
  // Production refuses development secrets; these exist for this file only.
  const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), INTERNAL_SECRET: randomBytes(32).toString('hex') };
  const ports = {
    GATEWAY_PORT: await freePort(),
    REGISTRY_PORT: await freePort(),
    FUNDING_PORT: await freePort(),
    PROJECTS_PORT: await freePort(),
    METHODS_PORT: await freePort(),
  };
  stack = await startStack({
    databaseUrl: postgres.url,
    ports,
    env: { ...secrets, NODE_ENV: 'production', LOG_LEVEL: 'silent' },
    output: 'ignore',
    subgraphs: ['registry', 'projects'],
  });
  gatewayUrl = `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`;
  projectsUrl = `http://127.0.0.1:${ports.PROJECTS_PORT}/graphql`;
  internalSecret = secrets.INTERNAL_SECRET;
  token = await issueDevToken(parseConfig({ ...process.env, ...secrets, NODE_ENV: 'production' }), { role: 'forbund_editor', forbund: FORBUND, sub: 'restart-test' });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await postgres?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  // seedAll pointed this worker's environment at the database above.
  if (savedDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedDatabaseUrl;
});

describe('writes across a PostgreSQL stop and start', () => {
  it('keeps every acknowledged write, leaves nothing of a refused one, and recovers without restarting a process', async () => {
    const projectIds: string[] = [];
    for (let i = 0; i < REPORT_PROJECTS; i += 1) {
      const created = await send(CREATE, { input: createInput(`Omstart rapport ${i}`) });
      expect(created.errors).toBeUndefined();
      projectIds.push((created.data!.createProject as { id: string }).id);
    }
    const reportSlots = projectIds.flatMap((projectId) => YEARS.map((year) => ({ projectId, year })));

    const attempts: Attempt[] = [];
    const retryAfter = new Set<string | null>();
    let sequence = 0;
    let restarted = false;
    let acknowledgedAfterRestart = 0;
    let running = true;
    const writer = async () => {
      while (running) {
        const n = (sequence += 1);
        const slot = n % 2 === 0 ? reportSlots.pop() : undefined;
        const afterRestart = restarted;
        const attempt: Omit<Attempt, 'status' | 'acknowledged' | 'codes'> = slot
          ? { kind: 'report', key: `${slot.projectId}/${slot.year}`, participants: n, afterRestart }
          : { kind: 'create', key: `Omstart ${n}`, afterRestart };
        const result = slot
          ? await send(REPORT, { projectId: slot.projectId, input: { year: slot.year, participants: n, women: 0, men: 0 } })
          : await send(CREATE, { input: createInput(attempt.key) });
        const acknowledged = result.status === 200 && !result.errors && result.data != null;
        if (!acknowledged) retryAfter.add(result.retryAfter);
        if (acknowledged && afterRestart) acknowledgedAfterRestart += 1;
        attempts.push({ ...attempt, status: result.status, acknowledged, codes: (result.errors ?? []).map((e) => e.extensions?.code ?? '') });
      }
    };

    const writers = Array.from({ length: WRITERS }, writer);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    try {
      await sleep(1_000);
      await postgres.stop();
      const downSince = Date.now();
      // The subgraph itself, asked as the gateway asks it, answers 503 with the code in its body.
      const direct = await fetch(projectsUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: signIdentity({ role: 'forbund_editor', subject: 'restart-test', forbundId: FORBUND }, internalSecret, 'projects'),
        },
        body: JSON.stringify({ query: CREATE, variables: { input: createInput('Omstart direkt') } }),
      });
      expect(direct.status).toBe(503);
      expect(((await direct.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      await sleep(DOWN_MS - (Date.now() - downSince));
      postgres = await startPostgres();
      restarted = true;
      // Recovered: writes are acknowledged again, by the same processes, within a few seconds.
      const deadline = Date.now() + 10_000;
      while (acknowledgedAfterRestart < 20 && Date.now() < deadline) await sleep(100);
    } finally {
      running = false;
      await Promise.all(writers);
    }

    const acknowledged = attempts.filter((a) => a.acknowledged);
    const refused = attempts.filter((a) => !a.acknowledged);
    // The stop must have been felt, and the hub must have worked before and after it.
    expect(acknowledged.filter((a) => !a.afterRestart).length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(acknowledgedAfterRestart).toBeGreaterThanOrEqual(20);
    // Every refusal is the retryable code with HTTP 503, never INTERNAL_SERVER_ERROR.
    expect(refused.filter((a) => a.status !== 503 || a.codes.join() !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect([...retryAfter]).toEqual(['1']);

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const projects = await client.query<{ id: string; title: string; version: number }>(
        `SELECT id, title, version FROM projects.project WHERE title LIKE 'Omstart %'`,
      );
      const byTitle = new Map(projects.rows.map((row) => [row.title, row]));
      const created = attempts.filter((a) => a.kind === 'create');
      expect(created.filter((a) => a.acknowledged && !byTitle.has(a.key)).map((a) => a.key)).toEqual([]);
      expect(created.filter((a) => !a.acknowledged && byTitle.has(a.key)).map((a) => a.key)).toEqual([]);
      expect(projects.rowCount).toBe(REPORT_PROJECTS + created.filter((a) => a.acknowledged).length);
      // A project comes with its audit entry in one transaction: none without the other.
      const unaudited = await client.query(
        `SELECT p.id FROM projects.project p WHERE p.title LIKE 'Omstart %'
           AND (SELECT count(*) FROM projects.audit_entry a WHERE a.project_id = p.id AND a.action = 'createProject') <> 1`,
      );
      expect(unaudited.rows).toEqual([]);

      const rows = await client.query<{ project_id: string; year: number; participants: number }>(
        `SELECT project_id, year, participants FROM projects.participation WHERE project_id = ANY($1)`,
        [projectIds],
      );
      const stored = new Map(rows.rows.map((row) => [`${row.project_id}/${row.year}`, row.participants]));
      const reports = attempts.filter((a) => a.kind === 'report');
      expect(reports.filter((a) => a.acknowledged && stored.get(a.key) !== a.participants).map((a) => a.key)).toEqual([]);
      expect(reports.filter((a) => !a.acknowledged && stored.has(a.key)).map((a) => a.key)).toEqual([]);
      expect(rows.rowCount).toBe(reports.filter((a) => a.acknowledged).length);
      // The report bumps the project's version in the same transaction: a refused one bumped nothing.
      const versions = new Map(projects.rows.map((row) => [row.id, row.version]));
      for (const projectId of projectIds) {
        const kept = reports.filter((a) => a.acknowledged && a.key.startsWith(`${projectId}/`)).length;
        expect(versions.get(projectId), projectId).toBe(1 + kept);
      }
    } finally {
      await client.end();
    }
    console.log(
      `[postgres restart] ${attempts.length} writes: ${acknowledged.length} acknowledged, ${refused.length} refused with SERVICE_UNAVAILABLE`,
    );
  }, 60_000);
});
