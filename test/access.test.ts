import { config } from '@finsam/core';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseFingerprint } from './support/fingerprint.ts';
import { gateway, subgraph, tokens } from './support/client.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Who may read and write what: tokens at the gateway, the registry's writes by a national_admin, a
 * hardened endpoint. Every write refused to every wrong credential is driven in access-matrix.test.ts.
 */

const cfg = config();
const secret = new TextEncoder().encode(cfg.JWT_SECRET);

async function token(claims: Record<string, unknown>, options: { secret?: Uint8Array; audience?: string; issuer?: string; expires?: string | number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('someone')
    .setIssuer(options.issuer ?? cfg.JWT_ISSUER)
    .setAudience(options.audience ?? cfg.JWT_AUDIENCE)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(options.expires ?? '1h')
    .sign(options.secret ?? secret);
}

const RENAME = `mutation ($input: RenameForbundInput!) { renameForbund(input: $input) { id name } }`;

describe('tokens at the gateway', () => {
  it.each([
    ['expired', () => token({ role: 'national_admin' }, { expires: Math.floor(Date.now() / 1000) - 60 }), /expired/],
    ['forged (signed with another secret)', () => token({ role: 'national_admin' }, { secret: new TextEncoder().encode('not-the-secret-at-all-0123456789') }), /invalid/],
    ['for another audience', () => token({ role: 'national_admin' }, { audience: 'someone-else' }), /"aud"/],
    ['from another issuer', () => token({ role: 'national_admin' }, { issuer: 'evil' }), /"iss"/],
    ['without a role', () => token({}), /role/],
    ['an editor without a förbund', () => token({ role: 'forbund_editor' }), /role/],
    ['malformed', async () => 'not.a.jwt', /invalid/],
  ])('refuses a token that is %s with UNAUTHENTICATED, never as public', async (_name, make, message) => {
    const result = await gateway('{ lans { code } }', {}, await make());
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(result.data).toBeUndefined();
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const response = await fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic dXNlcjpwYXNz' },
      body: JSON.stringify({ query: '{ lans { code } }' }),
    });
    expect(response.status).toBe(401);
  });
});

describe('registry writes by a national_admin', () => {
  afterAll(async () => {
    const { db, disconnect } = await import('../services/registry/src/data/db.ts');
    await db().forbund.deleteMany({ where: { id: { in: ['test-lifecycle', 'test-successor'] } } });
    await db().auditEntry.deleteMany({ where: { forbundId: { in: ['test-lifecycle', 'test-successor'] } } });
    await disconnect();
  });

  const members = (kommunCode: string, kommunName: string) => [
    { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
    { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
    { party: { kind: 'REGION', name: 'Region Gotland', lanCode: '09' } },
    { party: { kind: 'KOMMUN', name: kommunName, kommunCode } },
  ];

  it('registers, renames, adds and ends memberships, and dissolves into a successor, auditing each step', async () => {
    const admin = await tokens.admin();
    const register = `mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id name formedOn members { party { id } } } }`;
    const first = await gateway<{ registerForbund: { id: string; name: string } }>(register, {
      input: { id: 'test-lifecycle', name: 'Samordningsförbundet Gotland', formedOn: '2030-02-01', lanCode: '09', source: 'test', members: members('0980', 'Gotlands kommun') },
    }, admin);
    expect(first.errors).toBeUndefined();
    expect(first.data!.registerForbund).toMatchObject({ id: 'test-lifecycle', name: 'Samordningsförbundet Gotland' });

    const renamed = await gateway<{ renameForbund: { name: string } }>(RENAME, { input: { forbundId: 'test-lifecycle', name: 'Finsam Gotland', validFrom: '2031-01-01', source: 'test' } }, admin);
    expect(renamed.data!.renameForbund.name).toBe('Finsam Gotland');

    // Ending the only kommun would leave the förbund without one: refused, nothing written.
    const before = await databaseFingerprint();
    const lonely = await gateway(`mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }`, { input: { forbundId: 'test-lifecycle', partyId: 'kommun-0980', leftOn: '2031-06-30' } }, admin);
    expect(lonely.errors?.[0]?.extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'FORBUND_COMPOSITION' });
    expect(await databaseFingerprint()).toEqual(before);

    await gateway(register, { input: { id: 'test-successor', name: 'Nya förbundet', formedOn: '2032-01-01', lanCode: '09', source: 'test', members: members('0980', 'Gotlands kommun') } }, admin);
    const dissolved = await gateway<{ dissolveForbund: { dissolvedOn: string; mergedInto: { id: string }; members: { leftOn: string }[] } }>(
      `mutation ($input: DissolveForbundInput!) { dissolveForbund(input: $input) { dissolvedOn mergedInto { id } members { leftOn } } }`,
      { input: { forbundId: 'test-lifecycle', dissolvedOn: '2031-12-31', mergedInto: 'test-successor' } },
      admin,
    );
    expect(dissolved.errors).toBeUndefined();
    expect(dissolved.data!.dissolveForbund).toMatchObject({ dissolvedOn: '2031-12-31', mergedInto: { id: 'test-successor' } });
    // Four founding members: every() over an empty list would also be true.
    expect(dissolved.data!.dissolveForbund.members.map((m) => m.leftOn)).toEqual(Array(4).fill('2031-12-31'));

    const log = await gateway<{ registryAuditLog: { edges: { node: { action: string; actor: string } }[] } }>(
      `{ registryAuditLog(forbundId: "test-lifecycle") { edges { node { action actor changes } } } }`, {}, admin);
    expect(log.data!.registryAuditLog.edges.map((e) => e.node.action)).toEqual(['dissolveForbund', 'renameForbund', 'registerForbund']);
    expect(log.data!.registryAuditLog.edges[0]!.node.actor).toBe('national_admin:test-admin');
  });

  it('shows the audit log to national_admin only', async () => {
    const query = `{ registryAuditLog(first: 1) { totalCount } }`;
    expect((await gateway(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gateway(query, {}, await tokens.editor('halmstad'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a hardened public endpoint', () => {
  // Valid, so that it reaches the depth check (validation runs first).
  const deep = `{ forbund(id: "halmstad") { ${'mergedInto { '.repeat(50)} id ${'} '.repeat(50)} } }`;
  const aliases = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: lans { code }`).join(' ')} }`;

  it.each([
    ['depth 50', { query: deep }, 400, 'QUERY_TOO_DEEP'],
    ['10,000 aliases', { query: aliases }, 400, 'QUERY_TOO_COMPLEX'],
    ['a batch of operations', [{ query: '{ lans { code } }' }, { query: '{ lans { name } }' }], 400, 'BATCHING_NOT_SUPPORTED'],
    ['a 5 MB body', { query: `{ lans { code } } #${'x'.repeat(5 * 1024 * 1024)}` }, 413, 'PAYLOAD_TOO_LARGE'],
  ] as const)('refuses %s before any subgraph is asked', async (_name, body, status, code) => {
    const response = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
    // The header is set only when the gateway executed the operation: absent, no subgraph was asked.
    expect(response.headers.get('x-subgraph-sql')).toBeNull();
    expect(response.headers.get('x-subgraph-sql-fetches')).toBeNull();
  });

  it('refuses too many aliases even when the document is short enough to parse', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: lans { code }`).join(' ')} }`;
    const result = await gateway(query);
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('serves GET queries as GraphQL over HTTP, with CSRF prevention', async () => {
    const url = `${inject('gatewayUrl')}?query=${encodeURIComponent('{ lans { code } }')}`;
    const withPreflight = await fetch(url, { headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' } });
    expect(withPreflight.status).toBe(200);
    expect(withPreflight.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    const mutation = await fetch(`${inject('gatewayUrl')}?query=${encodeURIComponent(RENAME)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(mutation.status).toBe(405);
  });

  it('answers an invalid operation with 400 and application/graphql-response+json', async () => {
    const response = await fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/graphql-response\+json/);
  });
});

describe('production mode', () => {
  let production: Awaited<ReturnType<typeof startExtraGateway>>;
  beforeAll(async () => {
    production = await startExtraGateway({ NODE_ENV: 'production', INTERNAL_SECRET: cfg.INTERNAL_SECRET, JWT_SECRET: cfg.JWT_SECRET });
  });
  afterAll(() => production.stop());

  it('turns introspection off', async () => {
    const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/[Ii]ntrospection/);
  });

  it('suggests no field names, which would reveal the schema that introspection hides', async () => {
    const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ kommun(code: "0181") { nope nam } }' }) });
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.length).toBe(2);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(error.message).toMatch(/^Cannot query field "(nope|nam)" on type "Kommun"\.$/);
    }
    // Development keeps the suggestions: they help whoever writes a query.
    const dev = await gateway('{ kommun(code: "0181") { nam } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean .*"name"/);
  });

  it('still serves the contract', async () => {
    const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ kommun(code: "1380") { name } }' }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown; extensions?: { cost?: { requested: number } } };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ kommun: { name: 'Halmstad' } });
    expect(body.extensions?.cost?.requested).toBe(2);
  });
});

describe('trusted documents', () => {
  let trusted: Awaited<ReturnType<typeof startExtraGateway>>;
  beforeAll(async () => {
    trusted = await startExtraGateway({ TRUSTED_DOCUMENTS: 'enforce' });
  });
  afterAll(() => trusted.stop());

  it('runs a contract operation, by text or by hash alone, and refuses anything else', async () => {
    const { contractOperation } = await import('./support/client.ts');
    const { documentHash } = await import('../gateway/src/limits.ts');
    const text = contractOperation('KommunLookup');
    const post = (body: unknown) => fetch(trusted.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const byText = (await (await post({ query: text, variables: { code: '1380' } })).json()) as { data: { kommun: { name: string } } };
    expect(byText.data.kommun.name).toBe('Halmstad');
    const byHash = (await (await post({ extensions: { persistedQuery: { version: 1, sha256Hash: documentHash(text) } }, variables: { code: '0181' } })).json()) as { data: { kommun: { name: string } } };
    expect(byHash.data.kommun.name).toBe('Södertälje');
    const other = await post({ query: '{ lans { code } }' });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('request ids', () => {
  it("answers with the caller's request id, or a new one, never an unsafe one", async () => {
    const send = (id?: string) =>
      fetch(inject('gatewayUrl'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id ? { 'x-request-id': id } : {}) },
        body: JSON.stringify({ query: '{ lans { code } }' }),
      });
    expect((await send('kundtjanst-4711')).headers.get('x-request-id')).toBe('kundtjanst-4711');
    expect((await send()).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await send('evil"} {"level":60')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('subgraphs trust only the gateway', () => {
  it('accept a request signed with the internal secret', async () => {
    const result = await subgraph<{ lans: unknown[] }>('registry', '{ lans { code } }');
    expect(result.status).toBe(200);
    // A refused identity can also come back as 200 with an error; only data shows it was let in.
    expect(result.errors).toBeUndefined();
    expect(result.data!.lans).toHaveLength(21);
  });
});
