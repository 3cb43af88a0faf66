import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { clientAddress, ErrorCode, HttpError, REQUEST_ID_HEADER, requestIdFrom, type Logger, type TrustProxy } from '@finsam/core';
import { charge, type Budget } from '../budget.ts';
import type { GatewayContext } from '../gateway.ts';
import { analyse, type OperationLimits } from '../limits.ts';

/** What the open-data routes need of the gateway: its server, schema, limits and budget. */
export interface GatewayParts {
  server: ApolloServer<GatewayContext>;
  /** The API schema clients see, for validating and pricing as the gateway's preflight does. */
  schema: GraphQLSchema;
  limits: OperationLimits;
  budget: Budget;
  production: boolean;
  log: Logger;
  /** The balancers whose X-Forwarded-For names the caller (TRUST_PROXY), as for GraphQL requests. */
  trust: TrustProxy;
}

export interface Answer<T> {
  data: T;
  /** The response's Cache-Control as the gateway made it from the subgraphs' hints. */
  cacheControl: string;
}

/** Runs one GraphQL operation for an open-data request; see createExecutor. */
export type Execute = <T>(query: string, variables?: Record<string, unknown>) => Promise<Answer<T>>;

/**
 * Runs the hub's own operations through the gateway as the public, for one HTTP request (issue 14):
 * the same supergraph, plan, subgraphs, small-count suppression and response cache as any client, so a
 * distribution cannot say other than the API. Each operation is validated and priced as a client's would
 * be (gateway/src/limits.ts) and charged to the caller's budget under the key the gateway gives the
 * public, its address: a download is never a way around the budget. A token sent along is ignored: open
 * data is what the public sees, and a download made with a token would be neither public nor cacheable.
 *
 * An answer with any error is refused whole (503 when a subgraph or the database is away, else 500):
 * published data with a silently missing part would be wrong data, not a degraded answer.
 */
export function createExecutor(parts: GatewayParts, req: IncomingMessage): Execute {
  const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  // The caller's address as the GraphQL budget sees it, behind a trusted balancer too (TRUST_PROXY).
  const key = `ip:${clientAddress(req, parts.trust)}`;
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const analysis = analyse(parts.schema, { query, variables }, parts.limits, parts.production);
    if (!analysis) throw new Error('An open-data operation does not parse.');
    const cost = await charge(parts.budget, key, analysis.measure.cost, parts.limits.maxCost);
    const contextValue: GatewayContext = {
      identity: { role: 'public' },
      requestId,
      log: parts.log.child({ requestId, openData: true }),
      sql: {},
      cost,
    };
    const response = await parts.server.executeOperation<T & Record<string, unknown>>({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('An open-data operation answered incrementally.');
    const { data, errors } = response.body.singleResult;
    if (errors?.length || !data) {
      const codes = [...new Set((errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
      const away = codes.some((code) => code === ErrorCode.SUBGRAPH_UNAVAILABLE || code === ErrorCode.SERVICE_UNAVAILABLE);
      contextValue.log.warn({ codes, message: errors?.[0]?.message }, 'open-data operation failed');
      throw new HttpError(
        away ? 503 : 500,
        away ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR,
        away
          ? `Part of the hub did not answer (${codes.join(', ')}), so this file cannot be made whole now. Try again shortly.`
          : `The hub could not make this file (${codes.join(', ')}).`,
        away ? { headers: { 'retry-after': '5' } } : {},
      );
    }
    return { data: data as T, cacheControl: response.http.headers.get('cache-control') ?? 'no-store' };
  };
}
