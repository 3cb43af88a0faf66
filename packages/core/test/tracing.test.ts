import { ApolloServer } from '@apollo/server';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-node';
import { afterAll, describe, expect, it } from 'vitest';
import { serveApollo } from '../src/http.ts';
import { requestLogPlugin } from '../src/request-log.ts';
import { createTracing } from '../src/tracing-sdk.ts';
import { tracing, useTracing } from '../src/tracing.ts';

/**
 * Issue 14, in one process with an in-memory exporter: the HTTP front continues the caller's W3C
 * trace in a SERVER span carrying the request id and operation, and what the request sends on (as the
 * gateway does to a subgraph) carries that span as parent. test/tracing.test.ts checks the same across
 * real processes.
 */
const exporter = new InMemorySpanExporter();
const traced = createTracing('unit', { exporter });
useTracing(traced);
afterAll(async () => {
  useTracing(undefined);
  await traced.shutdown();
});

describe('tracing', () => {
  it('continues the caller trace in a SERVER span and propagates it onwards', async () => {
    const onwards = new Headers();
    const server = new ApolloServer<{ requestId: string }>({
      typeDefs: 'type Query { hello: String }',
      // What the gateway and every subgraph install: it tells the HTTP front the operation and request id.
      plugins: [requestLogPlugin()],
      resolvers: {
        Query: {
          hello: () => {
            tracing()!.inject(onwards);
            return 'hej';
          },
        },
      },
    });
    const serving = await serveApollo({
      server,
      port: 0,
      maxBodyBytes: 10_000,
      context: async () => ({ requestId: 'trace-unit-1' }),
      health: async () => ({}),
      ready: async () => ({ ready: true }),
    });
    try {
      const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
      const callerSpan = '00f067aa0ba902b7';
      const response = await fetch(serving.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${callerSpan}-01` },
        body: JSON.stringify({ query: 'query Greeting { hello }' }),
      });
      expect(await response.json()).toEqual({ data: { hello: 'hej' } });
      // Health checks make no spans.
      await fetch(new URL('/health', serving.url));

      const spans = exporter.getFinishedSpans();
      expect(spans).toHaveLength(1);
      const span = spans[0]!;
      expect(span.name).toBe('POST /graphql');
      expect(span.spanContext().traceId).toBe(traceId);
      expect(span.parentSpanContext?.spanId).toBe(callerSpan);
      expect(span.attributes).toMatchObject({
        'http.response.status_code': 200,
        'graphql.operation.name': 'Greeting',
        'finsam.request_id': 'trace-unit-1',
      });
      expect(onwards.get('traceparent')).toBe(`00-${traceId}-${span.spanContext().spanId}-01`);
    } finally {
      await serving.close();
    }
  });
});
