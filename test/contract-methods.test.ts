import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { gateway, tokens } from './support/client.ts';
import { databaseFingerprint } from './support/fingerprint.ts';

/**
 * The method library through the gateway, as the Finsamkonferensen site reads it (no token), and its
 * writes with real tokens. Here the method library's own part of MethodLibrary and MethodPage, as
 * sub-selections; the whole operations, with the projects subgraph's usedBy and projects, are in
 * contract-conference.test.ts.
 */

type Node = { id: string; name: string; summary: string; targetGroups: string[]; evidenceLevel: string };
type Page = { methods: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Node }[] } };

const LIBRARY = `query MethodLibrary($search: String, $targetGroup: TargetGroup, $first: Int = 20, $after: String) {
  methods(search: $search, targetGroup: $targetGroup, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name summary targetGroups evidenceLevel } }
  }
}`;

const PAGE = `query MethodPage($id: ID!) {
  method(id: $id) {
    id name summary description targetGroups evidenceLevel developedFrom developedTo
    originForbund { id name kommuner { name } }
    references { title url publisher year }
  }
}`;

const library = (variables: Record<string, unknown>, token?: string) => gateway<Page>(LIBRARY, variables, token);
const ids = (page: Page) => page.methods.edges.map((e) => e.node.id);

const PREFIX = 'test-contract-';

afterAll(async () => {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  await client.query(`DELETE FROM methods.method WHERE id LIKE '${PREFIX}%'`);
  await client.query(`DELETE FROM methods.audit_entry WHERE method_id LIKE '${PREFIX}%'`);
  await client.end();
});

describe('MethodLibrary: search in Swedish', () => {
  it.each([
    ['rätt väg', 'pa-ratt-vag'],
    ['ratt vag', 'pa-ratt-vag'],
    ['RÄTT VÄG', 'pa-ratt-vag'],
    ['På rätt väg', 'pa-ratt-vag'],
    ['arbetslivscoach', 'arbetslivscoacher'],
    ['Arbetslivscoacherna', 'arbetslivscoacher'],
    ['arbetsliv', 'arbetslivscoacher'],
    ['vårdcentralerna Hovsjö', 'kbt-socialtjanst-vardcentral'],
    ['vardcentral', 'kbt-socialtjanst-vardcentral'],
    ['supported employment', 'ips'],
    ['IPS', 'ips'],
    ['nollplacerade', 'pa-ratt-vag'],
  ])('"%s" finds %s first', async (search, id) => {
    const result = await library({ search });
    expect(result.errors).toBeUndefined();
    expect(ids(result.data!)[0]).toBe(id);
  });

  it('finds a word as written, also inside a hyphenated word or a web address', async () => {
    // PostgreSQL's parser keeps "steg-4e38ab" whole and its part "4e38ab" as one token, but reads
    // "4e38ab" on its own as a number and a word; it keeps "www.finsamexempel.se" as one host; under a
    // C ctype it reads a no-break space as a letter. A search is split into words of letters and digits,
    // so the indexed text must be split the same way (CI found the first, with a random id in
    // test/page-cache.test.ts).
    const id = `${PREFIX}ordgranser`;
    const admin = await tokens.admin();
    const input = draftInput({
      id,
      name: 'Ordgränser steg-4e38ab',
      aliases: [],
      // A no-break space, as text pasted from a word processor has it, a subscript digit and fullwidth digits.
      description: 'Läs mer på www.finsamexempel.se/metoden eller skriv till info@finsamexempel.se. Finsam\u00a0Exempelby minskar CO₂-utsläppen. Se Rapport２０２４.',
    });
    expect((await gateway(PROPOSE, { forbundId: 'halmstad', input }, admin)).errors).toBeUndefined();
    const searches = ['4e38ab', 'steg-4e38ab', 'Ordgränser steg 4e38', 'finsamexempel', 'www.finsamexempel.se', 'metoden finsamexempel', 'Exempelby', 'CO₂-utsläppen', 'Rapport２０２４'];
    for (const search of searches) {
      const result = await library({ search }, admin);
      expect(result.errors).toBeUndefined();
      expect(ids(result.data!), search).toEqual([id]);
    }
  });

  it('finds nothing for words no method has', async () => {
    const result = await library({ search: 'blåbärssoppa' });
    expect(result.data!.methods).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('treats an empty or whitespace search as no filter', async () => {
    const all = await library({ first: 100 });
    for (const search of ['', '   ', null]) {
      const result = await library({ search, first: 100 });
      expect(result.data!.methods.totalCount).toBe(all.data!.methods.totalCount);
      expect(ids(result.data!)).toEqual(ids(all.data!));
    }
    expect(ids(all.data!)).toEqual(expect.arrayContaining(['arbetslivscoacher', 'ips', 'kbt-socialtjanst-vardcentral', 'pa-ratt-vag']));
  });

  it('filters by target group, alone and with a search', async () => {
    const nollplacerade = await library({ targetGroup: 'NOLLPLACERADE' });
    expect(nollplacerade.data!.methods.totalCount).toBe(1);
    expect(nollplacerade.data!.methods.edges[0]!.node).toEqual({
      id: 'pa-ratt-vag',
      name: 'På rätt väg',
      summary: 'Samverkan mellan Försäkringskassan och kommunens ekonomiska bistånd kring ”nollplacerade”: sjuka som saknar sjukpenninggrundande inkomst.',
      targetGroups: ['NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE'],
      evidenceLevel: 'DOCUMENTED_EXPERIENCE',
    });
    const mental = await library({ targetGroup: 'MENTAL_ILL_HEALTH' });
    expect(ids(mental.data!)).toEqual(['arbetslivscoacher', 'ips', 'kbt-socialtjanst-vardcentral']);
    const both = await library({ targetGroup: 'MENTAL_ILL_HEALTH', search: 'rätt väg' });
    expect(both.data!.methods.totalCount).toBe(0);
  });

  it('pages to the end with stable cursors: every method exactly once', async () => {
    const total = (await library({ first: 0 })).data!.methods.totalCount;
    // The four demo methods at least: with none, the walk below would agree with itself on nothing.
    expect(total).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const result: Awaited<ReturnType<typeof library>> = await library({ first: 1, after });
      expect(result.errors).toBeUndefined();
      const page = result.data!.methods;
      expect(page.totalCount).toBe(total);
      seen.push(...ids(result.data!));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The same walk in one page gives the same order.
    expect(ids((await library({ first: 100 })).data!)).toEqual(seen);
  });

  it('pages a ranked search without skipping or repeating', async () => {
    const whole = ids((await library({ search: 'samverkan', first: 100 })).data!);
    expect(whole.length).toBeGreaterThan(1);
    const first = await library({ search: 'samverkan', first: 1 });
    const rest = await library({ search: 'samverkan', first: 100, after: first.data!.methods.pageInfo.endCursor });
    expect([...ids(first.data!), ...ids(rest.data!)]).toEqual(whole);
  });

  it('refuses a bad cursor, an oversized page and an overlong search with BAD_USER_INPUT', async () => {
    const cursor = await library({ after: 'not-a-cursor' });
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const size = await library({ first: 101 });
    expect(size.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const long = await library({ search: 'väg '.repeat(60) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('MethodPage', () => {
  it('answers "På rätt väg" with its origin förbund from the registry and its source', async () => {
    const result = await gateway<{ method: Record<string, unknown> }>(PAGE, { id: 'pa-ratt-vag' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.method).toMatchObject({
      id: 'pa-ratt-vag',
      name: 'På rätt väg',
      targetGroups: ['NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE'],
      evidenceLevel: 'DOCUMENTED_EXPERIENCE',
      developedFrom: 2012,
      developedTo: 2014,
      originForbund: { id: 'halmstad', name: 'Samordningsförbundet i Halmstad', kommuner: [{ name: 'Halmstad' }] },
      references: [{ title: 'Finsamprojekt bidrog till nationell viljeinriktning', url: null, publisher: 'Sveriges Kommuner och Landsting / finsam.se', year: 2017 }],
    });
    expect(result.data!.method.description).toContain('sex kommuner');
    expect(result.data!.method.description).toContain('hela Halland');
  });

  it('answers the other demo methods, IPS with its guideline', async () => {
    const ips = await gateway<{ method: { evidenceLevel: string; originForbund: null; references: { publisher: string; url: null }[] } }>(PAGE, { id: 'ips' });
    expect(ips.data!.method).toMatchObject({ evidenceLevel: 'EVIDENCE_BASED', originForbund: null, targetGroups: ['MENTAL_ILL_HEALTH', 'LONG_TERM_UNEMPLOYED'] });
    expect(ips.data!.method.references).toEqual([
      { title: 'Nationella riktlinjer för psykosociala insatser vid schizofreni eller schizofreniliknande tillstånd', url: null, publisher: 'Socialstyrelsen', year: 2011 },
    ]);
    const kbt = await gateway<{ method: { name: string; description: string; originForbund: { id: string } } }>(PAGE, { id: 'kbt-socialtjanst-vardcentral' });
    expect(kbt.data!.method.name).toBe('KBT och socialtjänst på vårdcentralen');
    expect(kbt.data!.method.description).toContain('Fornhöjden, Geneta, Lina och Hovsjö');
    expect(kbt.data!.method.originForbund.id).toBe('sodertalje-nykvarn');
    const coach = await gateway<{ method: { developedFrom: number; developedTo: number; originForbund: { name: string } } }>(PAGE, { id: 'arbetslivscoacher' });
    expect(coach.data!.method).toMatchObject({ developedFrom: 2007, developedTo: 2008, originForbund: { name: 'Norra Västmanlands samordningsförbund' } });
  });

  it('answers null for an unknown id', async () => {
    const result = await gateway<{ method: null }>(PAGE, { id: 'finns-inte' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.method).toBeNull();
  });
});

describe('Cache-Control', () => {
  const PUBLIC = 'max-age=300, public';

  it('marks public method reads cacheable, also when the registry adds the origin förbund', async () => {
    expect((await library({ search: 'rätt väg' })).headers.get('cache-control')).toBe(PUBLIC);
    expect((await library({})).headers.get('cache-control')).toBe(PUBLIC);
    const page = await gateway(PAGE, { id: 'pa-ratt-vag' });
    expect(page.errors).toBeUndefined();
    expect(page.headers.get('cache-control')).toBe(PUBLIC);
    const withLan = await gateway(`{ method(id: "pa-ratt-vag") { originForbund { name lan { name } } } }`);
    expect(withLan.headers.get('cache-control')).toBe(PUBLIC);
    // A shared cache keys on the token, so it never serves a signed-in caller the public answer.
    expect(withLan.headers.get('vary')).toContain('Authorization');
  });

  it('never marks a response for a caller with a token cacheable', async () => {
    for (const token of [tokens.admin(), tokens.editor('halmstad')]) {
      const result = await library({ search: 'rätt väg' }, await token);
      expect(result.errors).toBeUndefined();
      expect(result.headers.get('cache-control')).not.toContain('public');
      expect((await gateway(PAGE, { id: 'pa-ratt-vag' }, await token)).headers.get('cache-control')).not.toContain('public');
    }
  });

  it('does not mark errors or unhinted data cacheable', async () => {
    const refused = await library({ first: 101 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.headers.get('cache-control') ?? 'none').not.toContain('public');
    // The registry's audit log carries no hint (for national_admin only): the public's request is refused, and not kept.
    const log = await gateway('{ registryAuditLog(first: 1) { totalCount } }');
    expect(log.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(log.headers.get('cache-control') ?? 'none').not.toContain('public');
  });
});

const PROPOSE = `mutation ($forbundId: ID!, $input: ProposeMethodInput!) {
  proposeMethod(forbundId: $forbundId, input: $input) { id name aliases published targetGroups developedFrom developedTo references { title url year } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMethodInput!) { updateMethod(id: $id, input: $input) { id name summary published developedTo references { title } } }`;
const PUBLISH = `mutation ($id: ID!) { publishMethod(id: $id) { id published } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishMethod(id: $id) { id published } }`;

const DRAFT = `${PREFIX}halmstad-stod`;
const draftInput = (overrides: Record<string, unknown> = {}) => ({
  id: DRAFT,
  name: 'Stöd på väg till arbete – försök i Halmstad',
  aliases: ['Stödväg'],
  summary: 'Ett förslag från Halmstad, skrivet av testerna.',
  description: 'Beskrivning med å, ä och ö.',
  targetGroups: ['NOLLPLACERADE'],
  evidenceLevel: 'DOCUMENTED_EXPERIENCE',
  developedFrom: 2020,
  developedTo: 2022,
  references: [{ title: 'Rapport från försöket', url: 'https://example.org/rapport', year: 2023 }],
  source: 'test',
  ...overrides,
});

const AUDIT = `query ($methodId: ID) { methodAuditLog(methodId: $methodId) { totalCount edges { node { action actor methodId } } } }`;

async function auditActions(id: string): Promise<string[]> {
  const result = await gateway<{ methodAuditLog: { edges: { node: { action: string } }[] } }>(AUDIT, { methodId: id }, await tokens.admin());
  expect(result.errors).toBeUndefined();
  return result.data!.methodAuditLog.edges.map((e) => e.node.action).reverse();
}

describe('writes', () => {
  it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const editor = await tokens.editor('halmstad');
    const before = await databaseFingerprint();
    const cases: [Record<string, unknown>, string][] = [
      [{ id: 'Inte En Slug' }, 'id'],
      [{ name: '  ' }, 'name'],
      [{ developedFrom: 1985 }, 'developedFrom'],
      [{ developedFrom: 2015, developedTo: 2013 }, 'developedTo'],
      [{ developedTo: new Date().getUTCFullYear() + 2 }, 'developedTo'],
      [{ references: [{ title: 'x', url: 'javascript:alert(1)' }] }, 'references[0].url'],
      [{ targetGroups: [] }, 'targetGroups'],
      [{ originForbundId: 'finns-inte' }, 'originForbundId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await gateway(PROPOSE, { forbundId: 'halmstad', input: draftInput(overrides) }, editor);
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it('refuses the wrong token with FORBIDDEN or UNAUTHENTICATED, writing nothing', async () => {
    const before = await databaseFingerprint();
    const noToken = await gateway(PROPOSE, { forbundId: 'halmstad', input: draftInput() });
    expect(noToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const otherForbund = await gateway(PROPOSE, { forbundId: 'halmstad', input: draftInput() }, await tokens.editor('sodertalje-nykvarn'));
    expect(otherForbund.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const editor = await tokens.editor('halmstad');
    for (const mutation of [PUBLISH, UNPUBLISH]) {
      expect((await gateway(mutation, { id: 'pa-ratt-vag' }, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gateway(mutation, { id: 'pa-ratt-vag' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    // A published method is national_admin's to change.
    expect((await gateway(UPDATE, { id: 'pa-ratt-vag', input: { name: 'Nej' } }, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gateway(UPDATE, { id: 'pa-ratt-vag', input: { name: 'Nej' } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await databaseFingerprint()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown method, writing nothing', async () => {
    const admin = await tokens.admin();
    const before = await databaseFingerprint();
    const unknownForbund = await gateway(PROPOSE, { forbundId: 'test-contract-finns-inte', input: draftInput() }, admin);
    expect(unknownForbund.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const [mutation, variables] of [
      [PUBLISH, { id: `${PREFIX}finns-inte` }],
      [UNPUBLISH, { id: `${PREFIX}finns-inte` }],
      [UPDATE, { id: `${PREFIX}finns-inte`, input: { name: 'x' } }],
    ] as const) {
      expect((await gateway(mutation, variables, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await databaseFingerprint()).toEqual(before);
  });

  it('takes a proposal from a förbund editor, unpublished and seen only by that förbund and national_admin', async () => {
    const editor = await tokens.editor('halmstad');
    const proposed = await gateway<{ proposeMethod: Record<string, unknown> }>(PROPOSE, { forbundId: 'halmstad', input: draftInput() }, editor);
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeMethod).toEqual({
      id: DRAFT,
      name: 'Stöd på väg till arbete – försök i Halmstad',
      aliases: ['Stödväg'],
      published: false,
      targetGroups: ['NOLLPLACERADE'],
      developedFrom: 2020,
      developedTo: 2022,
      references: [{ title: 'Rapport från försöket', url: 'https://example.org/rapport', year: 2023 }],
    });
    const again = await gateway(PROPOSE, { forbundId: 'halmstad', input: draftInput() }, editor);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Invisible to the public and to another förbund, everywhere: by the same searches that find it below,
    // so that an empty answer means hidden and not merely a search that matches nothing.
    for (const token of [undefined, await tokens.editor('sodertalje-nykvarn')]) {
      expect((await gateway<{ method: null }>(PAGE, { id: DRAFT }, token)).data!.method).toBeNull();
      for (const search of ['stödväg', 'stöd på väg']) {
        const hidden = await library({ search }, token);
        expect(hidden.errors).toBeUndefined();
        expect(ids(hidden.data!), search).not.toContain(DRAFT);
      }
    }
    // Seen by its förbund and by national_admin, without a public cache header.
    for (const token of [editor, await tokens.admin()]) {
      for (const search of ['stödväg', 'stöd på väg']) expect(ids((await library({ search }, token)).data!), search).toContain(DRAFT);
      const found = await library({ search: 'stöd på väg' }, token);
      expect(found.headers.get('cache-control')).not.toContain('public');
      const page = await gateway<{ method: { name: string; description: string } }>(PAGE, { id: DRAFT }, token);
      expect(page.data!.method.description).toBe('Beskrivning med å, ä och ö.');
      expect(page.headers.get('cache-control')).not.toContain('public');
    }
  });

  it('lets the proposing förbund update its draft, then national_admin publish and unpublish it', async () => {
    const editor = await tokens.editor('halmstad');
    const updated = await gateway<{ updateMethod: Record<string, unknown> }>(
      UPDATE,
      { id: DRAFT, input: { summary: 'Ändrad sammanfattning: åäö ÅÄÖ.', developedTo: 2024, references: [{ title: 'Slutrapport' }] } },
      editor,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMethod).toEqual({
      id: DRAFT,
      name: 'Stöd på väg till arbete – försök i Halmstad',
      summary: 'Ändrad sammanfattning: åäö ÅÄÖ.',
      published: false,
      developedTo: 2024,
      references: [{ title: 'Slutrapport' }],
    });
    // Another förbund's draft does not exist for this editor: NOT_FOUND, as for an unknown id.
    const other = await gateway(UPDATE, { id: DRAFT, input: { name: 'Nej' } }, await tokens.editor('sodertalje-nykvarn'));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const badYear = await gateway(UPDATE, { id: DRAFT, input: { developedTo: 2019 } }, editor);
    expect(badYear.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'developedTo' });

    const admin = await tokens.admin();
    const published = await gateway<{ publishMethod: { published: boolean } }>(PUBLISH, { id: DRAFT }, admin);
    expect(published.data!.publishMethod).toEqual({ id: DRAFT, published: true });
    const publicPage = await gateway<{ method: { summary: string } }>(PAGE, { id: DRAFT });
    expect(publicPage.data!.method.summary).toBe('Ändrad sammanfattning: åäö ÅÄÖ.');
    expect(publicPage.headers.get('cache-control')).toBe('max-age=300, public');
    // Published: no longer the förbund's to change.
    expect((await gateway(UPDATE, { id: DRAFT, input: { name: 'Nej' } }, editor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unpublished = await gateway<{ unpublishMethod: { published: boolean } }>(UNPUBLISH, { id: DRAFT }, admin);
    expect(unpublished.data!.unpublishMethod).toEqual({ id: DRAFT, published: false });
    expect((await gateway<{ method: null }>(PAGE, { id: DRAFT })).data!.method).toBeNull();

    expect(await auditActions(DRAFT)).toEqual(['proposeMethod', 'updateMethod', 'publishMethod', 'unpublishMethod']);
  });

  it('shows the audit log to national_admin only', async () => {
    expect((await gateway(AUDIT, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gateway(AUDIT, {}, await tokens.editor('halmstad'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const log = await gateway<{ methodAuditLog: { edges: { node: { actor: string; methodId: string } }[] } }>(AUDIT, { methodId: DRAFT }, await tokens.admin());
    expect(log.data!.methodAuditLog.edges.at(-1)!.node).toEqual({ action: 'proposeMethod', actor: 'forbund_editor:test-editor-halmstad', methodId: DRAFT });
    expect(log.headers.get('cache-control')).not.toContain('public');
  });
});
