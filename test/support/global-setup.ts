import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { migrateAll, seedAll } from '../../scripts/database.ts';
import { startStack, type Stack } from '../../scripts/stack.ts';
import { ensureWebBuilt } from '../../scripts/web.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'embedded' | 'external';
    gatewayUrl: string;
    subgraphUrls: Record<string, string>;
    secrets: { INTERNAL_SECRET: string; JWT_SECRET: string };
  }
}

let database: TestDatabase | undefined;
let stack: Stack | undefined;

export async function setup(project: TestProject): Promise<void> {
  database = await createTestDatabase();
  console.log(`[test] ${database.kind} PostgreSQL, throwaway database ${new URL(database.url).pathname.slice(1)}`);
  await migrateAll(database.url);
  await seedAll(database.url);
  const ports = {
    GATEWAY_PORT: await freePort(),
    REGISTRY_PORT: await freePort(),
    FUNDING_PORT: await freePort(),
    PROJECTS_PORT: await freePort(),
    METHODS_PORT: await freePort(),
    WEB_PORT: await freePort(),
  };
  // The pages run from their build; built here when missing or older than their sources.
  ensureWebBuilt((line) => console.log(`[test] ${line}`));
  // Secrets of the run's own, long enough for production: a gateway started in production mode
  // (access.test.ts) must share INTERNAL_SECRET with the run's subgraphs, and production refuses the defaults.
  const secrets = { INTERNAL_SECRET: randomBytes(48).toString('base64'), JWT_SECRET: randomBytes(48).toString('base64') };
  stack = await startStack({
    databaseUrl: database.url,
    ports,
    // The suite sends thousands of public requests from one address; budgets get their own test
    // (test/hostile.test.ts) with a gateway of their own.
    env: { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn', NODE_ENV: 'test', RATE_LIMIT_CAPACITY: '1000000000', RATE_LIMIT_REFILL_PER_SECOND: '1000000000', ...secrets },
  });
  project.provide('secrets', secrets);
  project.provide('databaseUrl', database.url);
  project.provide('databaseKind', database.kind);
  project.provide('gatewayUrl', `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`);
  project.provide('subgraphUrls', {
    registry: `http://127.0.0.1:${ports.REGISTRY_PORT}/graphql`,
    funding: `http://127.0.0.1:${ports.FUNDING_PORT}/graphql`,
    projects: `http://127.0.0.1:${ports.PROJECTS_PORT}/graphql`,
    methods: `http://127.0.0.1:${ports.METHODS_PORT}/graphql`,
  });
}

export async function teardown(): Promise<void> {
  await stack?.stop();
  await database?.drop();
}
