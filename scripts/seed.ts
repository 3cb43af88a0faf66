// npm run db:seed: loads the demo data into empty subgraph schemas (migrating first).
// npm run db:seed -- --national [--scale N]: then the synthetic national data set on top (scripts/national.ts).
import { parseArgs } from 'node:util';
import { migrateAll, seedAll } from './database.ts';
import { generateNation, loadNation } from './national.ts';
import { withDatabase } from './postgres.ts';

const { values } = parseArgs({ options: { national: { type: 'boolean', default: false }, scale: { type: 'string' } } });
const scale = values.scale === undefined ? 1 : Number(values.scale);
if (values.scale !== undefined && !values.national) {
  console.error('--scale applies to the national data set: npm run db:seed -- --national --scale 0.5');
  process.exit(2);
}
if (!(scale > 0 && scale <= 100)) {
  console.error(`--scale must be a number above 0 and at most 100; got "${values.scale}".`);
  process.exit(2);
}

let failed = false;
await withDatabase(async (url) => {
  await migrateAll(url, (line) => console.log(line));
  await seedAll(url, (line) => console.log(line));
  if (!values.national) return;
  const started = performance.now();
  const nation = generateNation({ scale });
  console.log(`[finsam] national data: generated at scale ${scale} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const result = await loadNation(url, nation, (line) => console.log(`[finsam] ${line}`));
  console.log(`[finsam] ${result.message}${result.ok ? ` in ${((performance.now() - started) / 1000).toFixed(1)} s` : ''}`);
  failed = !result.ok;
});
if (failed) process.exitCode = 1;
