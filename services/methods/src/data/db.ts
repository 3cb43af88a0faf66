import { createPrisma, databaseUrl } from '@finsam/core';
import { PrismaClient } from '../generated/prisma/client.ts';

export const SCHEMA = 'methods';

let client: ReturnType<typeof createPrisma<PrismaClient>> | undefined;

/** The method library's PrismaClient, created on first use so that schema tooling runs without a database. */
export function db(): PrismaClient {
  client ??= createPrisma(PrismaClient, { databaseUrl: databaseUrl(), schema: SCHEMA });
  return client.prisma;
}

export function pool() {
  db();
  return client!.pool;
}

export async function disconnect(): Promise<void> {
  if (!client) return;
  await client.prisma.$disconnect();
  await client.pool.end();
  client = undefined;
}

export type { PrismaClient };
export type { Prisma } from '../generated/prisma/client.ts';
