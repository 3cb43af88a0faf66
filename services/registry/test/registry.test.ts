import { parseIsoDate, PUBLIC, TEXT_LIMITS } from '@finsam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateway, sqlStatements, subgraph } from '../../../test/support/client.ts';
import { expectTooLong, itRefusesPagesOutside0To100 } from '../../../test/support/limits.ts';
import { db, disconnect } from '../src/data/db.ts';
import { addMembership, registerForbund, type RegisterForbundInput } from '../src/data/forbund-store.ts';

// Other files' förbund (test-projects-one, ...) stay: their projects and funding name them, and the
// gateway would null a whole answer around a reference that no longer resolves. Only this file's go.
let before: Set<string>;
beforeAll(async () => {
  before = new Set((await db().forbund.findMany({ select: { id: true } })).map((f) => f.id));
});

afterAll(async () => {
  const mine = (await db().forbund.findMany({ select: { id: true } })).map((f) => f.id).filter((id) => !before.has(id));
  await db().forbund.deleteMany({ where: { id: { in: mine } } });
  await db().party.deleteMany({ where: { memberships: { none: {} }, boardSeats: { none: {} } } });
  await disconnect();
});

describe('reference data', () => {
  it('has all 21 län and 290 kommuner with their SCB codes', async () => {
    const result = await subgraph<{ lans: { code: string; name: string }[]; kommuner: { code: string; name: string; lan: { code: string } }[] }>(
      'registry',
      '{ lans { code name } kommuner { code name lan { code } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.lans).toHaveLength(21);
    expect(result.data!.kommuner).toHaveLength(290);
    expect(result.data!.lans).toEqual(expect.arrayContaining([{ code: '01', name: 'Stockholms län' }, { code: '24', name: 'Västerbottens län' }]));
    expect(result.data!.kommuner).toEqual(
      expect.arrayContaining([
        { code: '0181', name: 'Södertälje', lan: { code: '01' } },
        { code: '0140', name: 'Nykvarn', lan: { code: '01' } },
        { code: '1380', name: 'Halmstad', lan: { code: '13' } },
        { code: '2417', name: 'Norsjö', lan: { code: '24' } },
        { code: '0980', name: 'Gotland', lan: { code: '09' } },
      ]),
    );
    for (const k of result.data!.kommuner) expect(k.code.slice(0, 2)).toBe(k.lan.code);
  });

  it('refuses a malformed kommunkod with BAD_USER_INPUT', async () => {
    const result = await gateway('{ kommun(code: "18") { name } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('history as of a year', () => {
  it('keeps every name with its validity, and finds a förbund by a former name', async () => {
    const result = await gateway<{ forbunds: { edges: { node: { id: string; name: string; nameHistory: unknown[] } }[] } }>(
      `{ forbunds(filter: { search: "Skellefteå" }) { edges { node { id name nameHistory { name validFrom validTo } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.forbunds.edges.map((e) => e.node)).toEqual([
      {
        id: 'skelleftea-norsjo',
        name: 'Samordningsförbundet Skellefteå–Norsjö',
        nameHistory: [
          { name: 'Samordningsförbundet Skellefteå', validFrom: null, validTo: '2013-12-31' },
          { name: 'Samordningsförbundet Skellefteå–Norsjö', validFrom: '2014-01-01', validTo: null },
        ],
      },
    ]);
  });

  it('answers the name a förbund had in a given year', async () => {
    const result = await gateway<{ forbund: { y2013: string; y2014: string; now: string } }>(
      `{ forbund(id: "umearegionen") { y2013: name(year: 2013) y2014: name(year: 2014) now: name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.forbund).toEqual({ y2013: 'Samordningsförbundet Umeå', y2014: 'Samordningsförbundet Umeåregionen', now: 'Samordningsförbundet Umeåregionen' });
  });

  it('finds the förbund a kommun is or was a member of', async () => {
    const result = await gateway<{ forbunds: { edges: { node: { id: string } }[] } }>(`{ forbunds(filter: { kommun: "2417" }) { edges { node { id } } } }`);
    expect(result.data!.forbunds.edges.map((e) => e.node.id)).toEqual(['skelleftea-norsjo']);
  });

  it('answers which kommuner were members in a given year', async () => {
    const result = await gateway<{ forbund: { y2013: { name: string }[]; y2014: { name: string }[] } }>(
      `{ forbund(id: "skelleftea-norsjo") { y2013: kommuner(year: 2013) { name } y2014: kommuner(year: 2014) { name } } }`,
    );
    expect(result.data!.forbund.y2013.map((k) => k.name)).toEqual(['Skellefteå']);
    expect(result.data!.forbund.y2014.map((k) => k.name)).toEqual(['Norsjö', 'Skellefteå']);
  });

  it('counts coverage per year from the memberships that held that year', async () => {
    const query = `query ($year: Int!) { coverage(year: $year) { year forbundCount kommunerTotal kommunerCovered byLan { lan { code name } kommunerTotal kommunerCovered forbundCount } } }`;
    const y2006 = await gateway<{ coverage: { forbundCount: number; kommunerTotal: number; kommunerCovered: number; byLan: { lan: { code: string }; kommunerCovered: number; forbundCount: number; kommunerTotal: number }[] } }>(query, { year: 2006 });
    expect(y2006.errors).toBeUndefined();
    // 2006: Södertälje–Nykvarn (formed 2005-09-01) and the three Västerbotten förbund (2005).
    expect(y2006.data!.coverage).toMatchObject({ forbundCount: 4, kommunerTotal: 290, kommunerCovered: 5 });
    const vasterbotten = y2006.data!.coverage.byLan.find((l) => l.lan.code === '24')!;
    expect(vasterbotten).toMatchObject({ forbundCount: 3, kommunerCovered: 3, kommunerTotal: 15 });
    const y2014 = await gateway<{ coverage: { byLan: { lan: { code: string }; kommunerCovered: number; forbundCount: number }[] } }>(query, { year: 2014 });
    // 2014 adds Norra Västmanland (3 kommuner), Halmstad (1) and Norsjö joining Skellefteå. Read per
    // län: other files of the run register förbund of their own elsewhere (test/outcomes.test.ts in
    // Dalarna from 2009), which the national sums would count.
    const lan = (code: string) => y2014.data!.coverage.byLan.find((l) => l.lan.code === code);
    expect(lan('19')).toMatchObject({ forbundCount: 1, kommunerCovered: 3 });
    expect(lan('13')).toMatchObject({ forbundCount: 1, kommunerCovered: 1 });
    expect(lan('24')).toMatchObject({ forbundCount: 3, kommunerCovered: 4 });
  });

  it('refuses a year before Lag (2003:1210) with BAD_USER_INPUT', async () => {
    const result = await gateway('{ coverage(year: 1999) { year } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const member = (kind: 'FORSAKRINGSKASSAN' | 'ARBETSFORMEDLINGEN' | 'REGION', name: string) => ({ party: { kind, name } });
function testForbund(id: string, overrides: Partial<RegisterForbundInput> = {}): RegisterForbundInput {
  return {
    id,
    name: `Testförbundet ${id}`,
    activeSinceYear: 2030,
    lanCode: '25',
    source: 'test',
    members: [
      member('FORSAKRINGSKASSAN', 'Försäkringskassan'),
      member('ARBETSFORMEDLINGEN', 'Arbetsförmedlingen'),
      member('REGION', 'Region Norrbotten'),
      { party: { kind: 'KOMMUN', name: 'Kiruna kommun', kommunCode: '2584' } },
    ],
    ...overrides,
  };
}

describe('registry writes keep the rules of Lag (2003:1210)', () => {
  it('round-trips Swedish names exactly', async () => {
    const name = 'Samordningsförbundet Åre–Östersund: ÅÄÖ åäö é ü';
    await registerForbund(testForbund('test-unicode', { name }), 'test');
    const result = await gateway<{ forbund: { name: string } }>('{ forbund(id: "test-unicode") { name } }');
    expect(result.data!.forbund.name).toBe(name);
  });

  it('refuses a förbund without Arbetsförmedlingen, writing nothing', async () => {
    const before = await db().forbund.count();
    const members = testForbund('x').members.filter((m) => m.party.kind !== 'ARBETSFORMEDLINGEN');
    await expect(registerForbund(testForbund('test-no-af', { members }), 'test')).rejects.toMatchObject({
      extensions: { code: 'RULE_VIOLATION', rule: 'FORBUND_COMPOSITION' },
    });
    expect(await db().forbund.count()).toBe(before);
    expect(await db().forbund.findUnique({ where: { id: 'test-no-af' } })).toBeNull();
  });

  it('refuses a membership that overlaps the same party’s current one, writing nothing', async () => {
    await registerForbund(testForbund('test-overlap'), 'test');
    const before = await db().membership.count({ where: { forbundId: 'test-overlap' } });
    await expect(
      addMembership({ forbundId: 'test-overlap', party: { kind: 'KOMMUN', name: 'Kiruna kommun', kommunCode: '2584' }, joinedOn: parseIsoDate('2031-01-01'), source: 'test' }, 'test'),
    ).rejects.toMatchObject({ extensions: { code: 'RULE_VIOLATION', rule: 'MEMBERSHIP_PERIODS_OVERLAP' } });
    expect(await db().membership.count({ where: { forbundId: 'test-overlap' } })).toBe(before);
  });

  it('refuses a malformed organisationsnummer with BAD_USER_INPUT', async () => {
    await expect(registerForbund(testForbund('test-orgnr', { orgNumber: '5555-1234' }), 'test')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'orgNumber' },
    });
  });
});

describe('batched loading', () => {
  const FIELDS = `id name lan { code name } members { party { kind name kommun { code } } joinedOn leftOn } kommuner(year: 2031) { code name } nameHistory { name } board { role }`;

  it('resolves 100 Forbund references with as many SQL statements as 1', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `test-batch-${String(i).padStart(3, '0')}`);
    for (const id of ids) await registerForbund(testForbund(id), 'test');
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Forbund { ${FIELDS} } } }`;
    const one = await subgraph<{ _entities: { id: string }[] }>('registry', query, { reps: [{ __typename: 'Forbund', id: ids[0] }] });
    const hundred = await subgraph<{ _entities: { id: string }[] }>('registry', query, { reps: ids.map((id) => ({ __typename: 'Forbund', id })) });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities.map((e) => e.id)).toEqual(ids);
    expect(sqlStatements(one)).toBeGreaterThan(0);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it('lists 100 förbund with members and kommuner with as many SQL statements as 1', async () => {
    const query = `query ($first: Int!) { forbunds(first: $first, filter: { lan: "25" }) { totalCount edges { node { ${FIELDS} } } } }`;
    const one = await subgraph<{ forbunds: { edges: unknown[] } }>('registry', query, { first: 1 });
    const hundred = await subgraph<{ forbunds: { edges: unknown[]; totalCount: number } }>('registry', query, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(one.data!.forbunds.edges).toHaveLength(1);
    expect(hundred.data!.forbunds.edges).toHaveLength(100);
    expect(sqlStatements(one)).toBeGreaterThan(0);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });
});

describe('page and text limits (issue 11, part 2)', () => {
  const admin = { role: 'national_admin', subject: 'test' } as const;
  itRefusesPagesOutside0To100('registry', [
    { coordinate: 'Query.forbunds', slicing: ['first', 'last'], query: (s) => `query ($n: Int) { forbunds(${s}: $n) { edges { node { id } } } }`, identity: admin },
    {
      coordinate: 'Query.registryAuditLog',
      slicing: ['first', 'last'],
      query: (s) => `query ($n: Int) { registryAuditLog(${s}: $n) { edges { node { id } } } }`,
      identity: admin,
    },
  ]);

  it('refuses a page as the gateway does: the same message, code and field', async () => {
    const query = '{ forbunds(first: 101) { totalCount } }';
    const [atGateway, atSubgraph] = await Promise.all([gateway(query), subgraph('registry', query)]);
    expect(atGateway.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(atSubgraph.errors?.[0]?.message).toBe(atGateway.errors?.[0]?.message);
    expect(atSubgraph.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses an over-long search, id or source before any SQL, and still answers one at the limit', async () => {
    const search = 'query ($s: String) { forbunds(filter: { search: $s }) { totalCount } }';
    await expectTooLong('registry', search, { s: 'a'.repeat(TEXT_LIMITS.text + 1) }, PUBLIC, 'search');
    expect((await subgraph('registry', search, { s: 'a'.repeat(TEXT_LIMITS.text) })).errors).toBeUndefined();
    await expectTooLong('registry', 'query ($id: ID!) { forbund(id: $id) { name } }', { id: 'x'.repeat(100_000) }, PUBLIC, 'id');
    await expectTooLong('registry', 'query ($c: String!) { kommun(code: $c) { name } }', { c: '0'.repeat(TEXT_LIMITS.text + 1) }, PUBLIC, 'code');
    const rename = 'mutation ($s: String!) { renameForbund(input: { forbundId: "halmstad", name: "N", validFrom: "2020-01-01", source: $s }) { id } }';
    await expectTooLong('registry', rename, { s: 's'.repeat(TEXT_LIMITS.reference + 1) }, admin, 'source');
  });
});
