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
  },
});
