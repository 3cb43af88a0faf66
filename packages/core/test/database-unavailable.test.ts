import { createServer, type Server } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';
import { UNAVAILABLE_MESSAGE } from '../src/errors.ts';
import { isDatabaseUnavailable } from '../src/postgres.ts';
import { createPrisma } from '../src/prisma.ts';
import { maskErrors, serviceUnavailableStatus } from '../src/subgraph.ts';
// core has no Prisma schema of its own; any subgraph's client shows what Prisma throws.
import { PrismaClient } from '../../../services/projects/src/generated/prisma/client.ts';
import { freePort } from '../../../test/support/free-port.ts';

/**
 * What arrives when PostgreSQL is away, produced for real (issue 11, part 5): a refused connection, a
 * server that accepts but never answers (connect timeout) and a statement over statement_timeout.
 * test/postgres-restart.test.ts shows the shapes of a stop and start.
 */
const cfg = parseConfig({ ...process.env, PG_CONNECT_TIMEOUT_MS: '300', PG_STATEMENT_TIMEOUT_MS: '200' });
const open = (databaseUrl: string) => createPrisma(PrismaClient, { databaseUrl, schema: 'projects', config: cfg });
const clients: ReturnType<typeof open>[] = [];
let silent: Server;

async function errorOf(databaseUrl: string, sql: 'sleep' | 'select' | 'typo'): Promise<unknown> {
  const client = open(databaseUrl);
  clients.push(client);
  const started = Date.now();
  try {
    if (sql === 'sleep') await client.prisma.$queryRaw`SELECT pg_sleep(2)`;
    else if (sql === 'typo') await client.prisma.$queryRawUnsafe('SELECT no_such_column FROM projects.project');
    else await client.prisma.$transaction(async (tx) => tx.project.count());
  } catch (error) {
    // Nothing waits longer than the configured limits.
    expect(Date.now() - started).toBeLessThan(1_500);
    return error;
  }
  throw new Error('expected the query to fail');
}

beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
});

afterAll(async () => {
  for (const { prisma, pool } of clients) {
    await prisma.$disconnect();
    await pool.end();
  }
  silent.close();
});

describe('a PostgreSQL that is away', () => {
  it('is recognised in what Prisma throws: refused, connect timeout, statement timeout', async () => {
    const nobody = `postgres://postgres:postgres@127.0.0.1:${await freePort()}/finsam`;
    const mute = `postgres://postgres:postgres@127.0.0.1:${(silent.address() as { port: number }).port}/finsam`;
    const refused = await errorOf(nobody, 'select');
    expect(refused).toMatchObject({ code: 'P1001' });
    expect(isDatabaseUnavailable(refused)).toBe(true);
    const connectTimeout = await errorOf(mute, 'select');
    expect(isDatabaseUnavailable(connectTimeout)).toBe(true);
    const statementTimeout = await errorOf(process.env.DATABASE_URL!, 'sleep');
    expect(statementTimeout).toMatchObject({ meta: { driverAdapterError: { cause: { code: '57014' } } } });
    expect(isDatabaseUnavailable(statementTimeout)).toBe(true);
  });

  it('is not confused with a statement the database refused', async () => {
    const refusal = await errorOf(process.env.DATABASE_URL!, 'typo');
    expect(isDatabaseUnavailable(refusal)).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });

  it('becomes SERVICE_UNAVAILABLE with a message a person can act on, in production and development', async () => {
    const original = await errorOf(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/finsam`, 'select');
    const error = new GraphQLError((original as Error).message, { path: ['createProject'], originalError: original as Error });
    for (const production of [true, false]) {
      const formatted = maskErrors(production)({ message: error.message, path: ['createProject'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
      expect(formatted).toEqual({ message: UNAVAILABLE_MESSAGE, path: ['createProject'], extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
  });

  it("passes a subgraph's 503 on at the gateway with its code and without the subgraph's address", () => {
    const fromGateway = {
      message: '503: Service Unavailable',
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        serviceName: 'projects',
        response: { url: 'http://projects:4003/graphql', status: 503, body: { errors: [{ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } }] } },
      },
    };
    expect(maskErrors(true)(fromGateway, new GraphQLError(fromGateway.message))).toEqual({
      message: UNAVAILABLE_MESSAGE,
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'projects' },
    });
    const otherFailure = { ...fromGateway, extensions: { ...fromGateway.extensions, response: { ...fromGateway.extensions.response, status: 500, body: {} } } };
    expect(maskErrors(true)(otherFailure, new GraphQLError(otherFailure.message)).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers HTTP 503 only when nothing else in the response succeeded', async () => {
    const original = await errorOf(`postgres://postgres:postgres@127.0.0.1:${await freePort()}/finsam`, 'select');
    const server = new ApolloServer({
      typeDefs: 'type Query { stored: String constant: String }',
      resolvers: { Query: { stored: () => Promise.reject(original as Error), constant: () => 'here' } },
      formatError: maskErrors(true),
      plugins: [serviceUnavailableStatus()],
    });
    await server.start();
    try {
      const whole = await server.executeOperation({ query: '{ stored }' });
      expect(whole.http.status).toBe(503);
      expect(whole.http.headers.get('retry-after')).toBe('1');
      const partial = await server.executeOperation({ query: '{ stored constant }' });
      expect(partial.http.status).toBeUndefined();
      expect(partial.body).toMatchObject({ kind: 'single', singleResult: { data: { stored: null, constant: 'here' }, errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] } });
    } finally {
      await server.stop();
    }
  });
});
