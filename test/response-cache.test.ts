import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, print } from 'graphql';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { FIGURES_MAX_AGE, PUBLIC_MAX_AGE } from '@finsam/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contract, contractOperation, evictCachedAnswers, fundingBreaking17, gateway, registerTestForbund, subgraphSql, tokens, type GraphQLResult } from './support/client.ts';
import { freePort } from './support/free-port.ts';
import { startExtraGateway } from './support/processes.ts';
import { reachableRedis } from './support/redis.ts';
import { SUPERGRAPH_PATH } from '../gateway/src/gateway.ts';
import { CACHE_STATUS_HEADER, fieldOwners, tagsOf } from '../gateway/src/response-cache.ts';
import {
  WebForbundDocument,
  WebForbundKeyFiguresDocument,
  WebForbundListDocument,
  WebKeyFigureTrendDocument,
  WebLanProjectStatisticsDocument,
  WebStatisticsDocument,
} from '../web/src/lib/graphql/generated/graphql.ts';

/**
 * The gateway's response cache (issue 12, part 4), through real gateway processes: the suite's own
 * (in memory, as in production without REDIS_URL) and two extra ones sharing one Redis.
 */
const METHOD = 'query ($id: ID!) { method(id: $id) { id name published } }';
const PROPOSE = 'mutation ($forbundId: ID!, $input: ProposeMethodInput!) { proposeMethod(forbundId: $forbundId, input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishMethod(id: $id) { id published } }';
const UNPUBLISH = 'mutation ($id: ID!) { unpublishMethod(id: $id) { id published } }';

type MethodResult = GraphQLResult<{ method: { id: string; name: string; published: boolean } | null }>;

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<MethodResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as Omit<MethodResult, 'status' | 'headers'>;
  return { status: response.status, ...json, headers: response.headers };
}

/**
 * A published method of the test's own, so that no other test file's reads or writes meet it: of a
 * target group that no other file filters by, and unpublished again when the file ends.
 */
const mine: string[] = [];
afterAll(async () => {
  const admin = await tokens.admin();
  for (const id of mine) await post(inject('gatewayUrl'), UNPUBLISH, { id }, admin);
});

async function publishedMethod(url: string): Promise<string> {
  const id = `test-cache-${randomBytes(4).toString('hex')}`;
  const admin = await tokens.admin();
  const input = { id, name: `Cachad metod ${id}`, summary: 'Skriven av testerna.', description: 'För svarscachen.', targetGroups: ['LONG_TERM_SICK_LEAVE'], evidenceLevel: 'DOCUMENTED_EXPERIENCE', source: 'test' };
  const proposed = await post(url, PROPOSE, { forbundId: 'halmstad', input }, admin);
  expect(proposed.errors).toBeUndefined();
  expect((await post(url, PUBLISH, { id }, admin)).errors).toBeUndefined();
  mine.push(id);
  return id;
}

const status = (result: { headers: Headers }) => result.headers.get(CACHE_STATUS_HEADER);

describe('the response cache, in memory', () => {
  let url: string;
  let id: string;
  beforeAll(async () => {
    url = inject('gatewayUrl');
    id = await publishedMethod(url);
  });

  it('serves a second identical public read from the cache, asking no subgraph', async () => {
    const first = await post(url, METHOD, { id });
    expect(status(first)).toBe('MISS');
    expect(first.data?.method).toMatchObject({ id, published: true });
    expect(subgraphSql(first)).toEqual({ methods: expect.any(Number) });
    const second = await post(url, METHOD, { id });
    expect(status(second)).toBe('HIT');
    expect(second.data).toEqual(first.data);
    expect(subgraphSql(second)).toEqual({});
    expect(second.headers.get('cache-control')).toBe('max-age=300, public');
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    // Other variables are another entry.
    expect(status(await post(url, METHOD, { id: `${id}-none` }))).not.toBe('HIT');
  });

  it("gives a hit this request's own cost and budget, never a stored one", async () => {
    // A small budget, so that each request visibly spends it (the suite's bucket refills faster).
    const small = await startExtraGateway({ MAX_QUERY_COST: '50', RATE_LIMIT_CAPACITY: '50', RATE_LIMIT_REFILL_PER_SECOND: '0.01' });
    type Costed = MethodResult & { extensions?: { cost?: { requested: number; budget: { remaining: number } } } };
    try {
      const first = (await post(small.url, METHOD, { id })) as Costed;
      const second = (await post(small.url, METHOD, { id })) as Costed;
      const third = (await post(small.url, METHOD, { id })) as Costed;
      expect([status(first), status(second), status(third)]).toEqual(['MISS', 'HIT', 'HIT']);
      const price = first.extensions!.cost!.requested;
      expect(price).toBeGreaterThan(0);
      expect(second.extensions?.cost?.requested).toBe(price);
      // Each hit is charged, and says what is left now: a stored cost would repeat the first's.
      expect(second.extensions!.cost!.budget.remaining).toBe(first.extensions!.cost!.budget.remaining - price);
      expect(third.extensions!.cost!.budget.remaining).toBe(first.extensions!.cost!.budget.remaining - 2 * price);
    } finally {
      await small.stop();
    }
  });

  it('answers a kept hit with the bytes Apollo writes for it, as each client asks for them', async () => {
    const body = JSON.stringify({ query: METHOD, variables: { id } });
    const ask = (headers: Record<string, string> = {}) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    await ask();
    // A POST of JSON is answered from the kept bytes (response-cache.ts, keptAnswers); a GET always goes
    // through Apollo and its response-cache plugin. Both are hits, and must say the same.
    const kept = await ask();
    const search = new URLSearchParams({ query: METHOD, variables: JSON.stringify({ id }) });
    const apollo = await fetch(`${url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([status(kept), status(apollo)]).toEqual(['HIT', 'HIT']);
    const withoutExtensions = (text: string) => text.replace(/,"extensions":\{"cost":.*\}\}\n$/s, '');
    const [keptText, apolloText] = [await kept.text(), await apollo.text()];
    expect(withoutExtensions(keptText)).toBe(withoutExtensions(apolloText));
    expect(withoutExtensions(keptText)).not.toBe(keptText);
    expect(JSON.parse(keptText).extensions.cost.requested).toBe(JSON.parse(apolloText).extensions.cost.requested);
    for (const header of ['content-type', 'cache-control', 'vary', 'access-control-allow-origin']) {
      expect(kept.headers.get(header), header).toBe(apollo.headers.get(header));
    }
    expect(kept.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(kept.headers.get('x-request-id')).not.toBe(apollo.headers.get('x-request-id'));
    // The content type follows the client's Accept, as Apollo chooses it, hit or not.
    const typed = { accept: 'application/graphql-response+json' };
    await ask(typed);
    const typedHit = await ask(typed);
    expect(status(typedHit)).toBe('HIT');
    expect(typedHit.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    // Compressed for a client that accepts it (an answer of a kilobyte or more): the same answer once
    // inflated (fetch inflates it).
    const library = JSON.stringify({ query: contractOperation('MethodLibrary'), operationName: 'MethodLibrary', variables: { first: 50 } });
    const askLibrary = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: library });
    const plain = await askLibrary({ 'accept-encoding': 'identity' });
    const gzipped = await askLibrary({ 'accept-encoding': 'gzip' });
    expect(status(gzipped)).toBe('HIT');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    const plainText = await plain.text();
    expect(plainText.length).toBeGreaterThan(1024);
    expect(withoutExtensions(await gzipped.text())).toBe(withoutExtensions(plainText));
  });

  it('leaves to Apollo what only Apollo checks, though the answer is kept', async () => {
    const body = { query: METHOD, variables: { id } };
    const send = (payload: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }, search = '') =>
      fetch(`${url}${search}`, { method: 'POST', headers, body: JSON.stringify(payload) });
    await send(body);
    expect(status(await send(body))).toBe('HIT');
    // A persisted query whose hash is not the document's: Apollo refuses it (and registers the right ones).
    const wrongHash = await send({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(wrongHash.status).toBe(400);
    // A POST whose document is only in the URL.
    expect((await send({ variables: { id } }, undefined, `?${new URLSearchParams({ query: METHOD })}`)).status).toBe(400);
    // Not JSON by its media type, whatever its parameters say: a simple request, which CSRF prevention refuses.
    expect((await send(body, { 'content-type': 'text/plain; x=application/json' })).status).toBe(400);
  });

  it('never serves a signed-in caller from the cache, nor stores its answers', async () => {
    await post(url, METHOD, { id });
    const admin = await tokens.admin();
    for (let i = 0; i < 2; i++) {
      const signedIn = await post(url, METHOD, { id }, admin);
      expect(status(signedIn)).toBe('BYPASS');
      expect(signedIn.headers.get('cache-control')).toBe('no-store');
      expect(subgraphSql(signedIn).methods).toBeGreaterThan(0);
    }
  });

  it('evicts on a write through the gateway: the next read misses and has the new data', async () => {
    const admin = await tokens.admin();
    await post(url, METHOD, { id });
    expect(status(await post(url, METHOD, { id }))).toBe('HIT');
    expect((await post(url, UNPUBLISH, { id }, admin)).data?.method ?? null).toBeNull();
    const withdrawn = await post(url, METHOD, { id });
    expect(status(withdrawn)).toBe('MISS');
    expect(withdrawn.data?.method).toBeNull();
    expect((await post(url, PUBLISH, { id }, admin)).errors).toBeUndefined();
    const back = await post(url, METHOD, { id });
    expect(status(back)).toBe('MISS');
    expect(back.data?.method).toMatchObject({ id, published: true });
  });
});

/**
 * The reads behind /forbund, a förbund's page and /statistik (issue 13): the register public for
 * PUBLIC_MAX_AGE, the figures editors write (funding, projects, participation) for FIGURES_MAX_AGE,
 * never for a signed-in caller, never with a draft, and a write through the gateway shows on the next
 * read. A förbund of this file's own, active from 2026, so that no other file's sums meet its figures.
 */
describe('the public figures and register behind the pages', () => {
  const FORBUND = 'test-svarscache-siffror';
  const YEAR = 2026;
  const FIGURES = `max-age=${FIGURES_MAX_AGE}, public`;
  const REGISTER = `max-age=${PUBLIC_MAX_AGE}, public`;
  const CREATE = 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id published } }';
  let editor: string;
  let project: string;
  beforeAll(async () => {
    editor = await tokens.editor(FORBUND);
    await registerTestForbund(FORBUND, 'Svarscachens testförbund', YEAR);
    const input = { forbundId: FORBUND, title: 'Svarscachens insats', kind: 'INDIVIDUAL', startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'FORSAKRINGSKASSAN'] };
    const created = await gateway<{ createProject: { id: string; published: boolean } }>(CREATE, { input }, editor);
    expect(created.errors).toBeUndefined();
    project = created.data!.createProject.id;
  });

  /** Two reads: the second must come from the cache, so that the read after a write proves an eviction. */
  async function cached<T>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    await gateway(query, variables);
    const second = await gateway<T>(query, variables);
    expect(second.errors).toBeUndefined();
    expect(status(second)).toBe('HIT');
    return second;
  }

  it('are public for the public, each as long as its data allows, and no-store with a token', async () => {
    const reads: [string, string, Record<string, unknown>, string][] = [
      ['WebForbundList', print(WebForbundListDocument), { first: 100 }, REGISTER],
      ['WebForbund', print(WebForbundDocument), { id: FORBUND, fromYear: 2004, toYear: YEAR, year: YEAR }, FIGURES],
      ['WebForbundKeyFigures', print(WebForbundKeyFiguresDocument), { id: FORBUND, year: YEAR }, FIGURES],
      ['WebStatistics', print(WebStatisticsDocument), { year: YEAR, fromYear: 2004 }, FIGURES],
      ['WebLanProjectStatistics', print(WebLanProjectStatisticsDocument), { year: YEAR, lan: '22' }, FIGURES],
      ['WebKeyFigureTrend', print(WebKeyFigureTrendDocument), { fromYear: YEAR - 4, toYear: YEAR }, FIGURES],
      ['coverage', '{ coverage(year: 2026) { forbundCount byLan { lan { name } kommunerCovered } } }', {}, REGISTER],
      ['a published project', 'query ($id: ID!) { project(id: $id) { title participation { year participants } forbund { name } } }', { id: 'pa-ratt-vag-halmstad' }, FIGURES],
    ];
    for (const [name, query, variables, cacheControl] of reads) {
      const visitor = await gateway(query, variables);
      expect(visitor.errors, name).toBeUndefined();
      expect(visitor.headers.get('cache-control'), name).toBe(cacheControl);
      const signedIn = await gateway(query, variables, editor);
      expect(signedIn.errors, name).toBeUndefined();
      expect(signedIn.headers.get('cache-control'), name).toBe('no-store');
      expect(status(signedIn), name).toBe('BYPASS');
    }
    // The ForbundProfile of the contract, the förbund's whole public page for other sites, too.
    expect((await contract('ForbundProfile', { id: FORBUND, fromYear: 2004, toYear: YEAR })).headers.get('cache-control')).toBe(FIGURES);
  });

  it('never hold a draft: the public is answered without it, its editor (no-store) with it', async () => {
    const query = 'query ($id: ID!, $project: ID!) { forbund(id: $id) { projects { totalCount edges { node { id } } } } project(id: $project) { id } }';
    const visitor = await gateway<{ forbund: { projects: { totalCount: number } }; project: null }>(query, { id: FORBUND, project });
    expect(visitor.errors).toBeUndefined();
    expect(visitor.data).toEqual({ forbund: { projects: { totalCount: 0, edges: [] } }, project: null });
    expect(visitor.headers.get('cache-control')).toBe(FIGURES);
    const own = await gateway(query, { id: FORBUND, project }, editor);
    expect(own.data).toEqual({ forbund: { projects: { totalCount: 1, edges: [{ node: { id: project } }] } }, project: { id: project } });
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect(status(own)).toBe('BYPASS');
  });

  it('show a project published, and then its participation, on the next read', async () => {
    const query = `query ($id: ID!, $year: Int!) {
      forbund(id: $id) { projects { totalCount edges { node { id participation { year participants } } } } keyFigures(year: $year) { participants } }
      projectStatistics(year: $year, lan: "22") { activeProjects }
    }`;
    type Read = { forbund: { projects: { totalCount: number; edges: { node: { participation: unknown[] } }[] }; keyFigures: { participants: number } }; projectStatistics: { activeProjects: number } };
    const before = await cached<Read>(query, { id: FORBUND, year: YEAR });
    expect(before.data!.forbund.projects.totalCount).toBe(0);

    expect((await contract('PublishProject', { id: project }, editor)).errors).toBeUndefined();
    const published = await gateway<Read>(query, { id: FORBUND, year: YEAR });
    expect(status(published)).toBe('MISS');
    expect(published.headers.get('cache-control')).toBe(FIGURES);
    expect(published.data!.forbund.projects.totalCount).toBe(1);
    expect(published.data!.projectStatistics.activeProjects).toBe(before.data!.projectStatistics.activeProjects + 1);

    await cached(query, { id: FORBUND, year: YEAR });
    const input = { year: YEAR, participants: 40, women: 20, men: 15 };
    expect((await contract('ReportParticipation', { projectId: project, input }, editor)).errors).toBeUndefined();
    const reported = await gateway<Read>(query, { id: FORBUND, year: YEAR });
    expect(status(reported)).toBe('MISS');
    expect(reported.data!.forbund.projects.edges[0]!.node.participation).toEqual([{ year: YEAR, participants: 40 }]);
    expect(reported.data!.forbund.keyFigures.participants).toBe(40);
  });

  it('show funding reported, and the 17 § deviation it makes, on the next read', async () => {
    const query = `query ($id: ID!, $year: Int!) {
      fundingSummary(year: $year) { total nonCompliantForbund { id } }
      forbund(id: $id) { fundingHistory(fromYear: $year, toYear: $year) { total statutoryShares { compliant } } }
    }`;
    type Read = { fundingSummary: { total: number; nonCompliantForbund: { id: string }[] }; forbund: { fundingHistory: { total: number; statutoryShares: { compliant: boolean } }[] } };
    const before = await cached<Read>(query, { id: FORBUND, year: YEAR });
    expect(before.data!.forbund.fundingHistory).toEqual([]);

    // The state pays 60 %, not half: a deviation from 17 §.
    const input = fundingBreaking17(YEAR);
    expect((await contract('ReportFunding', { forbundId: FORBUND, input }, editor)).errors).toBeUndefined();
    const after = await gateway<Read>(query, { id: FORBUND, year: YEAR });
    expect(status(after)).toBe('MISS');
    expect(after.headers.get('cache-control')).toBe(FIGURES);
    expect(after.data!.fundingSummary.total).toBe(before.data!.fundingSummary.total + 1_000_000);
    expect(after.data!.fundingSummary.nonCompliantForbund).toContainEqual({ id: FORBUND });
    expect(after.data!.forbund.fundingHistory).toEqual([{ total: 1_000_000, statutoryShares: { compliant: false } }]);
  });

  it('show a förbund renamed on the next read of the register', async () => {
    const query = 'query ($search: String!) { forbunds(filter: { search: $search }) { edges { node { id name } } } }';
    await cached(query, { search: FORBUND });
    const rename = 'mutation ($input: RenameForbundInput!) { renameForbund(input: $input) { id } }';
    const input = { forbundId: FORBUND, name: 'Svarscachens omdöpta förbund', validFrom: `${YEAR}-06-01`, source: 'test' };
    expect((await gateway(rename, { input }, await tokens.admin())).errors).toBeUndefined();
    const after = await gateway<{ forbunds: { edges: { node: { name: string } }[] } }>(query, { search: FORBUND });
    expect(status(after)).toBe('MISS');
    expect(after.headers.get('cache-control')).toBe(REGISTER);
    expect(after.data!.forbunds.edges.map((e) => e.node.name)).toEqual(['Svarscachens omdöpta förbund']);
  });

  it('are evicted by the cleanup of files that remove rows beneath the API (support evictCachedAnswers)', async () => {
    const query = `query ($id: ID!, $search: String!, $year: Int!) { forbunds(filter: { search: $search }) { totalCount }
      forbund(id: $id) { fundingHistory(fromYear: $year, toYear: $year) { total } projects { totalCount } } }`;
    const variables = { id: FORBUND, search: FORBUND, year: YEAR };
    await cached(query, variables);
    await evictCachedAnswers();
    expect(status(await gateway(query, variables))).toBe('MISS');
  });
});

describe('eviction tags', () => {
  const sdl = readFileSync(SUPERGRAPH_PATH, 'utf8');
  const schema = buildSchema(printSchema(Supergraph.build(sdl).apiSchema()));
  const owners = fieldOwners(sdl);
  const tags = (source: string) => tagsOf(schema, parse(source), owners);

  it('tag a read by every subgraph whose data it shows, across subgraphs', () => {
    // MethodPage shows projects (Method.usedBy, Method.projects) and förbund names beside the method.
    expect(tags(contractOperation('MethodPage'))).toEqual(expect.arrayContaining(['methods', 'projects', 'registry']));
    expect(tags('{ lans { code name } }')).toEqual(['registry']);
    // A key field alone is not the registry's data: the field that returned the förbund is tagged.
    expect(tags('query ($id: ID!) { method(id: $id) { usedBy { id } } }')).toEqual(['methods', 'projects']);
    // Project.methods asks the method library which methods the caller may see.
    expect(tags('query ($id: ID!) { project(id: $id) { methods { id } } }')).toEqual(['methods', 'projects']);
  });

  it('tag a write by the subgraph it writes', () => {
    expect(tags('mutation ($id: ID!) { publishProject(id: $id) { id } }')).toEqual(['projects']);
    expect(tags('mutation ($id: ID!) { unpublishMethod(id: $id) { id } }')).toEqual(['methods']);
  });
});

const redisUrl = await reachableRedis();

describe('the response cache, shared in Redis', () => {
  it.skipIf(!redisUrl)(`is shared by two gateways, and a write through either evicts in both${redisUrl ? '' : ' (skipped: no Redis at REDIS_URL or 127.0.0.1:6379)'}`, async () => {
    // A prefix of its own: another run on the same Redis must not have cached these answers.
    const env = { REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: `finsam-test-${randomBytes(4).toString('hex')}:` };
    const [one, two] = await Promise.all([startExtraGateway(env), startExtraGateway(env)]);
    try {
      const admin = await tokens.admin();
      const id = await publishedMethod(one.url);
      expect(status(await post(one.url, METHOD, { id }))).toBe('MISS');
      const shared = await post(two.url, METHOD, { id });
      expect(status(shared)).toBe('HIT');
      expect(subgraphSql(shared)).toEqual({});
      expect(shared.data?.method).toMatchObject({ id, published: true });

      // A write through the second evicts in the first as well...
      expect((await post(two.url, UNPUBLISH, { id }, admin)).errors).toBeUndefined();
      const afterTwo = await post(one.url, METHOD, { id });
      expect(status(afterTwo)).toBe('MISS');
      expect(afterTwo.data?.method).toBeNull();
      expect(status(await post(two.url, METHOD, { id }))).toBe('HIT');

      // ...and a write through the first in the second.
      expect((await post(one.url, PUBLISH, { id }, admin)).errors).toBeUndefined();
      const afterOne = await post(two.url, METHOD, { id });
      expect(status(afterOne)).toBe('MISS');
      expect(afterOne.data?.method).toMatchObject({ id, published: true });
      expect(status(await post(one.url, METHOD, { id }))).toBe('HIT');
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it.skipIf(!redisUrl)(`serves nothing kept from before Redis came back empty${redisUrl ? '' : ' (skipped: no Redis at REDIS_URL or 127.0.0.1:6379)'}`, async () => {
    const prefix = `finsam-test-${randomBytes(4).toString('hex')}:`;
    const one = await startExtraGateway({ REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: prefix });
    const redis = new Redis(redisUrl!);
    try {
      const admin = await tokens.admin();
      // Published through the suite's gateway: this prefix's counters are still at 0.
      const id = await publishedMethod(inject('gatewayUrl'));
      await post(one.url, METHOD, { id });
      const kept = await post(one.url, METHOD, { id });
      expect(status(kept)).toBe('HIT');
      expect(kept.data?.method).toMatchObject({ id, published: true });
      expect((await post(one.url, UNPUBLISH, { id }, admin)).errors).toBeUndefined();
      expect((await post(one.url, METHOD, { id })).data?.method).toBeNull();
      // Redis restarts without its data: the counters read 0 again, as when the answer above was kept.
      const keys = await redis.keys(`${prefix}*`);
      expect(keys.length).toBeGreaterThan(0);
      await redis.del(...keys);
      const after = await post(one.url, METHOD, { id });
      expect(status(after)).toBe('MISS');
      expect(after.data?.method).toBeNull();
    } finally {
      redis.disconnect();
      await one.stop();
    }
  });

  it('bypasses the cache when Redis is away, and still answers', async () => {
    const gone = await startExtraGateway({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await post(gone.url, '{ lans { code } }', {});
        expect(answer.errors).toBeUndefined();
        expect(status(answer)).toBe('BYPASS');
      }
    } finally {
      await gone.stop();
    }
  });
});
