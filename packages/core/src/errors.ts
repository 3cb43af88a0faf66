import { GraphQLError } from 'graphql';

/**
 * The one way the hub fails (STYLE.md §6). Clients branch on `extensions.code`; the message is for a
 * person and says what to do. These codes are a public contract: never rename one.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A rule of Lag (2003:1210) or of the registry would be broken by the write. */
  RULE_VIOLATION: 'RULE_VIOLATION',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /**
   * PostgreSQL could not be reached or dropped the connection (a restart, a failover): the write's
   * transaction did not commit, and the same request may be sent again (issue 11, part 5).
   */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  // Refused at the gateway before any subgraph is asked (issue "Who may read and write what", hardening):
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  BATCHING_NOT_SUPPORTED: 'BATCHING_NOT_SUPPORTED',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** graphql-js's validation, run by the gateway before it prices a query (Apollo's own code). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /**
   * The request names an operation its document lacks, or names none of several (Apollo's own code);
   * refused by the gateway before its query planner sees it.
   */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** The caller's budget is spent: HTTP 429 with Retry-After. */
  RATE_LIMITED: 'RATE_LIMITED',
  /**
   * A subgraph did not answer (down, too slow, or failing): the fields it serves are null and the
   * error names it in extensions.serviceName; the rest of the answer stands.
   */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const fail = {
  badInput: (message: string, field?: string) =>
    new HubError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {}),
  unauthenticated: (message = 'Sign in: this operation needs a valid token.') =>
    new HubError(ErrorCode.UNAUTHENTICATED, message),
  forbidden: (message = 'Your token does not allow this operation.') => new HubError(ErrorCode.FORBIDDEN, message),
  notFound: (what: string, id: string) => new HubError(ErrorCode.NOT_FOUND, `${what} "${id}" does not exist.`, { id }),
  conflict: (message: string, extensions: Record<string, unknown> = {}) =>
    new HubError(ErrorCode.CONFLICT, message, extensions),
  rule: (message: string, rule: string) => new HubError(ErrorCode.RULE_VIOLATION, message, { rule }),
  unavailable: () => new HubError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE),
};

export const UNAVAILABLE_MESSAGE = 'The database is unavailable; nothing was written. Try again shortly.';

/** Codes that are safe to show as they are; anything else is masked outside development. */
export function isExpectedError(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
  return typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * A message without graphql-js's suggestions ("Did you mean \"code\" or \"name\"?"), which would
 * reveal the schema that production's disabled introspection hides (issue 11; GraphQL Armor's
 * block-field-suggestions does the same).
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ Did you mean [^?]*\?$/, '');
}

/** The one error for a subgraph that did not answer, at the gateway and between subgraphs alike. */
export function subgraphUnavailable(serviceName: string, reason: string): HubError {
  return new HubError(ErrorCode.SUBGRAPH_UNAVAILABLE, `The ${serviceName} subgraph did not answer (${reason}); what it serves is missing from this answer. Try again shortly.`, { serviceName });
}
