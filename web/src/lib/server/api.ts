import { error } from '@sveltejs/kit';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { VISITOR_ADDRESS_HEADER, WEB_SECRET_HEADER } from '@finsam/core/client-address';
import { gatewayUrl, parseWebConfig, type WebConfig } from '@finsam/core/config';

/**
 * The pages ask the hub's own gateway, as the public role (no token), the same GraphQL a client
 * would: its limits, its response cache and its small-count rules apply to the pages too (issue 13).
 * The text sent is graphql-js's print of the operation, which is how the trusted-documents manifest
 * is built (scripts/composition.ts), so the pages run also where TRUSTED_DOCUMENTS=enforce.
 */
let cfg: WebConfig | undefined;
// Parsed at start (hooks.server.ts, init) and at the first request, not at import: the build imports
// this module to analyse the routes.
export const webConfig = (): WebConfig => (cfg ??= parseWebConfig());
const endpoint = (): string => gatewayUrl(webConfig());
/** The gateway's GraphQL endpoint as a Request names it (Request.url is normalised). */
export const endpointUrl = (): string => new URL(endpoint()).href;
const texts = new WeakMap<object, string>();

/** How long a page waits for the gateway, which itself waits at most SUBGRAPH_TIMEOUT_MS per subgraph. */
const TIMEOUT_MS = 15_000;

export interface GraphQLFailure {
  message: string;
  extensions?: { code?: string; serviceName?: string; field?: string; rule?: string; currentVersion?: number };
}

export interface Answer<T> {
  data: T;
  /** Errors beside data: a subgraph away leaves its fields null and the rest of the page stands. */
  errors: GraphQLFailure[];
}

export async function query<TData, TVariables>(
  fetcher: typeof fetch,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  /** The signed-in editor's token (the editor's pages); the public pages ask without one. */
  token?: string,
): Promise<Answer<TData>> {
  const answer = await send(fetcher, document, variables, token);
  if (answer.data == null) {
    const first = answer.errors[0];
    if (first?.extensions?.code === 'BAD_USER_INPUT') error(400, 'Frågan kunde inte besvaras: ' + first.message);
    error(503, 'Hubbens API kunde inte svara på frågan just nu. Försök igen om en stund.');
  }
  return { data: answer.data, errors: answer.errors };
}

/**
 * A write, whose refusals (BAD_USER_INPUT with its field, RULE_VIOLATION, CONFLICT) the form shows
 * beside its fields instead of an error page.
 */
export async function mutate<TData, TVariables>(
  fetcher: typeof fetch,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string,
): Promise<{ data: TData | null; errors: GraphQLFailure[] }> {
  return send(fetcher, document, variables, token);
}

async function send<TData, TVariables>(
  fetcher: typeof fetch,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string | undefined,
): Promise<{ data: TData | null; errors: GraphQLFailure[] }> {
  let text = texts.get(document);
  if (text === undefined) {
    text = print(document);
    texts.set(document, text);
  }
  let response: Response;
  try {
    response = await fetcher(endpoint(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // The gateway is next door (npm start, docker-compose): compressing an answer there and inflating
        // it here would only cost both processes CPU. Node's fetch asks for gzip unless told otherwise.
        'accept-encoding': 'identity',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: text, variables }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    error(503, 'Hubbens API svarar inte just nu. Försök igen om en stund.');
  }
  const body = (await response.json().catch(() => undefined)) as { data?: TData | null; errors?: GraphQLFailure[] } | undefined;
  if (response.status === 429) error(503, 'Hubben har många frågor just nu. Försök igen om en stund.');
  if (response.status === 401) error(401, 'Inloggningen har gått ut. Logga in igen.');
  return { data: body?.data ?? null, errors: body?.errors ?? [] };
}

/** The names of the parts of the hub that did not answer, for a notice on the page. */
export function unavailable(errors: GraphQLFailure[]): string[] {
  return [...new Set(errors.filter((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE').map((e) => e.extensions?.serviceName ?? 'okänd del'))];
}

/**
 * Every visitor their own public budget at the gateway (README, "The budget"): a request of the pages
 * to the gateway names the visitor's address, with WEB_SECRET so that the gateway believes it (and
 * believes it from no one else: packages/core/src/client-address.ts). The address is SvelteKit's
 * getClientAddress, which adapter-node reads from the X-Forwarded-For that the gateway's proxy sets to
 * the address it resolved through TRUST_PROXY (ADDRESS_HEADER, XFF_DEPTH=1). Without WEB_SECRET, or
 * without an address (a request that did not come through the gateway), the request goes as it is,
 * and the gateway counts it against the pages' own address.
 */
export function forVisitor(request: Request, clientAddress: () => string): Request {
  const secret = webConfig().WEB_SECRET;
  // Compared as parsed URLs (Request.url is normalised): the secret goes to the gateway and nowhere else.
  if (!secret || request.url !== endpointUrl()) return request;
  let address: string;
  try {
    address = clientAddress();
  } catch {
    return request;
  }
  request.headers.set(WEB_SECRET_HEADER, secret);
  request.headers.set(VISITOR_ADDRESS_HEADER, address);
  return request;
}
