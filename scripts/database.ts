import { join } from 'node:path';
import { migrate, useDatabase, type MigrateResult } from '@finsam/core';
import { SUBGRAPHS } from './subgraphs.ts';

const root = new URL('..', import.meta.url).pathname;

/** Migrates every subgraph's PostgreSQL schema in turn (npm run db:migrate, npm start, tests). */
export async function migrateAll(databaseUrl: string, progress: (line: string) => void = () => {}): Promise<MigrateResult[]> {
  const results: MigrateResult[] = [];
  for (const { name } of SUBGRAPHS) {
    const result = await migrate({ databaseUrl, schema: name, migrationsDir: join(root, 'prisma', name, 'migrations') });
    progress(
      result.applied.length > 0
        ? `migrated ${name}: applied ${result.applied.join(', ')}`
        : `migrated ${name}: up to date (${result.alreadyApplied.length} applied before)`,
    );
    results.push(result);
  }
  return results;
}

/**
 * Loads each subgraph's demo data where its tables are empty, in dependency order (the registry
 * first: other subgraphs' demo rows name its förbund ids). Runs in this process against
 * DATABASE_URL, then closes the pools it opened.
 */
export async function seedAll(databaseUrl: string, progress: (line: string) => void = () => {}): Promise<void> {
  useDatabase(databaseUrl);
  for (const subgraph of SUBGRAPHS) {
    try {
      const loaded = await subgraph.seed();
      progress(loaded ? `seeded ${subgraph.name}` : `seed ${subgraph.name}: data present, left as is`);
    } finally {
      await subgraph.disconnect();
    }
  }
}
