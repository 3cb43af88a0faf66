// npm run db:migrate: applies pending migrations to the database at DATABASE_URL, or to the embedded
// PostgreSQL (started for the purpose) when DATABASE_URL is unset.
import { withDatabase } from './postgres.ts';
import { migrateAll } from './database.ts';

await withDatabase(async (url) => {
  await migrateAll(url, (line) => console.log(line));
});
