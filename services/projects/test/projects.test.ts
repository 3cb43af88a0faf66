import { createContext, createLogger, parseIsoDate, TEXT_LIMITS, type Identity } from '@finsam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatements, subgraph } from '../../../test/support/client.ts';
import { expectTooLong, itRefusesPagesOutside0To100 } from '../../../test/support/limits.ts';
import { db, disconnect } from '../src/data/db.ts';
import { createProject, participantCount, projectsOfForbundLoader, publishProject, reportParticipation, updateProject, type CreateProjectInput } from '../src/data/project-store.ts';
import { type RemoteChecks } from '../src/data/remote.ts';
import { assertAgeBands, protectAgeBands, protectFigures, protectSituation, statusAgrees, statusFromDates } from '../src/data/rules.ts';

/**
 * The projects subgraph on its own: its rules, its data layer against the run's database, and
 * `_entities` straight to the subgraph, signed as the gateway signs. Rows written here belong to
 * förbund ids starting with "test-sv-", which the registry does not know: the data layer is called with
 * checks that accept them, as the seed is.
 */

const A = 'test-sv-a';
const B = 'test-sv-b';
const admin: Identity = { role: 'national_admin', subject: 'test' };
const editorA: Identity = { role: 'forbund_editor', subject: 'test-a', forbundId: A };
const editorB: Identity = { role: 'forbund_editor', subject: 'test-b', forbundId: B };
const PUBLIC: Identity = { role: 'public' };
const ACCEPT: RemoteChecks = { forbundActive: async () => {}, methodsVisible: async () => {} };

function input(overrides: Partial<CreateProjectInput> = {}): CreateProjectInput {
  return {
    forbundId: A,
    title: 'Testinsats',
    kind: 'STRUCTURAL',
    startsOn: parseIsoDate('2024-01-01'),
    endsOn: parseIsoDate('2027-12-31'),
    targetGroups: ['DISABILITY'],
    partyKinds: ['KOMMUN', 'REGION'],
    ...overrides,
  };
}

afterAll(async () => {
  await db().project.deleteMany({ where: { forbundId: { startsWith: 'test-sv-' } } });
  await disconnect();
});

describe('rules', () => {
  it('withholds any figure below 5 and any figure one below 5 could be derived from', () => {
    expect(protectFigures({ participants: 40, women: 20, men: 15 }, false)).toEqual({ participants: 40, women: 20, men: 15, suppressed: false });
    // other = 40 - 20 - 16 = 4: women = 40 - 16 - 4 would reveal it, so women and men go.
    expect(protectFigures({ participants: 40, women: 20, men: 16 }, false)).toEqual({ participants: 40, women: null, men: null, suppressed: true });
    // A fully stated split (other = 0) is shown: a remainder of zero describes nobody.
    expect(protectFigures({ participants: 30, women: 15, men: 15 }, false)).toEqual({ participants: 30, women: 15, men: 15, suppressed: false });
    expect(protectFigures({ participants: 12, women: 8, men: 4 }, false)).toEqual({ participants: 12, women: null, men: null, suppressed: true });
    expect(protectFigures({ participants: 3, women: 1, men: 2 }, false)).toEqual({ participants: null, women: null, men: null, suppressed: true });
    expect(protectFigures({ participants: 3, women: 1, men: 2 }, true)).toEqual({ participants: 3, women: 1, men: 2, suppressed: false });
  });

  it('withholds every age band when any band, or a rest of 1 to 4, is below 5; refuses overlapping bands', () => {
    const bands = [{ fromAge: 16, toAge: 29, participants: 10 }, { fromAge: 30, toAge: 64, participants: 20 }];
    expect(protectAgeBands(bands, 30, false)).toEqual({ bands, suppressed: false });
    expect(protectAgeBands(bands, 33, false)).toEqual({ bands: bands.map((b) => ({ ...b, participants: null })), suppressed: true });
    expect(protectAgeBands(bands, 33, true)).toEqual({ bands, suppressed: false });
    expect(() => assertAgeBands([{ fromAge: 16, toAge: 30, participants: 1 }, { fromAge: 30, toAge: 40, participants: 1 }], 10)).toThrow(/overlap/);
    expect(() => assertAgeBands(bands, 29)).toThrow(/more than the 29/);
  });

  it('withholds all four situations after the insats when any of them, or the rest, is below 5', () => {
    const situation = { work: 10, studies: 6, jobSeeking: 8, other: 5 };
    expect(protectSituation(situation, 40, false)).toEqual({ ...situation, suppressed: false });
    // rest = 33 - 29 = 4
    expect(protectSituation(situation, 33, false)).toEqual({ work: null, studies: null, jobSeeking: null, other: null, suppressed: true });
    expect(protectSituation(situation, 33, true)).toEqual({ ...situation, suppressed: false });
    // Every participant accounted for (rest = 0): nobody is revealed, so all four are shown.
    expect(protectSituation(situation, 29, false)).toEqual({ ...situation, suppressed: false });
  });

  it('derives the status from the dates, and knows which statuses agree with them', () => {
    const today = parseIsoDate('2026-11-25');
    expect(statusFromDates(parseIsoDate('2027-01-01'), null, today)).toBe('PLANNED');
    expect(statusFromDates(parseIsoDate('2020-01-01'), parseIsoDate('2026-11-25'), today)).toBe('ONGOING');
    expect(statusFromDates(parseIsoDate('2020-01-01'), parseIsoDate('2026-11-24'), today)).toBe('COMPLETED');
    expect(statusAgrees('COMPLETED', parseIsoDate('2020-01-01'), parseIsoDate('2026-11-25'), today)).toBe(true);
    expect(statusAgrees('COMPLETED', parseIsoDate('2020-01-01'), null, today)).toBe(false);
    expect(statusAgrees('PLANNED', parseIsoDate('2026-11-25'), null, today)).toBe(false);
    expect(statusAgrees('CANCELLED', parseIsoDate('2030-01-01'), null, today)).toBe(true);
  });
});

describe('writes in the data layer', () => {
  it('reads the status as of today: a PLANNED project whose start has passed is ONGOING, and can be edited', async () => {
    const project = await createProject(input({ title: 'Gammal status' }), editorA, ACCEPT);
    // As if written before 2024-01-01, when its start still lay ahead.
    await db().project.update({ where: { id: project.id }, data: { status: 'PLANNED' } });
    const read = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { status } } }`;
    const result = await subgraph<{ _entities: { status: string }[] }>('projects', read, { r: [{ __typename: 'Project', id: project.id }] }, admin);
    expect(result.data!._entities).toEqual([{ status: 'ONGOING' }]);
    const listed = await subgraph<{ _entities: { projects: { edges: { node: { id: string } }[] } }[] }>(
      'projects',
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Forbund { projects(status: ONGOING, first: 100) { edges { node { id } } } } } }`,
      { r: [{ __typename: 'Forbund', id: A }] },
      admin,
    );
    expect(listed.data!._entities[0]!.projects.edges.map((e) => e.node.id)).toContain(project.id);
    const renamed = await updateProject(project.id, { expectedVersion: 1, title: 'Ny titel' }, editorA, ACCEPT);
    expect(renamed).toMatchObject({ title: 'Ny titel', status: 'ONGOING', version: 2 });
  });

  it('two editors read version N: the first save wins, the second is CONFLICT and overwrites nothing', async () => {
    const project = await createProject(input({ title: 'Samtidiga ändringar' }), editorA, ACCEPT);
    expect(project.version).toBe(1);
    const first = await updateProject(project.id, { expectedVersion: 1, title: 'Redaktör ett' }, editorA, ACCEPT);
    expect(first.version).toBe(2);
    await expect(updateProject(project.id, { expectedVersion: 1, title: 'Admin' }, admin, ACCEPT)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', currentVersion: 2 },
    });
    const racing = await Promise.allSettled([
      updateProject(project.id, { expectedVersion: 2, summary: 'A' }, editorA, ACCEPT),
      updateProject(project.id, { expectedVersion: 2, summary: 'B' }, admin, ACCEPT),
    ]);
    expect(racing.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(racing.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.extensions.code)).toEqual(['CONFLICT']);
    const stored = await db().project.findUniqueOrThrow({ where: { id: project.id } });
    expect(stored).toMatchObject({ title: 'Redaktör ett', version: 3 });
    expect(await db().auditEntry.count({ where: { projectId: project.id } })).toBe(3); // create + two saves
  });

  it('publishes once and reports participation idempotently, each write a new version', async () => {
    const project = await createProject(input({ title: 'Versioner' }), editorA, ACCEPT);
    expect((await publishProject(project.id, editorA)).version).toBe(2);
    expect((await publishProject(project.id, editorA)).version).toBe(2);
    const figures = { year: 2025, participants: 9, women: 4, men: 5 };
    expect(await reportParticipation(project.id, figures, editorA)).toMatchObject({ ...figures, suppressed: false, situationAfter: null, figures: { participants: figures.participants, exact: true } });
    expect(await reportParticipation(project.id, figures, editorA)).toMatchObject({ ...figures, suppressed: false, situationAfter: null, figures: { participants: figures.participants, exact: true } });
    expect(await db().participation.count({ where: { projectId: project.id } })).toBe(1);
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(4);
  });

  it('takes two simultaneous first reports of the same year one after the other', async () => {
    const project = await createProject(input({ title: 'Samtidiga rapporter' }), editorA, ACCEPT);
    const results = await Promise.all([
      reportParticipation(project.id, { year: 2026, participants: 10, women: 5, men: 5 }, editorA),
      reportParticipation(project.id, { year: 2026, participants: 20, women: 10, men: 10 }, admin),
    ]);
    expect(results.map((r) => r.participants).sort()).toEqual([10, 20]);
    expect(await db().participation.count({ where: { projectId: project.id } })).toBe(1);
    expect((await db().project.findUniqueOrThrow({ where: { id: project.id } })).version).toBe(3);
  });

  it('gives a new project a unique slug of its title', async () => {
    const one = await createProject(input({ title: 'Samma namn' }), editorA, ACCEPT);
    const two = await createProject(input({ title: 'Samma namn' }), editorA, ACCEPT);
    expect([one.id, two.id]).toEqual(['samma-namn', 'samma-namn-2']);
  });


});

describe('_entities and lists never show a draft to whoever may not see it', () => {
  let draft: string;
  let published: string;
  beforeAll(async () => {
    draft = (await createProject(input({ title: 'Utkast' }), editorA, ACCEPT)).id;
    published = (await createProject(input({ title: 'Publicerad' }), editorA, ACCEPT)).id;
    await publishProject(published, editorA);
    await db().projectMethod.createMany({ data: [{ projectId: draft, methodId: 'test-sv-method' }, { projectId: published, methodId: 'test-sv-method' }] });
  });

  const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project { id published } } }`;
  const LISTS = `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Forbund { forbundProjects: projects { totalCount edges { node { id } } } }
    ... on Method { projects { id } usedBy { id } } } }`;

  it.each([
    ['no token', PUBLIC, false],
    ["another förbund's editor", editorB, false],
    ["the förbund's own editor", editorA, true],
    ['national_admin', admin, true],
  ] as const)('with %s', async (_name, identity, seesDraft) => {
    const entities = await subgraph<{ _entities: ({ id: string } | null)[] }>(
      'projects',
      ENTITIES,
      { r: [draft, published].map((id) => ({ __typename: 'Project', id })) },
      identity,
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data!._entities).toEqual([seesDraft ? { id: draft, published: false } : null, { id: published, published: true }]);

    const lists = await subgraph<{ _entities: [{ forbundProjects: { totalCount: number; edges: { node: { id: string } }[] } }, { projects: { id: string }[]; usedBy: { id: string }[] }] }>(
      'projects',
      LISTS,
      { r: [{ __typename: 'Forbund', id: A }, { __typename: 'Method', id: 'test-sv-method' }] },
      identity,
    );
    expect(lists.errors).toBeUndefined();
    const [forbund, method] = lists.data!._entities;
    expect(forbund.forbundProjects.edges.some((e) => e.node.id === draft)).toBe(seesDraft);
    expect(method.projects.map((p) => p.id).sort()).toEqual((seesDraft ? [draft, published] : [published]).sort());
    // usedBy counts published projects only, for everyone.
    expect(method.usedBy).toEqual([{ id: A }]);
  });
});

describe('batching: 100 parents cost the statements of 1', () => {
  const FORBUND = `query ($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Forbund {
    projects(activeIn: $year) { totalCount edges { node { id participantCount(year: $year) methodIds } } } } } }`;
  const PROJECT = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project {
    id forbund { id } methodIds participation { year participants } participantCount(year: 2008) } } }`;
  const METHOD = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Method { projects { id } usedBy { id } } } }`;
  const ids = ['sodertalje-nykvarn', 'norra-vastmanland', 'halmstad', 'umearegionen'];
  const many = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

  it('Forbund.projects(activeIn) with participantCount', async () => {
    const one = await subgraph('projects', FORBUND, { r: [{ __typename: 'Forbund', id: ids[0] }], year: 2008 });
    const hundred = await subgraph<{ _entities: { projects: { totalCount: number } }[] }>('projects', FORBUND, {
      r: many(100, (i) => ({ __typename: 'Forbund', id: i < ids.length ? ids[i] : `test-sv-none-${i}` })),
      year: 2008,
    });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities.slice(0, 4).map((f) => f.projects.totalCount)).toEqual([2, 1, 0, 0]);
    // Issue 12, part 3: the projects with their participation and method keys joined, one statement.
    expect(sqlStatements(one)).toBe(1);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it("reads participantCount from the list's own statement without a promise, and by its loader otherwise", async () => {
    // Issue 12: a promise per project made graphql-js settle each of a national year's 1,140 on its own.
    const project = await createProject(input({ forbundId: B, title: 'Räknas direkt', startsOn: parseIsoDate('2024-01-01') }), editorB, ACCEPT);
    await reportParticipation(project.id, { year: 2025, participants: 12, women: 6, men: 6 }, editorB);
    await reportParticipation(project.id, { year: 2024, participants: 3, women: 1, men: 2 }, editorB);
    await publishProject(project.id, editorB);
    const listed = async (identity: Identity, extras: { participation?: boolean }) => {
      const ctx = createContext(identity, createLogger('test'));
      const rows = await projectsOfForbundLoader(ctx, { activeIn: 2025 }, extras).load(B);
      return { ctx, row: rows.find((p) => p.id === project.id)! };
    };
    const national = await listed(admin, { participation: true });
    expect(participantCount(national.ctx, national.row, 2025)).toBe(12);
    expect(participantCount(national.ctx, national.row, 2023)).toBeNull();
    // Small-count protection holds on this path too: 3 is withheld from another förbund's editor, not from B's own.
    const other = await listed(editorA, { participation: true });
    expect(participantCount(other.ctx, other.row, 2024)).toBeNull();
    const own = await listed(editorB, { participation: true });
    expect(participantCount(own.ctx, own.row, 2024)).toBe(3);
    // Listed without participation, the count comes from its loader: the same figure, in a promise.
    const bare = await listed(admin, {});
    const later = participantCount(bare.ctx, bare.row, 2025);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(12);
  });

  it('Project entities with participation by age band', async () => {
    const AGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Project {
      participation { year ageBands { bands { fromAge toAge participants } suppressed } } } } }`;
    const projectIds: string[] = [];
    for (const title of ['Åldersband ett', 'Åldersband två']) {
      const project = await createProject(input({ title }), editorA, ACCEPT);
      for (const year of [2024, 2025]) {
        await reportParticipation(project.id, { year, participants: 30, women: 15, men: 15, ageBands: [{ fromAge: 16, toAge: 29, participants: 10 }, { fromAge: 30, toAge: 64, participants: 20 }] }, editorA);
      }
      projectIds.push(project.id);
    }
    const one = await subgraph('projects', AGE, { r: [{ __typename: 'Project', id: projectIds[0] }] }, admin);
    const many = await subgraph<{ _entities: { participation: { ageBands: unknown }[] }[] }>('projects', AGE, { r: projectIds.map((id) => ({ __typename: 'Project', id })) }, admin);
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data!._entities.flatMap((p) => p.participation.map((y) => y.ageBands))).toEqual(
      Array(4).fill({ bands: [{ fromAge: 16, toAge: 29, participants: 10 }, { fromAge: 30, toAge: 64, participants: 20 }], suppressed: false }),
    );
    expect(sqlStatements(one)).toBeGreaterThan(0);
    expect(sqlStatements(many)).toBe(sqlStatements(one));
  });

  it('Project entities', async () => {
    const projectIds = ['kbt-vardcentral-sodertalje', 'slussen-till-arbete', 'arbetslivscoacher-norra-vastmanland', 'pa-ratt-vag-halmstad'];
    const one = await subgraph('projects', PROJECT, { r: [{ __typename: 'Project', id: projectIds[0] }] });
    const hundred = await subgraph<{ _entities: unknown[] }>('projects', PROJECT, { r: many(100, (i) => ({ __typename: 'Project', id: projectIds[i % 4] })) });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities).toHaveLength(100);
    expect(sqlStatements(one)).toBe(1);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it('Method.projects and Method.usedBy', async () => {
    const one = await subgraph('projects', METHOD, { r: [{ __typename: 'Method', id: 'pa-ratt-vag' }] });
    const hundred = await subgraph<{ _entities: { projects: { id: string }[]; usedBy: { id: string }[] }[] }>('projects', METHOD, {
      r: many(100, (i) => ({ __typename: 'Method', id: i === 0 ? 'pa-ratt-vag' : `test-sv-method-${i}` })),
    });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities[0]).toEqual({ projects: [{ id: 'pa-ratt-vag-halmstad' }], usedBy: [{ id: 'halmstad' }] });
    // The projects with their links, joined, and the förbund using the method.
    expect(sqlStatements(one)).toBe(2);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });
});

describe('page and text limits (issue 11, part 2)', () => {
  itRefusesPagesOutside0To100('projects', [
    {
      coordinate: 'Forbund.projects',
      slicing: ['first', 'last'],
      query: (s) => `query ($r: [_Any!]!, $n: Int) { _entities(representations: $r) { ... on Forbund { projects(${s}: $n) { totalCount } } } }`,
      variables: { r: [{ __typename: 'Forbund', id: 'sodertalje-nykvarn' }] },
      identity: admin,
    },
    {
      coordinate: 'Query.projectAuditLog',
      slicing: ['first'],
      query: (s) => `query ($n: Int) { projectAuditLog(projectId: "kbt-vardcentral-sodertalje", ${s}: $n) { id } }`,
      identity: admin,
    },
  ]);

  it('projectAuditLog pages newest first: 50 by default, first as asked', async () => {
    const project = await createProject(input({ title: 'Lång historik' }), editorA, ACCEPT);
    for (let version = 1; version <= 51; version++) {
      await updateProject(project.id, { expectedVersion: version, summary: `Version ${version + 1}` }, editorA, ACCEPT);
    }
    const query = 'query ($id: ID!, $n: Int) { projectAuditLog(projectId: $id, first: $n) { id action changes } }';
    type Log = { projectAuditLog: { id: string; action: string; changes: string }[] };
    const all = await db().auditEntry.findMany({ where: { projectId: project.id }, orderBy: { id: 'desc' }, select: { id: true } });
    expect(all).toHaveLength(52);
    const byDefault = await subgraph<Log>('projects', 'query ($id: ID!) { projectAuditLog(projectId: $id) { id } }', { id: project.id }, editorA);
    expect(byDefault.errors).toBeUndefined();
    expect(byDefault.data!.projectAuditLog.map((e) => e.id)).toEqual(all.slice(0, 50).map((e) => String(e.id)));
    const two = await subgraph<Log>('projects', query, { id: project.id, n: 2 }, editorA);
    expect(two.errors).toBeUndefined();
    expect(two.data!.projectAuditLog.map((e) => e.id)).toEqual(all.slice(0, 2).map((e) => String(e.id)));
    expect(JSON.parse(two.data!.projectAuditLog[0]!.changes)).toMatchObject({ fromVersion: 51, changed: { summary: 'Version 52' } });
    const whole = await subgraph<Log>('projects', query, { id: project.id, n: 100 }, editorA);
    expect(whole.data!.projectAuditLog.map((e) => e.action).at(-1)).toBe('createProject');
    expect(whole.data!.projectAuditLog).toHaveLength(52);
    expect((await subgraph<Log>('projects', query, { id: project.id, n: 0 }, editorA)).data!.projectAuditLog).toEqual([]);
  });

  it('refuses an over-long id, title, summary or länskod before any SQL', async () => {
    await expectTooLong('projects', 'query ($id: ID!) { project(id: $id) { title } }', { id: 'x'.repeat(100_000) }, PUBLIC, 'id');
    await expectTooLong('projects', 'query ($id: ID!) { projectAuditLog(projectId: $id) { id } }', { id: 'x'.repeat(TEXT_LIMITS.id + 1) }, admin, 'projectId');
    await expectTooLong('projects', 'query ($l: String) { projectStatistics(year: 2024, lan: $l) { activeProjects } }', { l: '0'.repeat(TEXT_LIMITS.text + 1) }, PUBLIC, 'lan');
    const create = `mutation ($title: String!, $summary: String) { createProject(input: {
      forbundId: "${A}", title: $title, summary: $summary, kind: STRUCTURAL, startsOn: "2024-01-01", targetGroups: [DISABILITY], partyKinds: [KOMMUN, REGION] }) { id } }`;
    await expectTooLong('projects', create, { title: 't'.repeat(TEXT_LIMITS.text + 1) }, editorA, 'title');
    await expectTooLong('projects', create, { title: 'Kort', summary: 's'.repeat(TEXT_LIMITS.prose + 1) }, editorA, 'summary');
  });
});
