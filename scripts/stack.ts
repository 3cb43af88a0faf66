import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS, type SubgraphEntry } from './subgraphs.ts';

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
}

export interface Stack {
  gatewayUrl: string;
  ports: StackPorts;
  stop(): Promise<void>;
}

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

function stopChild(child: ChildProcess): Promise<void> {
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
  /** Where the processes' JSON log lines go; default: this process's stdout. */
  output?: 'inherit' | 'ignore';
  progress?: (line: string) => void;
  /** Only these subgraphs (a test that needs just the ones its writes reach); default: all four. */
  subgraphs?: SubgraphEntry['name'][];
}): Promise<Stack> {
  const env = {
    ...process.env,
    ...options.env,
    DATABASE_URL: options.databaseUrl,
    ...Object.fromEntries(Object.entries(options.ports).map(([k, v]) => [k, String(v)])),
  };
  const processes = [
    ...SUBGRAPHS.filter((s) => !options.subgraphs || options.subgraphs.includes(s.name)).map((s) => ({ name: s.name, entry: join(root, 'services', s.name, 'src', 'index.ts'), port: options.ports[s.portEnv] })),
  ];
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  const launch = (name: string, entry: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      cwd: root,
      env,
      stdio: ['ignore', options.output ?? 'inherit', options.output === 'ignore' ? 'ignore' : 'inherit'],
    });
    children.push(child);
    return child;
  };
  try {
    const started = processes.map((p) => ({ ...p, child: launch(p.name, p.entry) }));
    await Promise.all(
      started.map(async (p) => {
        await waitForHealth(p.name, p.port, p.child);
        options.progress?.(`${p.name} subgraph ready on port ${p.port}`);
      }),
    );
    // The gateway last: it plans against the subgraphs, which must be up to answer.
    const gateway = launch('gateway', join(root, 'gateway', 'src', 'index.ts'));
    await waitForHealth('gateway', options.ports.GATEWAY_PORT, gateway);
  } catch (error) {
    await stop();
    throw error;
  }
  return { gatewayUrl: `http://localhost:${options.ports.GATEWAY_PORT}/graphql`, ports: options.ports, stop };
}
