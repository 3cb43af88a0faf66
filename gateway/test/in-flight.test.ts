import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokens } from '../../test/support/client.ts';
import { startExtraGateway } from '../../test/support/processes.ts';

/**
 * Identical reads in flight at once share one subgraph fetch (gateway/src/in-flight.ts). The registry
 * sits behind a proxy that holds every request 300 ms and counts what it forwards, so that requests
 * sent together are surely in flight together.
 */
describe('identical subgraph reads in flight share one fetch', () => {
  let proxy: Server;
  let gateway: Awaited<ReturnType<typeof startExtraGateway>>;
  const forwarded: string[] = [];

  beforeAll(async () => {
    const upstream = new URL(inject('subgraphUrls').registry!);
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.method === 'POST') forwarded.push((JSON.parse(body.toString()) as { query: string }).query);
        setTimeout(() => {
          const out = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          });
          out.end(body);
        }, 300);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${upstream.pathname}`;
    // Without the response cache, which would answer the repeats itself.
    gateway = await startExtraGateway({ RESPONSE_CACHE: 'off', REGISTRY_URL: proxyUrl });
  });
  afterAll(async () => {
    await gateway?.stop();
    await new Promise((resolve) => proxy?.close(resolve));
  });

  const send = async (query: string, token?: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { cacheControl: response.headers.get('cache-control'), sql: JSON.parse(response.headers.get('x-subgraph-sql') ?? 'null') as Record<string, number>, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };

  it('sends ten identical public reads as one fetch, and gives each request the whole answer', async () => {
    forwarded.length = 0;
    const query = '{ kommun(code: "0181") { code name lan { code } } }';
    const answers = await Promise.all(Array.from({ length: 10 }, () => send(query)));
    expect(forwarded).toHaveLength(1);
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ kommun: { code: '0181', name: 'Södertälje', lan: { code: '01' } } });
    }
    // Each request keeps the subgraph's cache policy, the ones that waited on another's fetch too.
    expect(new Set(answers.map((a) => a.cacheControl))).toEqual(new Set(['max-age=300, public']));
    // One request paid the SQL; the others say they cost the registry none of their own.
    const statements = answers.map((a) => a.sql.registry);
    expect(statements.filter((n) => n! > 0)).toHaveLength(1);
    expect(statements.filter((n) => n === 0)).toHaveLength(9);
  });

  it('never shares between different callers: the public and an editor each get their own fetch', async () => {
    forwarded.length = 0;
    const query = '{ forbund(id: "halmstad") { id name } }';
    const editor = await tokens.editor('halmstad');
    const answers = await Promise.all([send(query), send(query), send(query, editor), send(query, editor)]);
    expect(answers.every((a) => a.body.errors === undefined)).toBe(true);
    expect(forwarded).toHaveLength(2);
  });

  it('never shares a mutation: each is sent, once per request', async () => {
    forwarded.length = 0;
    const admin = await tokens.admin();
    const mutation = 'mutation { renameForbund(input: { forbundId: "finns-inte", name: "X", validFrom: "2020-01-01", source: "test" }) { id } }';
    const answers = await Promise.all([send(mutation, admin), send(mutation, admin)]);
    expect(answers.map((a) => a.body.errors?.[0]?.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(forwarded.filter((q) => q.trimStart().startsWith('mutation'))).toHaveLength(2);
  });
});
