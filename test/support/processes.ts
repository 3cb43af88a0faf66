import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { freePort } from './free-port.ts';

/**
 * An extra gateway process over the run's subgraphs, with its own environment (production mode,
 * trusted documents). Returns its URL and a stop function.
 */
export async function startExtraGateway(
  env: Record<string, string>,
  options: { stdout?: (text: string) => void } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const urls = inject('subgraphUrls');
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', new URL('../../gateway/src/index.ts', import.meta.url).pathname], {
    env: {
      ...process.env,
      GATEWAY_PORT: String(port),
      REGISTRY_URL: urls.registry!,
      FUNDING_URL: urls.funding!,
      PROJECTS_URL: urls.projects!,
      METHODS_URL: urls.methods!,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', options.stdout ? 'pipe' : 'ignore', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => options.stdout?.(chunk.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`extra gateway exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error('extra gateway did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
