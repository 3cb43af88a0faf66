import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tokens } from './support/client.ts';
import { freePort } from './support/free-port.ts';
import { startExtraGateway } from './support/processes.ts';
import { reachableRedis } from './support/redis.ts';

/**
 * Hostile requests through the real gateway (issue 11, parts 1 and 2): each is answered with an error
 * carrying a stable code, and the process stays responsive meanwhile. /health is asked every 10 ms
 * while a case runs; a stalled event loop leaves those requests unanswered and the test fails.
 */
const fragmentBomb = (bottom: string) =>
  `query { ...F0 }\n${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${Array(8).fill(i === 11 ? bottom : `...F${i + 1}`).join(' ')} }`).join('\n')}`;

/** JSON text of a list nested `depth` deep (JSON.stringify itself would overflow the stack). */
const nestedList = (depth: number) => `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
const withVariable = (query: string, name: string, json: string) => `{"query":${JSON.stringify(query)},"variables":{"${name}":${json}}}`;

const CASES: [name: string, body: string | object, code: string][] = [
  ['the fragment bomb with an undefined fragment', { query: fragmentBomb('...Missing') }, 'GRAPHQL_VALIDATION_FAILED'],
  ['the fragment bomb over a real field', { query: fragmentBomb('lans { code }') }, 'QUERY_TOO_COMPLEX'],
  ['repeated spreads of nested fragments', { query: `{ ...A ...A ...A } fragment A on Query { lans { ...B ...B } } fragment B on Lan { kommuner { ...C ...C } } fragment C on Kommun { ${'code '.repeat(1500)} }` }, 'QUERY_TOO_COMPLEX'],
  ['a fragment cycle', { query: '{ ...A } fragment A on Query { lans { code } ...B } fragment B on Query { ...A }' }, 'GRAPHQL_VALIDATION_FAILED'],
  ['10,000 aliases', { query: `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
  ['a directive bomb', { query: `{ lans { ${Array(2400).fill('... @include(if: true) { code }').join(' ').slice(0, 60_000)} } }` }, 'QUERY_TOO_COMPLEX'],
  ['a field bomb', { query: `{ ${Array(1200).fill('forbund(id: "x") { id }').join(' ')} }` }, 'QUERY_TOO_COMPLEX'],
  ['depth 200', { query: `{ forbund(id: "x") { ${'mergedInto { '.repeat(200)} id ${'} '.repeat(200)} } }` }, 'QUERY_TOO_DEEP'],
  ['a string of 900 kB in a variable', { query: 'query($s: String) { methods(search: $s) { totalCount } }', variables: { s: 'å'.repeat(450_000) } }, 'BAD_USER_INPUT'],
  ['lists nested 100,000 deep in a variable', withVariable('query($s: String) { methods(search: $s) { totalCount } }', 's', nestedList(100_000)), 'BAD_USER_INPUT'],
  ['lists nested 100,000 deep for a list argument', withVariable('query($g: TargetGroup) { methods(targetGroup: $g) { totalCount } }', 'g', nestedList(100_000)), 'BAD_USER_INPUT'],
  // The gateway knows Date only by name and passes it on: the subgraph must refuse it, and nothing in
  // between may recurse over it (JSON.stringify of it overflows the stack).
  ['lists nested 100,000 deep for a custom scalar', withVariable('mutation($d: Date!) { updateProject(id: "x", input: { expectedVersion: 1, endsOn: $d }) { id } }', 'd', nestedList(100_000)), 'BAD_USER_INPUT'],
  ['lists nested 100,000 deep for Kronor', withVariable('mutation($k: Kronor!) { reportFunding(forbundId: "x", input: { year: 2020, budgetedTotal: $k, contributions: [] }) { year } }', 'k', nestedList(100_000)), 'BAD_USER_INPUT'],
];

async function healthDuring<T>(work: () => Promise<T>): Promise<{ result: T; answered: number; slowestMs: number }> {
  const base = inject('gatewayUrl').replace(/\/graphql$/, '');
  let done = false;
  let answered = 0;
  let slowestMs = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      // A second is far beyond any healthy answer: only a stalled process misses it.
      const response = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1_000) });
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      answered += 1;
      slowestMs = Math.max(slowestMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  let result: T;
  try {
    result = await work();
  } finally {
    done = true;
    await probe;
  }
  // Read only now: the probe in flight when the work ended counts too.
  return { result, answered, slowestMs };
}

describe('hostile requests through the gateway', () => {
  it.each(CASES)('%s: refused with a stable code while /health answers', async (_name, body, code) => {
    const { result, answered, slowestMs } = await healthDuring(async () => {
      const response = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
    });
    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(answered).toBeGreaterThan(0);
    console.log(`[hostile] ${_name}: ${result.status} ${code}, /health slowest ${slowestMs.toFixed(0)} ms over ${answered} probes`);
  });
});

describe('prices and budgets', () => {
  it('every response carries its cost', async () => {
    const response = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lans { code } }' }) });
    const body = (await response.json()) as { extensions?: { cost?: { requested: number; limit: number; budget: { remaining: number } } } };
    expect(body.extensions?.cost).toMatchObject({ requested: 22, limit: expect.any(Number), budget: { remaining: expect.any(Number) } });
  });

  describe('a gateway with a small budget', () => {
    let small: Awaited<ReturnType<typeof startExtraGateway>>;
    beforeAll(async () => {
      small = await startExtraGateway({ MAX_QUERY_COST: '50', RATE_LIMIT_CAPACITY: '50', RATE_LIMIT_REFILL_PER_SECOND: '1' });
    });
    afterAll(() => small.stop());

    const ask = async (query: string, token?: string) => {
      const response = await fetch(small.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[]; extensions?: { cost?: { budget: { remaining: number } } } } };
    };

    it('refuses a query over the price limit before any subgraph is asked', async () => {
      const refused = await ask('{ kommuner { code } }');
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: { requested: 291, limit: 50 } });
    });

    it('answers 429 with Retry-After when the caller has spent its budget; others keep theirs', async () => {
      const query = '{ lans { code } }'; // 22
      expect((await ask(query)).body.extensions?.cost?.budget.remaining).toBe(28);
      expect((await ask(query)).status).toBe(200);
      const refused = await ask(query);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter), cost: { requested: 22 } });
      // A signed-in caller has a bucket of its own.
      const signedIn = await ask(query, await tokens.editor('halmstad'));
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.errors).toBeUndefined();
    });
  });
});

describe('public budgets behind a load balancer (TRUST_PROXY)', () => {
  const small = { MAX_QUERY_COST: '50', RATE_LIMIT_CAPACITY: '50', RATE_LIMIT_REFILL_PER_SECOND: '1' };
  const ask = async (url: string, forwardedFor: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ lans { code } }' }), // 22 of 50
    });
    return response.status;
  };

  it('give each client behind a trusted proxy a bucket of its own', async () => {
    // The test's requests come from loopback: here loopback plays the load balancer.
    const behind = await startExtraGateway({ ...small, TRUST_PROXY: 'loopback' });
    try {
      expect([await ask(behind.url, '203.0.113.1'), await ask(behind.url, '203.0.113.1'), await ask(behind.url, '203.0.113.1')]).toEqual([200, 200, 429]);
      // Another client of the same balancer still has its whole budget.
      expect(await ask(behind.url, '203.0.113.2')).toBe(200);
      // A client cannot pick a bucket by prepending addresses: only the hop the balancer added counts.
      expect(await ask(behind.url, '198.51.100.9, 203.0.113.1')).toBe(429);
    } finally {
      await behind.stop();
    }
  });

  it('ignore X-Forwarded-For from callers that are not a trusted proxy, so no one picks a fresh bucket', async () => {
    const direct = await startExtraGateway(small);
    try {
      const statuses = [];
      for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) statuses.push(await ask(direct.url, address));
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await direct.stop();
    }
  });
});

const redisUrl = await reachableRedis();

describe('budgets across gateway replicas', () => {
  const small = { MAX_QUERY_COST: '50', RATE_LIMIT_CAPACITY: '50', RATE_LIMIT_REFILL_PER_SECOND: '1' };
  const ask = async (url: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lans { code } }' }) });
    return { status: response.status, body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] } };
  };

  it.skipIf(!redisUrl)(`share one bucket per caller in Redis${redisUrl ? '' : ' (skipped: no Redis at REDIS_URL or 127.0.0.1:6379)'}`, async () => {
    // A prefix of its own: another run on the same Redis must not have spent this bucket.
    const env = { ...small, REDIS_URL: redisUrl!, REDIS_KEY_PREFIX: `finsam-test-${randomBytes(4).toString('hex')}:` };
    const [one, two] = await Promise.all([startExtraGateway(env), startExtraGateway(env)]);
    try {
      expect((await ask(one.url)).status).toBe(200); // 22 of 50
      expect((await ask(two.url)).status).toBe(200); // 44
      const refused = await ask(one.url);
      expect(refused.status).toBe(429);
      expect((await ask(two.url)).status).toBe(429);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it('keep answering when Redis is away, each with its own buckets', async () => {
    const gone = await startExtraGateway({ ...small, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    try {
      const first = await ask(gone.url);
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect((await ask(gone.url)).status).toBe(200);
      expect((await ask(gone.url)).status).toBe(429);
    } finally {
      await gone.stop();
    }
  });
});
