import { PUBLIC, TEXT_LIMITS } from '@finsam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlStatements, subgraph } from '../../../test/support/client.ts';
import { expectTooLong, itRefusesPagesOutside0To100 } from '../../../test/support/limits.ts';
import { db, disconnect } from '../src/data/db.ts';
import { proposeMethod, setPublished, tsQueryText, updateMethod } from '../src/data/method-store.ts';
import { validateMethodFields } from '../src/data/rules.ts';

/** The method library's data layer and `_entities`, straight to the subgraph (no gateway). */

const BATCH = Array.from({ length: 100 }, (_, i) => `test-batch-${String(i).padStart(3, '0')}`);
const DRAFT = 'test-draft-halmstad';

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Method { id name published references { title } originForbund { id } } }
}`;
const reps = (ids: string[]) => ids.map((id) => ({ __typename: 'Method', id }));

beforeAll(async () => {
  for (const [i, id] of BATCH.entries()) {
    await proposeMethod(
      null,
      {
        id,
        name: `Testmetod ${i}`,
        summary: 'Skapad av testerna för att räkna SQL-satser.',
        description: 'Testdata.',
        targetGroups: ['DISABILITY'],
        evidenceLevel: 'PROMISING',
        references: [{ title: `Rapport ${i}`, url: 'https://example.org/rapport', year: 2020 }],
        source: 'test',
      },
      'test',
      { published: true },
    );
  }
  await proposeMethod('halmstad', {
    id: DRAFT,
    name: 'Utkast från Halmstad',
    summary: 'Ett opublicerat förslag.',
    description: 'Syns bara för national_admin och Halmstads redaktörer.',
    targetGroups: ['NOLLPLACERADE'],
    evidenceLevel: 'DOCUMENTED_EXPERIENCE',
    source: 'test',
    // In-process, this worker does not know the registry's port; the contract tests cover the check.
  }, 'test', { checkRegistry: false });
});

afterAll(async () => {
  // Only this file's methods: other files' (e.g. a proposal a test project links) stay.
  const mine = [DRAFT, ...BATCH];
  await db().method.deleteMany({ where: { id: { in: mine } } });
  await db().auditEntry.deleteMany({ where: { methodId: { in: mine } } });
  await disconnect();
});

describe('_entities', () => {
  it('resolves 100 methods with the same number of SQL statements as 1', async () => {
    const one = await subgraph<{ _entities: { id: string }[] }>('methods', ENTITIES, { representations: reps(BATCH.slice(0, 1)) });
    const hundred = await subgraph<{ _entities: { id: string; references: unknown[] }[] }>('methods', ENTITIES, { representations: reps(BATCH) });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!._entities.map((m) => m.id)).toEqual(BATCH);
    expect(hundred.data!._entities.every((m) => m.references.length === 1)).toBe(true);
    // Issue 12, part 3: the methods with their references, joined, in one statement.
    expect(sqlStatements(one)).toBe(1);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it('resolves an unpublished method to null without a token and for another förbund', async () => {
    for (const identity of [undefined, { role: 'forbund_editor' as const, subject: 't', forbundId: 'sodertalje-nykvarn' }]) {
      const result = await subgraph<{ _entities: unknown[] }>('methods', ENTITIES, { representations: reps([DRAFT, 'pa-ratt-vag']) }, identity);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([null, expect.objectContaining({ id: 'pa-ratt-vag', originForbund: { id: 'halmstad' } })]);
    }
  });

  it('resolves it for the proposing förbund and for national_admin', async () => {
    for (const identity of [
      { role: 'forbund_editor' as const, subject: 't', forbundId: 'halmstad' },
      { role: 'national_admin' as const, subject: 't' },
    ]) {
      const result = await subgraph<{ _entities: { id: string; published: boolean }[] }>('methods', ENTITIES, { representations: reps([DRAFT]) }, identity);
      expect(result.data!._entities).toEqual([expect.objectContaining({ id: DRAFT, published: false })]);
    }
  });

  it('marks public entities cacheable and drafts not', async () => {
    const open = await subgraph('methods', ENTITIES, { representations: reps(['pa-ratt-vag', 'ips']) });
    expect(open.headers.get('cache-control')).toBe('max-age=300, public');
    const draft = await subgraph('methods', ENTITIES, { representations: reps([DRAFT]) }, { role: 'national_admin', subject: 't' });
    expect(draft.headers.get('cache-control')).toBe('no-store');
  });
});

describe('methods(first: 100)', () => {
  it('costs the same number of SQL statements as methods(first: 1)', async () => {
    const query = `query ($first: Int) { methods(first: $first, search: "testmetod") { totalCount edges { node { id references { title } } } } }`;
    const one = await subgraph<{ methods: { totalCount: number; edges: unknown[] } }>('methods', query, { first: 1 });
    const hundred = await subgraph<{ methods: { totalCount: number; edges: unknown[] } }>('methods', query, { first: 100 });
    expect(one.errors).toBeUndefined();
    expect(hundred.errors).toBeUndefined();
    expect(hundred.data!.methods.totalCount).toBe(100);
    expect(hundred.data!.methods.edges).toHaveLength(100);
    expect(one.data!.methods.edges).toHaveLength(1);
    // Issue 12, part 3: the page with its count (count(*) over ()), then the methods with references.
    expect(sqlStatements(one)).toBe(2);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
  });

  it('counts an empty page too, past the last method', async () => {
    const query = `query ($after: String) { methods(first: 100, search: "testmetod", after: $after) { totalCount edges { node { id } } pageInfo { endCursor } } }`;
    const all = await subgraph<{ methods: { pageInfo: { endCursor: string } } }>('methods', query, {});
    const past = await subgraph<{ methods: { totalCount: number; edges: unknown[] } }>('methods', query, { after: all.data!.methods.pageInfo.endCursor });
    expect(past.errors).toBeUndefined();
    expect(past.data!.methods).toEqual({ totalCount: 100, edges: [], pageInfo: { endCursor: null } });
    expect(sqlStatements(past)).toBeLessThanOrEqual(2);
  });
});

describe('Project.methods', () => {
  // The gateway sends each project's method keys from the projects subgraph (@requires(fields: "methodIds")).
  const PROJECTS = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Project { id methods { id name } } } }`;
  const project = (i: number, methodIds: string[]) => ({ __typename: 'Project', id: `test-project-${i}`, methodIds });

  it('shows the methods the caller may see, null for a draft of another förbund, and costs 100 projects what 1 costs', async () => {
    const one = await subgraph<{ _entities: { methods: unknown[] }[] }>('methods', PROJECTS, { representations: [project(0, [DRAFT, 'pa-ratt-vag'])] });
    const hundred = await subgraph<{ _entities: { id: string; methods: ({ id: string } | null)[] }[] }>('methods', PROJECTS, {
      representations: BATCH.map((id, i) => project(i, [id, DRAFT])),
    });
    expect(one.errors).toBeUndefined();
    expect(one.data!._entities).toEqual([{ id: 'test-project-0', methods: [null, { id: 'pa-ratt-vag', name: 'På rätt väg' }] }]);
    expect(hundred.data!._entities.map((p) => p.methods.map((m) => m?.id ?? null))).toEqual(BATCH.map((id) => [id, null]));
    expect(one.headers.get('cache-control')).toBe('max-age=300, public');
    expect(sqlStatements(one)).toBe(1);
    expect(sqlStatements(hundred)).toBe(sqlStatements(one));
    const halmstad = await subgraph<{ _entities: { methods: ({ id: string } | null)[] }[] }>('methods', PROJECTS, { representations: [project(0, [DRAFT])] }, {
      role: 'forbund_editor',
      subject: 't',
      forbundId: 'halmstad',
    });
    expect(halmstad.data!._entities[0]!.methods).toEqual([{ id: DRAFT, name: 'Utkast från Halmstad' }]);
  });
});

describe('search terms', () => {
  it('ANDs the words and makes the last one a prefix, passing only letters and digits', () => {
    expect(tsQueryText('rätt väg')).toBe('rätt & väg:*');
    // Letters and digits as PostgreSQL's [[:alnum:]] (migration search_words_letters_digits) has them.
    expect(tsQueryText('CO₂-utsläpp ½ Ⅻ Rapport２０２４')).toBe('CO & utsläpp & Ⅻ & Rapport２０２４:*');
    expect(tsQueryText("  x' | !y:* ")).toBe('x & y:*');
    expect(tsQueryText('   ')).toBeNull();
    expect(tsQueryText(null)).toBeNull();
  });
});

describe('validation', () => {
  const now = new Date('2026-11-25T00:00:00Z');
  const fieldOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as { extensions: { code: string; field: string } }).extensions;
    }
    return null;
  };

  it('stores text as NFC and URLs as the parser writes them', () => {
    // "På rätt väg" with combining marks, as pasted from some systems, becomes the precomposed letters.
    const decomposed = 'Pa\u030A ra\u0308tt va\u0308g';
    const cleaned = validateMethodFields({ name: decomposed, references: [{ title: 'Rapport', url: 'HTTP://Example.org/rapport' }] }, null, now);
    expect(cleaned.name).toBe('På rätt väg');
    expect(cleaned.name).not.toBe(decomposed);
    expect(cleaned.references).toEqual([{ title: 'Rapport', url: 'http://example.org/rapport', publisher: null, year: null }]);
  });

  it('accepts years from 1990 to next year, in order', () => {
    expect(validateMethodFields({ developedFrom: 1990, developedTo: 2027 }, null, now)).toMatchObject({ developedFrom: 1990, developedTo: 2027 });
    expect(fieldOf(() => validateMethodFields({ developedFrom: 1989 }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'developedFrom' });
    expect(fieldOf(() => validateMethodFields({ developedTo: 2028 }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'developedTo' });
    expect(fieldOf(() => validateMethodFields({ developedFrom: 2014, developedTo: 2012 }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'developedTo' });
    // One end of the period against the stored other end.
    expect(fieldOf(() => validateMethodFields({ developedTo: 2011 }, { developedFrom: 2012, developedTo: 2014 }, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'developedTo' });
  });

  it('accepts only http(s) reference URLs and non-empty names', () => {
    expect(fieldOf(() => validateMethodFields({ references: [{ title: 'x', url: 'javascript:alert(1)' }] }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'references[0].url' });
    expect(fieldOf(() => validateMethodFields({ references: [{ title: 'x', url: 'ftp://a.se/x' }] }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'references[0].url' });
    expect(fieldOf(() => validateMethodFields({ name: '   ' }, null, now))).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(validateMethodFields({ references: [{ title: ' Rapport ', url: 'https://a.se/x' }] }, null, now).references).toEqual([
      { title: 'Rapport', url: 'https://a.se/x', publisher: null, year: null },
    ]);
  });
});

describe('updateMethod in the data layer', () => {
  const PUBLISHED_SINCE = 'test-published-since';
  const halmstadEditor = { role: 'forbund_editor' as const, subject: 'test', forbundId: 'halmstad' };

  afterAll(async () => {
    await db().method.deleteMany({ where: { id: PUBLISHED_SINCE } });
    await db().auditEntry.deleteMany({ where: { methodId: PUBLISHED_SINCE } });
  });

  it('refuses the proposer once the method is published, though the request was let in before', async () => {
    await proposeMethod('halmstad', {
      id: PUBLISHED_SINCE, name: 'Publicerad under tiden', summary: 'Test.', description: 'Test.',
      targetGroups: ['NOLLPLACERADE'], evidenceLevel: 'DOCUMENTED_EXPERIENCE', source: 'test',
    }, 'test', { checkRegistry: false });
    await setPublished(PUBLISHED_SINCE, true, 'test');
    await expect(updateMethod(PUBLISHED_SINCE, { name: 'Ändrad av förslagsställaren' }, halmstadEditor)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(updateMethod(PUBLISHED_SINCE, { name: 'Ändrad' }, { role: 'forbund_editor', subject: 'x', forbundId: 'sodertalje-nykvarn' })).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await db().method.findUniqueOrThrow({ where: { id: PUBLISHED_SINCE } })).name).toBe('Publicerad under tiden');
  });
});

describe('page and text limits (issue 11, part 2)', () => {
  const admin = { role: 'national_admin', subject: 'test' } as const;
  itRefusesPagesOutside0To100('methods', [
    { coordinate: 'Query.methods', slicing: ['first'], query: (s) => `query ($n: Int) { methods(${s}: $n) { totalCount } }`, identity: PUBLIC },
    { coordinate: 'Query.methodAuditLog', slicing: ['first', 'last'], query: (s) => `query ($n: Int) { methodAuditLog(${s}: $n) { edges { node { id } } } }`, identity: admin },
  ]);

  it('refuses an over-long search, id, cursor or description before any SQL', async () => {
    await expectTooLong('methods', 'query ($s: String) { methods(search: $s) { totalCount } }', { s: 'väg '.repeat(51) }, PUBLIC, 'search');
    await expectTooLong('methods', 'query ($a: String) { methods(after: $a) { totalCount } }', { a: 'A'.repeat(TEXT_LIMITS.cursor + 1) }, PUBLIC, 'after');
    await expectTooLong('methods', 'query ($id: ID!) { method(id: $id) { name } }', { id: 'x'.repeat(100_000) }, PUBLIC, 'id');
    const update = 'mutation ($d: String) { updateMethod(id: "pa-ratt-vag", input: { description: $d }) { id } }';
    await expectTooLong('methods', update, { d: 'd'.repeat(TEXT_LIMITS.prose + 1) }, admin, 'description');
    const tags = 'mutation ($t: [String!]) { updateMethod(id: "pa-ratt-vag", input: { tags: $t }) { id } }';
    await expectTooLong('methods', tags, { t: ['kort', 't'.repeat(TEXT_LIMITS.text + 1)] }, admin, 'tags');
  });
});
