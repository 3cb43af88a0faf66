import { config, type Config } from './config.ts';
import { HubError, subgraphUnavailable } from './errors.ts';
import { IDENTITY_HEADER, PUBLIC, signIdentity, type Identity } from './identity.ts';
import { tracing } from './tracing.ts';

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
 * another's tables. Reads only; a failure is an error, never silently "no data": SUBGRAPH_UNAVAILABLE
 * when the other subgraph is down, slow (SUBGRAPH_TIMEOUT_MS) or failing, as at the gateway.
 */
export async function querySubgraph<T>(
  subgraph: SubgraphName,
  query: string,
  variables: Record<string, unknown> = {},
  identity: Identity = PUBLIC,
): Promise<T> {
  const cfg = config();
  let response: Response;
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const headers = new Headers({ 'content-type': 'application/json', [IDENTITY_HEADER]: signIdentity(identity, cfg.INTERNAL_SECRET, subgraph) });
  // The other subgraph's span joins the write's trace (issue 14).
  tracing()?.inject(headers);
  try {
    response = await fetch(subgraphUrls(cfg)[subgraph], {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(cfg.SUBGRAPH_TIMEOUT_MS),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    throw subgraphUnavailable(subgraph, timedOut ? `no answer within ${cfg.SUBGRAPH_TIMEOUT_MS} ms` : 'unreachable');
  }
  if (response.status >= 500 && !body.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
    throw subgraphUnavailable(subgraph, `HTTP ${response.status}`);
  }
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
