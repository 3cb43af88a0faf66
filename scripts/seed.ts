// npm run db:seed: loads the demo data into empty subgraph schemas (migrating first).
import { migrateAll, seedAll } from './database.ts';
import { withDatabase } from './postgres.ts';

await withDatabase(async (url) => {
  await migrateAll(url, (line) => console.log(line));
  await seedAll(url, (line) => console.log(line));
});
