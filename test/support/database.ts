import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminUrlOf, createDatabaseIfMissing, dropDatabase, startEmbeddedPostgres } from '@finsam/core';
import { freePort } from './free-port.ts';

export interface TestDatabase {
  url: string;
  kind: 'embedded' | 'external';
  drop(): Promise<void>;
}

/**
 * A throwaway database for one test run. With DATABASE_URL set, a new database on that server (the
 * CI's second pass runs against the system PostgreSQL this way); otherwise an embedded PostgreSQL in a
 * temporary folder on a free port. Either way nothing touches the data of a running `npm start`.
 */
export async function createTestDatabase(name = `finsam_test_${randomBytes(4).toString('hex')}`): Promise<TestDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const admin = adminUrlOf(external);
    await createDatabaseIfMissing(admin, name);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { url: url.toString(), kind: 'external', drop: () => dropDatabase(admin, name) };
  }
  const server = await startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'finsam-pg-')),
    port: await freePort(),
    database: name,
    persistent: false,
  });
  return { url: server.url, kind: 'embedded', drop: () => server.stop() };
}
