import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * What Apollo learned of one request (its operation, the codes of the errors it answered, the request
 * id), for the HTTP front, which writes the request's one log line, its metrics and its span when the
 * response is written (http.ts). It travels in AsyncLocalStorage, as the SQL tally does: Apollo hands
 * plugins a copy of the context object, not the one http.ts built.
 */
export interface ObservedOperation {
  /** Undefined until Apollo has answered an operation (none for the landing page). */
  operationName?: string | null;
  errorCodes: string[];
  requestId?: string;
}

const observations = new AsyncLocalStorage<ObservedOperation>();

/** Runs Apollo's part of one request, collecting what requestLogPlugin learns into `observed`. */
export function withObservation<T>(fn: () => T): { observed: ObservedOperation; result: T } {
  const observed: ObservedOperation = { errorCodes: [] };
  return { observed, result: observations.run(observed, fn) };
}

/**
 * Feeds the request log (one JSON line per request: operation name, status, duration, SQL statements,
 * error codes, request id; STYLE.md §9) and the metrics. The codes are those of the response as sent,
 * after maskErrors, so logs and metrics say what the client saw.
 */
export function requestLogPlugin<T extends { requestId?: string }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, errors, contextValue, response }) {
          const sent = response.body.kind === 'single' ? response.body.singleResult.errors : errors;
          const observed = observations.getStore();
          if (!observed) return;
          observed.operationName = operationName ?? null;
          observed.errorCodes = (sent ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          observed.requestId = contextValue.requestId;
        },
      };
    },
  };
}
