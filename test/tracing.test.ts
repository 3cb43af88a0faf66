import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOperation } from './support/client.ts';
import { startExtraGateway, startExtraSubgraph, type ExtraProcess } from './support/processes.ts';

/**
 * Issue 14: with OTEL_EXPORTER_OTLP_ENDPOINT set, one request is one trace across the processes. An
 * extra gateway and an extra registry subgraph export to an OTLP/HTTP receiver in this test (the
 * exporter sends JSON bodies); KommunLookup reaches only the registry, so its trace spans both.
 */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string;
}

const received: ReceivedSpan[] = [];
/** What each export request looked like, checked in the test (an assertion in the handler would fail nothing). */
const requests: { url?: string; contentType?: string }[] = [];
let receiver: Server;
const processes: ExtraProcess[] = [];

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push({ url: req.url, contentType: req.headers['content-type'] });
      const message = JSON.parse(body) as {
        resourceSpans: { resource: { attributes: NonNullable<OtlpSpan['attributes']> }; scopeSpans: { spans: OtlpSpan[] }[] }[];
      };
      for (const { resource, scopeSpans } of message.resourceSpans) {
        const service = resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
        for (const { spans } of scopeSpans) for (const span of spans) received.push({ ...span, service });
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // Batches leave every 100 ms instead of every 5 s, so the test need not wait.
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '100' };
  const registry = await startExtraSubgraph('registry', otel);
  processes.push(registry);
  processes.push(await startExtraGateway({ ...otel, REGISTRY_URL: registry.url }));
});

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  await new Promise((resolve) => receiver?.close(resolve));
});

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? Number(value.intValue) : undefined);
};

describe('traces', () => {
  it('link the gateway and subgraph spans of one request in one trace, with the request id', async () => {
    const gateway = processes[1]!;
    const traceId = randomBytes(16).toString('hex');
    const clientSpan = randomBytes(8).toString('hex');
    const requestId = `trace-${randomBytes(4).toString('hex')}`;
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': requestId, traceparent: `00-${traceId}-${clientSpan}-01` },
      body: JSON.stringify({ query: contractOperation('KommunLookup'), operationName: 'KommunLookup', variables: { code: '0181' } }),
    });
    expect(((await response.json()) as { data: { kommun: { code: string } } }).data.kommun.code).toBe('0181');

    const SERVER = 2;
    const serverSpan = (service: string) => received.find((s) => s.traceId === traceId && s.service === service && s.kind === SERVER);
    for (let i = 0; i < 100 && !(serverSpan('finsam-gateway') && serverSpan('finsam-registry')); i++) await new Promise((r) => setTimeout(r, 100));
    const trace = received.filter((s) => s.traceId === traceId);
    const atGateway = serverSpan('finsam-gateway');
    const atRegistry = serverSpan('finsam-registry');
    expect(atGateway, JSON.stringify(trace.map((s) => [s.service, s.name]))).toBeDefined();
    expect(atRegistry, JSON.stringify(trace.map((s) => [s.service, s.name]))).toBeDefined();

    // The gateway continues the client's trace; the registry's span hangs below the gateway's fetch.
    expect(atGateway!.parentSpanId).toBe(clientSpan);
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const fetchSpan = byId.get(atRegistry!.parentSpanId ?? '');
    expect(fetchSpan).toMatchObject({ service: 'finsam-gateway', name: 'gateway.fetch' });
    // ...whose ancestors lead up to the gateway's SERVER span of the request.
    const ancestors: string[] = [];
    for (let span = fetchSpan; span?.parentSpanId; span = byId.get(span.parentSpanId)) ancestors.push(span.parentSpanId);
    expect(ancestors).toContain(atGateway!.spanId);

    for (const span of [atGateway!, atRegistry!]) {
      expect(attribute(span, 'finsam.request_id')).toBe(requestId);
      expect(attribute(span, 'http.response.status_code')).toBe(200);
    }
    expect(attribute(atGateway!, 'graphql.operation.name')).toBe('KommunLookup');
    expect(requests.every((r) => r.url === '/v1/traces' && r.contentType === 'application/json')).toBe(true);

    // The registry's SQL statements are CLIENT spans below its SERVER span, one per statement.
    const CLIENT = 3;
    const sql = trace.filter((s) => s.service === 'finsam-registry' && s.kind === CLIENT);
    expect(sql.length).toBeGreaterThanOrEqual(1);
    for (const span of sql) {
      expect(span.parentSpanId).toBe(atRegistry!.spanId);
      expect(attribute(span, 'db.system.name')).toBe('postgresql');
      expect(attribute(span, 'db.query.text')).toMatch(/SELECT/i);
    }
    expect(attribute(atRegistry!, 'graphql.operation.name')).toBe('KommunLookup__registry__0');
  });
});
