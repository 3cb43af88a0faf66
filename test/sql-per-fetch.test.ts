import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerForbund } from '../services/registry/src/data/forbund-store.ts';
import { WebMethodDocument } from '../web/src/lib/graphql/generated/graphql.ts';
import { contract, gateway, maxSqlPerFetch, subgraphSqlFetches, tokens, type GraphQLResult } from './support/client.ts';

/**
 * Issue 12, part 3: every contract read costs each subgraph fetch (one HTTP request from the gateway to
 * a subgraph, `_entities` included) at most two SQL statements, and a list of many costs what a list of
 * one costs. Each read runs twice, once over few rows and once over many, and the counts per fetch
 * (the gateway's x-subgraph-sql-fetches) must be at most two and equal between the two.
 *
 * The rows are this file's own: förbund test-fetch-NN in Dalarna (län 20; Falun, 2080, is a member of
 * each), two methods, and projects of those förbund using them, all of 2019 and for long-term sick
 * leave: years, a län and a target group that no other file counts absolutely. A token (admin or an editor) keeps the
 * gateway's response cache out of the way; one public read of a method of this file's own shows the
 * public role's cost too.
 */

const MANY = 20;
const FORBUND = Array.from({ length: MANY }, (_, i) => `test-fetch-${String(i).padStart(2, '0')}`);
const [BIG, ...SMALL] = FORBUND as [string, ...string[]];
const METHOD_ONE = 'test-fetch-method-one';
const METHOD_MANY = 'test-fetch-method-many';

let admin: string;

function ok<T>(result: GraphQLResult<T>): GraphQLResult<T> {
  expect(result.errors).toBeUndefined();
  return result;
}

/** Two answers of one read: each fetch at most two statements, and the same statements per fetch. */
function expectSameCheapFetches(few: GraphQLResult<unknown>, many: GraphQLResult<unknown>) {
  const fewFetches = subgraphSqlFetches(few);
  expect(Object.keys(fewFetches).length).toBeGreaterThan(0);
  expect(maxSqlPerFetch(few), JSON.stringify(fewFetches)).toBeLessThanOrEqual(2);
  expect(maxSqlPerFetch(many), JSON.stringify(subgraphSqlFetches(many))).toBeLessThanOrEqual(2);
  expect(subgraphSqlFetches(many)).toEqual(fewFetches);
}

beforeAll(async () => {
  admin = await tokens.admin();
  for (const id of FORBUND) {
    await registerForbund(
      {
        id,
        name: `Räkneförbundet ${id.slice(-2)} i Dalarna`,
        formedOn: new Date('2019-01-01'),
        lanCode: '20',
        source: 'test',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Dalarna', lanCode: '20' } },
          { party: { kind: 'KOMMUN', name: 'Falu kommun', kommunCode: '2080' } },
        ],
      },
      'test',
    );
  }
  for (const [id, name] of [[METHOD_ONE, 'Räknemetod för en'], [METHOD_MANY, 'Räknemetod för många']] as const) {
    ok(await gateway(
      `mutation ($forbundId: ID!, $input: ProposeMethodInput!) { proposeMethod(forbundId: $forbundId, input: $input) { id } }`,
      {
        forbundId: BIG,
        input: {
          id, name, summary: 'Skapad av testerna för att räkna SQL-satser per hämtning.', description: 'Testdata.',
          targetGroups: ['LONG_TERM_SICK_LEAVE'], evidenceLevel: 'DOCUMENTED_EXPERIENCE', originForbundId: BIG, source: 'test',
          references: [{ title: 'Testrapport', publisher: 'Testerna', year: 2020 }],
        },
      },
      admin,
    ));
    ok(await gateway(`mutation ($id: ID!) { publishMethod(id: $id) { id } }`, { id }, admin));
  }
  // The big förbund runs MANY projects, each small one runs one; all use METHOD_MANY, and the big
  // förbund's first also METHOD_ONE. Every project is published, with participation and funding.
  const owners = [...FORBUND.map(() => BIG), ...SMALL];
  for (const [i, forbundId] of owners.entries()) {
    const methodIds = i === 0 ? [METHOD_ONE, METHOD_MANY] : [METHOD_MANY];
    const created = ok(await gateway<{ createProject: { id: string } }>(
      `mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      { input: { forbundId, title: `Räkneinsats ${i} i ${forbundId}`, kind: 'INDIVIDUAL', startsOn: '2019-01-01', endsOn: '2019-12-31', targetGroups: ['LONG_TERM_SICK_LEAVE'], partyKinds: ['KOMMUN', 'FORSAKRINGSKASSAN'], methodIds } },
      admin,
    ));
    const id = created.data!.createProject.id;
    ok(await gateway(`mutation ($id: ID!) { publishProject(id: $id) { id } }`, { id }, admin));
    ok(await gateway(
      `mutation ($projectId: ID!, $input: ParticipationInput!) { reportParticipation(projectId: $projectId, input: $input) { year } }`,
      { projectId: id, input: { year: 2019, participants: 12, women: 6, men: 6 } },
      admin,
    ));
  }
  // The state pays more than half: non-compliant, so that NationalOverview lists förbund in 2019 as in 2006.
  for (const forbundId of [BIG, SMALL[0]!]) {
    for (const year of [2019, 2020]) {
      ok(await contract('ReportFunding', {
        forbundId,
        input: {
          year,
          contributions: [
            { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', amount: 600_000 },
            { partyKind: 'REGION', partyName: 'Region Dalarna', amount: 250_000 },
            { partyKind: 'KOMMUN', partyName: 'Falu kommun', kommunCode: '2080', amount: 250_000 },
          ],
        },
      }, admin));
    }
  }
}, 300_000);

describe('SQL per subgraph fetch, for every contract read', () => {
  it('KommunLookup: a kommun in no förbund and one in many', async () => {
    // Älvdalen (2039) is in no förbund of the run; Falun (2080) in every test-fetch förbund.
    const none = ok(await contract<{ kommun: { forbund: unknown[] } }>('KommunLookup', { code: '2039' }, admin));
    const many = ok(await contract<{ kommun: { forbund: unknown[] } }>('KommunLookup', { code: '2080' }, admin));
    expect(none.data!.kommun.forbund).toHaveLength(0);
    expect(many.data!.kommun.forbund.length).toBeGreaterThanOrEqual(MANY);
    // A kommun in no förbund asks no other level: compare the one in many with a kommun in one.
    expect(maxSqlPerFetch(none)).toBeLessThanOrEqual(2);
    const one = ok(await contract<{ kommun: { forbund: unknown[] } }>('KommunLookup', { code: '0181' }, admin));
    expect(one.data!.kommun.forbund).toHaveLength(1);
    expectSameCheapFetches(one, many);
  });

  it('ForbundComparison: one förbund and many', async () => {
    const one = ok(await contract<{ forbunds: { edges: unknown[] } }>('ForbundComparison', { year: 2019, lan: '20', first: 1 }, admin));
    const many = ok(await contract<{ forbunds: { edges: { node: { id: string } }[] } }>('ForbundComparison', { year: 2019, lan: '20', first: 100 }, admin));
    // At least this file's förbund: other files of the run may register förbund in Dalarna too.
    expect(many.data!.forbunds.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining(FORBUND));
    expectSameCheapFetches(one, many);
  });

  it('ForbundProfile: a förbund with one project and one with many', async () => {
    const editor = await tokens.editor(BIG);
    const one = ok(await contract<{ forbund: { projects: { totalCount: number } } }>('ForbundProfile', { id: SMALL[0], fromYear: 2019, toYear: 2019 }, editor));
    const many = ok(await contract<{ forbund: { projects: { totalCount: number } } }>('ForbundProfile', { id: BIG, fromYear: 2005, toYear: 2025 }, editor));
    expect(one.data!.forbund.projects.totalCount).toBe(1);
    expect(many.data!.forbund.projects.totalCount).toBe(MANY);
    expectSameCheapFetches(one, many);
  });

  it('MethodPage: a method used once and one used by many förbund', async () => {
    const one = ok(await contract<{ method: { projects: unknown[] } }>('MethodPage', { id: METHOD_ONE }, admin));
    const many = ok(await contract<{ method: { projects: unknown[]; usedBy: unknown[] } }>('MethodPage', { id: METHOD_MANY }, admin));
    expect(one.data!.method.projects).toHaveLength(1);
    expect(many.data!.method.projects).toHaveLength(2 * MANY - 1);
    expect(many.data!.method.usedBy).toHaveLength(MANY);
    expectSameCheapFetches(one, many);
  });

  it('the web method page (MethodPage with outcomes, as /metoder/<id> asks it): a method used once and one used by many förbund', async () => {
    // The web's own document, printed from its generated code: usedBy, projects and outcomes in one
    // projects-subgraph fetch (issue 15). Over all years and over a range, as the page's form asks.
    type WebMethod = { method: { usedBy: unknown[]; projects: unknown[]; outcomes: { projectCount: number; forbundCount: number } } };
    const query = print(WebMethodDocument);
    for (const years of [{}, { fromYear: 2015, toYear: 2019 }]) {
      const one = ok(await gateway<WebMethod>(query, { id: METHOD_ONE, ...years }, admin));
      const many = ok(await gateway<WebMethod>(query, { id: METHOD_MANY, ...years }, admin));
      expect(one.data!.method.outcomes).toMatchObject({ projectCount: 1, forbundCount: 1 });
      expect(many.data!.method.outcomes).toMatchObject({ projectCount: 2 * MANY - 1, forbundCount: MANY });
      expect(many.data!.method.usedBy).toHaveLength(MANY);
      expect(many.data!.method.projects).toHaveLength(2 * MANY - 1);
      expectSameCheapFetches(one, many);
    }
    // The public, as a visitor's page asks it (past the response cache: a range no other test asks).
    const visitor = ok(await gateway<WebMethod>(query, { id: METHOD_MANY, fromYear: 2018, toYear: 2019 }));
    expect(visitor.headers.get('x-cache')).not.toBe('HIT');
    expect(maxSqlPerFetch(visitor), JSON.stringify(subgraphSqlFetches(visitor))).toBeLessThanOrEqual(2);
  });

  it('MethodPage for the public, as the conference site asks', async () => {
    const result = ok(await contract('MethodPage', { id: METHOD_MANY }));
    expect(result.headers.get('x-cache')).not.toBe('HIT');
    expect(maxSqlPerFetch(result), JSON.stringify(subgraphSqlFetches(result))).toBeLessThanOrEqual(2);
  });

  it('MethodLibrary: a page of one and a page of many', async () => {
    const one = ok(await contract<{ methods: { edges: unknown[] } }>('MethodLibrary', { first: 1 }, admin));
    const many = ok(await contract<{ methods: { edges: unknown[] } }>('MethodLibrary', { first: 100 }, admin));
    expect(many.data!.methods.edges.length).toBeGreaterThan(2);
    expectSameCheapFetches(one, many);
  });

  it('MethodLibrary for the public, searching', async () => {
    const result = ok(await contract<{ methods: { totalCount: number } }>('MethodLibrary', { search: 'Räknemetod' }));
    expect(result.headers.get('x-cache')).not.toBe('HIT');
    expect(result.data!.methods.totalCount).toBe(2);
    expect(maxSqlPerFetch(result), JSON.stringify(subgraphSqlFetches(result))).toBeLessThanOrEqual(2);
  });

  it('NationalOverview: a year of few projects and one of many', async () => {
    const few = ok(await contract('NationalOverview', { year: 2006 }, admin));
    const many = ok(await contract('NationalOverview', { year: 2019 }, admin));
    expectSameCheapFetches(few, many);
  });

  it('FundingTrend: one year and twenty', async () => {
    const one = ok(await contract('FundingTrend', { fromYear: 2019, toYear: 2019 }, admin));
    const many = ok(await contract('FundingTrend', { fromYear: 2005, toYear: 2025 }, admin));
    expectSameCheapFetches(one, many);
  });
});
