import { join } from 'node:path';

/**
 * The processes docker-compose.yml runs, which `npm run build` compiles (scripts/build.ts): the
 * gateway, the four subgraphs, and the migrate-and-seed job (seed.ts migrates first; migrate.ts alone).
 */
export const ENTRY_POINTS = [
  'gateway/src/index.ts',
  'services/registry/src/index.ts',
  'services/funding/src/index.ts',
  'services/projects/src/index.ts',
  'services/methods/src/index.ts',
  'scripts/seed.ts',
  'scripts/migrate.ts',
] as const;

/** Where the build puts an entry point: its path under dist/, in .js (gateway/src/index.ts → dist/gateway/src/index.js). */
export const builtPath = (entry: string, dist = 'dist') => join(dist, entry.replace(/\.ts$/, '.js'));
