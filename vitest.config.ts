import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'gateway/test/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // One throwaway database and one running stack (four subgraphs and the gateway) for the whole run.
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/worker-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Tests share one database; files that write use their own förbund ids, and counts are relative.
    fileParallelism: false,
    // The same file order in every run: without the results cache vitest runs larger files first. With
    // it, a second run starts with the slowest files, and the browser journeys, which write into the
    // demo förbund as the journeys require (an editor for Södertälje–Nykvarn publishes a
    // project of 3), then run before files that count the demo data (seen in CI's second pass).
    cache: false,
  },
});
