import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { prettifyLines } from '@finsam/core';
import { SUBGRAPHS, type SubgraphEntry } from './subgraphs.ts';
import { WEB_ENTRY, WEB_PROXY_ENV } from './web.ts';

/**
 * Runs the four subgraphs and the gateway as separate processes (npm start, and the end-to-end tests),
 * waits until each answers /health, and stops them all together.
 */
export interface StackPorts {
  GATEWAY_PORT: number;
  REGISTRY_PORT: number;
  FUNDING_PORT: number;
  PROJECTS_PORT: number;
  METHODS_PORT: number;
  /** The pages (web/, issue 13), run from their build (scripts/web.ts); without it, no pages. */
  WEB_PORT?: number;
}

export interface Stack {
  gatewayUrl: string;
  ports: StackPorts;
  /** The process id of a running process ('gateway' or a subgraph), for tests that kill one. */
  pid(name: string): number | undefined;
  stop(): Promise<void>;
}

/** Restart back-off: the first restart after RESTART_FIRST_MS, doubling to RESTART_MAX_MS while it keeps dying. */
const RESTART_FIRST_MS = 250;
const RESTART_MAX_MS = 10_000;
/** A process that stayed up this long is healthy again: its next death restarts after RESTART_FIRST_MS. */
const RESTART_RESET_MS = 30_000;

const root = new URL('..', import.meta.url).pathname;

async function waitForHealth(name: string, port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not answer http://127.0.0.1:${port}/health within ${timeoutMs / 1000}s`);
}

/** SIGTERM, and SIGKILL after 10 s; resolves when the process has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(options: {
  databaseUrl: string;
  ports: StackPorts;
  env?: Record<string, string>;
  /**
   * Where the processes' JSON log lines go: this process's stdout as they are (default), nowhere, or
   * made readable here (npm start at a terminal, issue 14). The processes always write JSON, so that
   * lines are prettified once, in this process, and a whole line at a time.
   */
  output?: 'inherit' | 'ignore' | 'pretty';
  progress?: (line: string) => void;
  /** Only these subgraphs (a test that needs just the ones its writes reach); default: all four. */
  subgraphs?: SubgraphEntry['name'][];
  /** Restart a process that dies, with back-off (npm start, the outage test); default: off. */
  supervise?: boolean;
  /** The first restart's delay (default RESTART_FIRST_MS); a test lengthens it to look at the outage. */
  restartFirstMs?: number;
}): Promise<Stack> {
  const firstDelay = options.restartFirstMs ?? RESTART_FIRST_MS;
  const env = {
    // The pages and the gateway share a secret of the run's own unless one is given (config.ts,
    // WEB_SECRET): with it the gateway keeps each visitor of the pages in a budget of their own.
    WEB_SECRET: randomBytes(32).toString('base64url'),
    ...process.env,
    ...options.env,
    LOG_FORMAT: 'json',
    DATABASE_URL: options.databaseUrl,
    ...Object.fromEntries(Object.entries(options.ports).map(([k, v]) => [k, String(v)])),
  };
  const processes: { name: string; entry: string; port: number }[] = [
    ...SUBGRAPHS.filter((s) => !options.subgraphs || options.subgraphs.includes(s.name)).map((s) => ({ name: s.name, entry: join(root, 'services', s.name, 'src', 'index.ts'), port: options.ports[s.portEnv] })),
  ];
  if (options.ports.WEB_PORT !== undefined) {
    // Needs nothing to start: its pages ask the gateway per request. adapter-node reads PORT and HOST,
    // and the browser's host and protocol from the headers the gateway's proxy sets.
    processes.push({ name: 'web', entry: WEB_ENTRY, port: options.ports.WEB_PORT });
  }
  const children = new Map<string, ChildProcess>();
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();
  const stop = async () => {
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    await Promise.all([...children.values()].map(stopChild));
  };
  const launch = (name: string, entry: string, port: number, delayMs = firstDelay): ChildProcess => {
    const output = options.output ?? 'inherit';
    const stream = output === 'pretty' ? 'pipe' : output;
    // The pages run from their production build with plain node (scripts/web.ts builds it).
    const web = name === 'web';
    const child = spawn(process.execPath, web ? [entry] : ['--import', 'tsx', entry], {
      cwd: root,
      env: web ? { ...env, PORT: String(port), HOST: '127.0.0.1', ...WEB_PROXY_ENV } : env,
      stdio: ['ignore', stream, stream],
    });
    if (output === 'pretty') {
      prettifyLines(child.stdout!, process.stdout);
      prettifyLines(child.stderr!, process.stderr);
    }
    children.set(name, child);
    const startedAt = Date.now();
    child.once('exit', (code, signal) => {
      if (stopping || !options.supervise) return;
      // A process that lived long enough starts over at the first delay; one that keeps dying waits longer.
      const delay = Date.now() - startedAt > RESTART_RESET_MS ? firstDelay : delayMs;
      options.progress?.(`${name} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`);
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopping) return;
        const next = launch(name, entry, port, Math.min(delay * 2, RESTART_MAX_MS));
        waitForHealth(name, port, next).then(
          () => options.progress?.(`${name} restarted and ready on port ${port}`),
          () => undefined, // it died again: its own exit handler schedules the next try
        );
      }, delay);
      timers.add(timer);
    });
    return child;
  };
  try {
    const started = processes.map((p) => ({ ...p, child: launch(p.name, p.entry, p.port) }));
    await Promise.all(
      started.map(async (p) => {
        await waitForHealth(p.name, p.port, p.child);
        options.progress?.(`${p.name} ${p.name === 'web' ? 'pages' : 'subgraph'} ready on port ${p.port}`);
      }),
    );
    // The gateway last: it plans against the subgraphs, which must be up to answer.
    const gateway = launch('gateway', join(root, 'gateway', 'src', 'index.ts'), options.ports.GATEWAY_PORT);
    await waitForHealth('gateway', options.ports.GATEWAY_PORT, gateway);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://localhost:${options.ports.GATEWAY_PORT}/graphql`,
    ports: options.ports,
    pid: (name) => children.get(name)?.pid,
    stop,
  };
}
