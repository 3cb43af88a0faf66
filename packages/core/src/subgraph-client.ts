import { config, type Config } from './config.ts';
import { HubError } from './errors.ts';
import { IDENTITY_HEADER, PUBLIC, signIdentity, type Identity } from './identity.ts';

export type SubgraphName = 'registry' | 'funding' | 'projects' | 'methods';

/** Where each subgraph listens: its *_URL when set, otherwise SUBGRAPH_HOST and its port. */
export function subgraphUrls(cfg: Config = config()): Record<SubgraphName, string> {
  const url = (port: number) => `http://${cfg.SUBGRAPH_HOST}:${port}/graphql`;
  return {
    registry: cfg.REGISTRY_URL ?? url(cfg.REGISTRY_PORT),
    funding: cfg.FUNDING_URL ?? url(cfg.FUNDING_PORT),
    projects: cfg.PROJECTS_URL ?? url(cfg.PROJECTS_PORT),
    methods: cfg.METHODS_URL ?? url(cfg.METHODS_PORT),
  };
}

/**
 * Asks another subgraph a question during a write, signed like the gateway signs (e.g. funding asks
 * the registry which kommuner were members in a year). Data stays with its owner: no subgraph reads
 * another's tables. Reads only; a failure is an internal error, never silently "no data".
 */
export async function querySubgraph<T>(
  subgraph: SubgraphName,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity = PUBLIC,
): Promise<T> {
  const cfg = config();
  const response = await fetch(subgraphUrls(cfg)[subgraph], {
    method: 'POST',
    headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, cfg.INTERNAL_SECRET, subgraph) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    // Expected errors of the other subgraph (e.g. BAD_USER_INPUT) pass through with their code.
    if (code && code !== 'INTERNAL_SERVER_ERROR') throw new HubError(code as never, error.message);
    throw new Error(`${subgraph} subgraph failed: ${error.message}`);
  }
  if (!response.ok || !body.data) throw new Error(`${subgraph} subgraph answered HTTP ${response.status}`);
  return body.data;
}
