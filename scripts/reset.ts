// npm run db:reset: deletes the embedded PostgreSQL's data folder (the only command that does).
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { config } from '@finsam/core';

const dir = resolve(config().PGDATA_DIR);
if (config().DATABASE_URL) {
  console.error('DATABASE_URL is set: db:reset only deletes the embedded database, and leaves external servers alone.');
  process.exit(2);
}
if (!existsSync(dir)) {
  console.log(`nothing to delete: ${dir} does not exist`);
} else {
  rmSync(dir, { recursive: true, force: true });
  console.log(`deleted ${dir}; the next npm start initialises a fresh database with the demo data`);
}
