import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages (web/, issue 13) run from their production build (web/build, adapter-node). This builds
 * it when it is missing or older than any of its sources, so that npm start and a test run always
 * serve the code in the tree, and a second run in a row does not build again.
 */
const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'web');
export const WEB_ENTRY = join(web, 'build', 'index.js');
/**
 * adapter-node's view of a request behind the gateway's proxy (gateway/src/web-proxy.ts): the browser's
 * host and protocol, and the visitor's address, the one the gateway resolved through TRUST_PROXY and put
 * in X-Forwarded-For. docker-compose.yml sets the same for its web service.
 */
export const WEB_PROXY_ENV = { HOST_HEADER: 'x-forwarded-host', PROTOCOL_HEADER: 'x-forwarded-proto', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' } as const;
// The core modules the build bundles into the pages: config (with client-address), and the token check
// (with identity) that the session shares with the gateway.
const SOURCES = ['src', 'package.json', 'svelte.config.js', 'vite.config.ts', '../packages/core/src/config.ts', '../packages/core/src/token.ts', '../packages/core/src/identity.ts', '../packages/core/src/client-address.ts'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function webBuildIsCurrent(): boolean {
  if (!existsSync(WEB_ENTRY)) return false;
  const built = statSync(WEB_ENTRY).mtimeMs;
  return SOURCES.every((source) => newest(join(web, source)) <= built);
}

export function ensureWebBuilt(say: (line: string) => void = () => undefined): void {
  if (webBuildIsCurrent()) return;
  say('building the pages (web/, vite build)');
  const result = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    // The build imports the server modules to analyse them: production mode, as they will run.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`building the pages failed (cd web && npx vite build):\n${result.stderr || result.stdout}`);
  }
}
