import { config, IDENTITY_HEADER, signIdentity } from '@finsam/core';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contract, contractOperation, gateway, tokens } from './support/client.ts';
import { databaseFingerprint } from './support/fingerprint.ts';

/**
 * The role × operation matrix of issue "Who may read and write what", driven through the real gateway
 * with real tokens: every read of the client contract for every role, and every write of the contract
 * with every kind of wrong credential. Refused writes leave the database byte for byte as it was.
 */

const cfg = config();

type Role = 'public' | 'own editor' | 'other editor' | 'national_admin';
const ROLES: Record<Role, () => Promise<string | undefined>> = {
  public: async () => undefined,
  'own editor': () => tokens.editor('sodertalje-nykvarn'),
  'other editor': () => tokens.editor('halmstad'),
  national_admin: () => tokens.admin(),
};

/** Every query of the contract, with variables naming demo data. */
const READS: [string, Record<string, unknown>][] = [
  ['NationalOverview', { year: 2006 }],
  ['ForbundComparison', { year: 2006 }],
  ['FundingTrend', { fromYear: 2005, toYear: 2006 }],
  ['KommunLookup', { code: '0181' }],
  ['ForbundProfile', { id: 'sodertalje-nykvarn', fromYear: 2005, toYear: 2006 }],
  ['MethodLibrary', { search: 'rätt väg' }],
  ['MethodPage', { id: 'pa-ratt-vag' }],
];

describe('every contract query, for every role', () => {
  const cases = READS.flatMap(([operation, variables]) => (Object.keys(ROLES) as Role[]).map((role) => [operation, role, variables] as const));
  it.each(cases)('%s as %s', async (operation, role, variables) => {
    const result = await contract(operation, variables, await ROLES[role]());
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    // Without data, every() over no fields is true: the answer must have its fields to be checked.
    const fields = Object.values(result.data ?? {});
    expect(fields.length, JSON.stringify(result.data)).toBeGreaterThan(0);
    expect(fields.every((value) => value !== null), JSON.stringify(result.data)).toBe(true);
  });
});

/**
 * Every write of the hub, aimed at the Södertälje–Nykvarn förbund or a demo method, with the subgraph
 * that owns it and whether it is national_admin's alone (then the förbund's own editor is refused too):
 * the contract's mutations by name, the registry's and the method library's by text.
 */
const METHOD_INPUT = {
  id: 'test-matrix-method', name: 'Ska inte föreslås', summary: 'Nej.', description: 'Nej.',
  targetGroups: ['NEWLY_ARRIVED'], evidenceLevel: 'DOCUMENTED_EXPERIENCE', source: 'test',
};
const WRITES: [string, string, string, Record<string, unknown>, ('adminOnly' | undefined)?][] = [
  ['CreateProject', 'projects', contractOperation('CreateProject'), {
    input: { forbundId: 'sodertalje-nykvarn', title: 'Ska inte skapas', kind: 'INDIVIDUAL', startsOn: '2030-01-01', targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'REGION'] },
  }],
  ['UpdateProject', 'projects', contractOperation('UpdateProject'), { id: 'kbt-vardcentral-sodertalje', input: { expectedVersion: 1, title: 'Ska inte ändras' } }],
  ['PublishProject', 'projects', contractOperation('PublishProject'), { id: 'kbt-vardcentral-sodertalje' }],
  ['ReportParticipation', 'projects', contractOperation('ReportParticipation'), { projectId: 'kbt-vardcentral-sodertalje', input: { year: 2006, participants: 12, women: 6, men: 6 } }],
  ['ReportFunding', 'funding', contractOperation('ReportFunding'), {
    forbundId: 'sodertalje-nykvarn',
    input: { year: 2007, budgetedTotal: 100, contributions: [{ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 100 }] },
  }],
  ['proposeMethod', 'methods', 'mutation ($forbundId: ID!, $input: ProposeMethodInput!) { proposeMethod(forbundId: $forbundId, input: $input) { id } }', { forbundId: 'sodertalje-nykvarn', input: METHOD_INPUT }],
  ['updateMethod', 'methods', 'mutation ($id: ID!, $input: UpdateMethodInput!) { updateMethod(id: $id, input: $input) { id } }', { id: 'pa-ratt-vag', input: { name: 'Ska inte ändras' } }, 'adminOnly'],
  ['publishMethod', 'methods', 'mutation ($id: ID!) { publishMethod(id: $id) { id } }', { id: 'pa-ratt-vag' }, 'adminOnly'],
  ['unpublishMethod', 'methods', 'mutation ($id: ID!) { unpublishMethod(id: $id) { id } }', { id: 'pa-ratt-vag' }, 'adminOnly'],
  ['registerForbund', 'registry', 'mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }', {
    input: { id: 'test-matrix-refused', name: 'Nej', activeSinceYear: 2025, lanCode: '01', source: 'test', members: [
      { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } }, { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
      { party: { kind: 'REGION', name: 'Region Stockholm', lanCode: '01' } }, { party: { kind: 'KOMMUN', name: 'Nykvarns kommun', kommunCode: '0140' } },
    ] },
  }, 'adminOnly'],
  ['renameForbund', 'registry', 'mutation ($input: RenameForbundInput!) { renameForbund(input: $input) { id } }', {
    input: { forbundId: 'sodertalje-nykvarn', name: 'Ska inte hända', validFrom: '2030-01-01', source: 'test' },
  }, 'adminOnly'],
  ['addMembership', 'registry', 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
    input: { forbundId: 'sodertalje-nykvarn', party: { kind: 'KOMMUN', name: 'Salems kommun', kommunCode: '0128' }, joinedOn: '2030-01-01', source: 'test' },
  }, 'adminOnly'],
  ['endMembership', 'registry', 'mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id } }', {
    input: { forbundId: 'sodertalje-nykvarn', partyId: 'kommun-0140', leftOn: '2030-01-01' },
  }, 'adminOnly'],
  ['dissolveForbund', 'registry', 'mutation ($input: DissolveForbundInput!) { dissolveForbund(input: $input) { id } }', {
    input: { forbundId: 'sodertalje-nykvarn', dissolvedOn: '2030-01-01' },
  }, 'adminOnly'],
];

const send = (query: string, variables: Record<string, unknown>, token?: string) => gateway(query, variables, token);

const secret = new TextEncoder().encode(cfg.JWT_SECRET);
function badToken(kind: 'expired' | 'forged' | 'wrong audience'): Promise<string> {
  return new SignJWT({ role: 'national_admin' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('mallory')
    .setIssuer(cfg.JWT_ISSUER)
    .setAudience(kind === 'wrong audience' ? 'another-service' : cfg.JWT_AUDIENCE)
    .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
    .setExpirationTime(kind === 'expired' ? Math.floor(Date.now() / 1000) - 60 : '1h')
    .sign(kind === 'forged' ? new TextEncoder().encode('mallory-knows-this-secret-only-42') : secret);
}

describe('every contract write, with every wrong credential', () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await databaseFingerprint();
  });

  it.each(WRITES)('%s: no token is UNAUTHENTICATED, another förbund’s editor FORBIDDEN', async (_name, _subgraph, query, variables, adminOnly) => {
    expect((await send(query, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const editors: Role[] = adminOnly ? ['other editor', 'own editor'] : ['other editor'];
    for (const role of editors) {
      const refused = await send(query, variables, await ROLES[role]());
      expect(refused.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
      expect(Object.values(refused.data ?? {}).every((value) => value === null), role).toBe(true);
    }
  });

  it.each(WRITES)('%s: an expired, forged or wrong-audience token is refused with 401', async (_name, _subgraph, query, variables) => {
    for (const kind of ['expired', 'forged', 'wrong audience'] as const) {
      const result = await send(query, variables, await badToken(kind));
      expect(result.status, kind).toBe(401);
      expect(result.errors?.[0]?.extensions?.code, kind).toBe('UNAUTHENTICATED');
      expect(result.data, kind).toBeUndefined();
    }
  });

  it.each(WRITES)('%s: a forged, replayed or missing identity sent straight to the %s subgraph is refused', async (_name, subgraph, query, variables) => {
    const admin = { role: 'national_admin' as const, subject: 'mallory' };
    const forged = signIdentity(admin, 'a-secret-only-mallory-knows-123', subgraph);
    // Genuine, but captured on its way to another subgraph, or a minute and more ago, or dated ahead to outlive its minute.
    const elsewhere = signIdentity(admin, cfg.INTERNAL_SECRET, subgraph === 'registry' ? 'funding' : 'registry');
    const stale = signIdentity(admin, cfg.INTERNAL_SECRET, subgraph, Date.now() - 120_000);
    const future = signIdentity(admin, cfg.INTERNAL_SECRET, subgraph, Date.now() + 50_000);
    for (const headers of [{ [IDENTITY_HEADER]: forged }, { [IDENTITY_HEADER]: elsewhere }, { [IDENTITY_HEADER]: stale }, { [IDENTITY_HEADER]: future }, {}] as Record<string, string>[]) {
      const response = await fetch(inject('subgraphUrls')[subgraph]!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.status).toBe(401);
    }
  });

  it('left the database byte for byte unchanged', async () => {
    expect(await databaseFingerprint()).toEqual(before);
  });
});
