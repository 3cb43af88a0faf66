import { subgraphDatabase } from '@finsam/core';
import { PrismaClient } from '../generated/prisma/client.ts';

/** The methods subgraph's own PostgreSQL schema; its tables live nowhere else. */
export const SCHEMA = 'methods';

export const { db, pool, disconnect } = subgraphDatabase(PrismaClient, SCHEMA);

export type { PrismaClient };
export type { Prisma } from '../generated/prisma/client.ts';
