import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { WEB_ENTRY, WEB_PROXY_ENV } from '../../scripts/web.ts';
import { freePort } from './free-port.ts';

export interface ExtraProcess {
  url: string;
  stop: () => Promise<void>;
}

/** Starts one of the hub's processes on a free port and waits until it answers /health. */
async function startProcess(
  name: string,
  entry: URL | string,
  env: Record<string, string>,
  options: { stdout?: (text: string) => void; port?: number },
): Promise<ExtraProcess> {
  const port = options.port ?? (await freePort());
  // The pages run from their build with plain node (scripts/web.ts), on adapter-node's PORT.
  const web = name === 'web';
  const path = typeof entry === 'string' ? entry : entry.pathname;
  const child: ChildProcess = spawn(process.execPath, web ? [path] : ['--import', 'tsx', path], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, [web ? 'PORT' : `${name === 'gateway' ? 'GATEWAY' : name.toUpperCase()}_PORT`]: String(port) },
    stdio: ['ignore', options.stdout ? 'pipe' : 'ignore', 'inherit'],
  });
  child.stdout?.on('data', (chunk: Buffer) => options.stdout?.(chunk.toString()));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`extra ${name} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`extra ${name} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: web ? `http://127.0.0.1:${port}` : `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * An extra gateway process over the run's subgraphs, with its own environment (production mode,
 * trusted documents). Returns its URL and a stop function.
 */
export async function startExtraGateway(env: Record<string, string>, options: { stdout?: (text: string) => void; port?: number } = {}): Promise<ExtraProcess> {
  const urls = inject('subgraphUrls');
  return startProcess(
    'gateway',
    new URL('../../gateway/src/index.ts', import.meta.url),
    { REGISTRY_URL: urls.registry!, FUNDING_URL: urls.funding!, PROJECTS_URL: urls.projects!, METHODS_URL: urls.methods!, ...env },
    options,
  );
}

/** An extra subgraph process on the run's database, with its own environment (tracing). */
export async function startExtraSubgraph(
  name: 'registry' | 'funding' | 'projects' | 'methods',
  env: Record<string, string>,
  options: { stdout?: (text: string) => void } = {},
): Promise<ExtraProcess> {
  return startProcess(name, new URL(`../../services/${name}/src/index.ts`, import.meta.url), env, options);
}

/**
 * An extra pages process (web/, from the build the run's setup made) with its own environment, as
 * scripts/stack.ts starts it behind a gateway. Its url is its origin.
 */
export async function startExtraWeb(env: Record<string, string>, options: { stdout?: (text: string) => void } = {}): Promise<ExtraProcess> {
  return startProcess(
    'web',
    new URL(`file://${WEB_ENTRY}`),
    { HOST: '127.0.0.1', ...WEB_PROXY_ENV, ...env },
    options,
  );
}
