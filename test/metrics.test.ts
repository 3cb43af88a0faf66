import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { contract, contractOperation, gateway, subgraphSql, tokens } from './support/client.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Issue 14: every process serves Prometheus metrics at /metrics. Counts are compared before and after
 * the requests this file sends (files run one at a time), so each assertion can fail.
 */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
type Family = Sample[];

/**
 * The samples of a text exposition (Prometheus text format 0.0.4: `name{label="value",...} number`).
 * Read here by hand: the one npm parser of it (parse-prometheus-text-format) loses the labels of
 * histograms whose `le` is not last, which is how prom-client writes them.
 */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1]!, m[2]!]));
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(graphqlUrl: string, headers: Record<string, string> = {}): Promise<Family> {
  const response = await fetch(new URL('/metrics', graphqlUrl), { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

/**
 * A counter's or gauge's value, or a histogram's count or sum (`field`), summed over the series whose
 * labels include `labels`; 0 when none exists yet.
 */
function sample(samples: Family, name: string, labels: Record<string, string>, field: 'value' | 'count' | 'sum' = 'value'): number {
  const wanted = field === 'value' ? name : `${name}_${field}`;
  return samples
    .filter((s) => s.name === wanted && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

const gatewayUrl = () => inject('gatewayUrl');
const registryUrl = () => inject('subgraphUrls').registry!;

/** KommunLookup as national_admin: signed in, so never answered from the gateway's response cache. */
async function kommunLookup() {
  const result = await contract('KommunLookup', { code: '0181' }, await tokens.admin());
  expect(result.errors).toBeUndefined();
  return subgraphSql(result).registry ?? 0;
}

const extra: { stop: () => Promise<void> }[] = [];
afterAll(async () => {
  await Promise.all(extra.map((e) => e.stop()));
});

describe('/metrics', () => {
  it("counts a hit answered from the gateway's kept bytes under its operation's name, which the body need not repeat", async () => {
    // A contract operation (other names are counted as `other`), with variables no other test sends.
    const body = JSON.stringify({ query: contractOperation('MethodLibrary'), variables: { first: 7 } });
    const ask = () => fetch(gatewayUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const before = sample(await scrape(gatewayUrl()), 'finsam_graphql_requests_total', { operation: 'MethodLibrary' });
    const first = await ask();
    const second = await ask();
    expect(second.headers.get('x-cache')).toBe('HIT');
    expect([first.status, second.status]).toEqual([200, 200]);
    const after = sample(await scrape(gatewayUrl()), 'finsam_graphql_requests_total', { operation: 'MethodLibrary' });
    expect(after - before).toBe(2);
  });

  it('counts a contract operation by name and status at the gateway and in the subgraph, with its SQL and the pool', async () => {
    const before = await Promise.all([scrape(gatewayUrl()), scrape(registryUrl())]);
    const firstSql = await kommunLookup();
    const middle = await Promise.all([scrape(gatewayUrl()), scrape(registryUrl())]);
    const againSql = (await kommunLookup()) + (await kommunLookup());
    const after = await Promise.all([scrape(gatewayUrl()), scrape(registryUrl())]);

    const ok = { service: 'gateway', operation: 'KommunLookup', status: '200', code: 'none' };
    const requests = (s: Family[]) => sample(s[0]!, 'finsam_graphql_requests_total', ok);
    expect(requests(middle) - requests(before)).toBe(1);
    expect(requests(after) - requests(middle)).toBe(2);
    const latency = (s: Family[]) => sample(s[0]!, 'finsam_graphql_request_duration_seconds', { operation: 'KommunLookup' }, 'count');
    expect(latency(after) - latency(middle)).toBe(2);

    // The subgraph counts the gateway's fetches under the client operation (KommunLookup__registry__0).
    const fetches = (s: Family[]) =>
      sample(s[1]!, 'finsam_graphql_requests_total', { service: 'registry', operation: 'KommunLookup', status: '200', code: 'none' });
    const perRun = fetches(middle) - fetches(before);
    expect(perRun).toBeGreaterThanOrEqual(1);
    expect(fetches(after) - fetches(middle)).toBe(2 * perRun);
    // ...and at the gateway, its fetches from the registry, timed.
    const timed = (s: Family[]) => sample(s[0]!, 'finsam_gateway_subgraph_fetch_duration_seconds', { subgraph: 'registry' }, 'count');
    expect(timed(after) - timed(middle)).toBe(2 * perRun);

    // SQL: the histogram's sum is every statement, the same the gateway's x-subgraph-sql header reports.
    const sql = (s: Family[]) => sample(s[1]!, 'finsam_sql_statements_per_request', { operation: 'KommunLookup' }, 'sum');
    expect(firstSql).toBeGreaterThan(0);
    expect(sql(middle) - sql(before)).toBe(firstSql);
    expect(sql(after) - sql(middle)).toBe(againSql);

    // The pool: its size, and connections that are busy or idle (at least the one that just served).
    const registry = after[1]!;
    expect(sample(registry, 'finsam_pg_pool_max', {})).toBe(10);
    const connections = sample(registry, 'finsam_pg_pool_connections', { state: 'busy' }) + sample(registry, 'finsam_pg_pool_connections', { state: 'idle' });
    expect(connections).toBeGreaterThanOrEqual(1);
    expect(registry.some((s) => s.name === 'finsam_pg_pool_waiting')).toBe(true);
    // Node's own, for memory over time (issue 12: flat gateway memory).
    expect(sample(after[0]!, 'process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);
  });

  it('bounds the operation label: a name outside the contract is `other`, and errors count by code', async () => {
    const name = `Probe${randomBytes(6).toString('hex')}`;
    const before = await scrape(gatewayUrl());
    expect((await gateway(`query ${name} { lans { code } }`)).errors).toBeUndefined();
    // Refused by the gateway's preflight before Apollo reads it: labelled by the operationName it declares.
    const invalid = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ${name} { noSuchField }`, operationName: name }),
    });
    expect(((await invalid.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const refused = await fetch(gatewayUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(refused.status).toBe(400);
    const after = await scrape(gatewayUrl());

    const text = await (await fetch(new URL('/metrics', gatewayUrl()))).text();
    expect(text).not.toContain(name);
    const delta = (labels: Record<string, string>, name = 'finsam_graphql_requests_total') => sample(after, name, labels) - sample(before, name, labels);
    expect(delta({ operation: 'other', status: '200', code: 'none' })).toBe(1);
    expect(delta({ operation: 'other', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(delta({ operation: 'other', code: 'GRAPHQL_VALIDATION_FAILED' }, 'finsam_graphql_errors_total')).toBe(1);
    expect(delta({ operation: 'none', status: '400', code: 'BAD_REQUEST' })).toBe(1);
  });

  it('in production, is absent without METRICS_TOKEN and asks for it as a bearer token with one', async () => {
    const token = randomBytes(32).toString('base64');
    const [closed, guarded] = await Promise.all([
      startExtraGateway({ NODE_ENV: 'production' }),
      startExtraGateway({ NODE_ENV: 'production', METRICS_TOKEN: token }),
    ]);
    extra.push(closed, guarded);
    expect((await fetch(new URL('/metrics', closed.url))).status).toBe(404);
    expect((await fetch(new URL('/metrics', guarded.url))).status).toBe(401);
    expect((await fetch(new URL('/metrics', guarded.url), { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    await fetch(guarded.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lans { code } }' }) });
    const samples = await scrape(guarded.url, { authorization: `Bearer ${token}` });
    expect(sample(samples, 'finsam_graphql_requests_total', { service: 'gateway', operation: 'anonymous', status: '200' })).toBe(1);
  });
});
