import { describe, expect, inject, it } from 'vitest';
import { contract, contractOperation, tokens } from './support/client.ts';

/**
 * The Nationella Finsamkonferensen site's two operations, exactly as the contract writes them and sent
 * without a token: the method library answers with the registry's förbund and the projects subgraph's
 * usedBy and projects in one response, which is cacheable only because every part of it is public.
 * And ForbundProfile, the local förbund's own page, whole.
 */

const PUBLIC_CACHE = 'max-age=300, public';

describe('MethodLibrary', () => {
  it('finds "På rätt väg" by "rätt väg", with the förbund that use it, cacheable', async () => {
    const result = await contract<{ methods: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: unknown }[] } }>('MethodLibrary', { search: 'rätt väg' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.methods).toMatchObject({ totalCount: 1, pageInfo: { hasNextPage: false } });
    expect(result.data!.methods.edges[0]!.node).toEqual({
      id: 'pa-ratt-vag',
      name: 'På rätt väg',
      summary: expect.stringContaining('nollplacerade'),
      targetGroups: expect.arrayContaining(['NOLLPLACERADE']),
      evidenceLevel: 'DOCUMENTED_EXPERIENCE',
      usedBy: [{ id: 'halmstad', name: 'Samordningsförbundet i Halmstad' }],
    });
    expect(result.headers.get('cache-control')).toBe(PUBLIC_CACHE);
  });

  it('lists the whole library with usedBy, and is not cacheable for a caller with a token', async () => {
    const result = await contract<{ methods: { edges: { node: { id: string; usedBy: { id: string }[] } }[] } }>('MethodLibrary', {});
    expect(result.errors).toBeUndefined();
    const usedBy = Object.fromEntries(result.data!.methods.edges.map((e) => [e.node.id, e.node.usedBy.map((f) => f.id)]));
    // The seeds' projects: Arbetslivscoacher in Norra Västmanland, KBT in Södertälje, På rätt väg in Halmstad.
    expect(usedBy).toMatchObject({
      'pa-ratt-vag': ['halmstad'],
      arbetslivscoacher: ['norra-vastmanland'],
      'kbt-socialtjanst-vardcentral': ['sodertalje-nykvarn'],
    });
    expect(result.headers.get('cache-control')).toBe(PUBLIC_CACHE);
    const signedIn = await contract('MethodLibrary', {}, await tokens.editor('halmstad'));
    expect(signedIn.errors).toBeUndefined();
    // Not merely "not public": without the header a shared cache may still store it heuristically.
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
  });
});

describe('MethodPage', () => {
  it('answers "På rätt väg" from three subgraphs: the method, its origin förbund and the projects using it', async () => {
    const result = await contract<{ method: Record<string, unknown> }>('MethodPage', { id: 'pa-ratt-vag' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.method).toMatchObject({
      id: 'pa-ratt-vag',
      name: 'På rätt väg',
      developedFrom: 2012,
      developedTo: 2014,
      originForbund: { id: 'halmstad', name: 'Samordningsförbundet i Halmstad', kommuner: [{ name: 'Halmstad' }] },
      usedBy: [{ id: 'halmstad', name: 'Samordningsförbundet i Halmstad', lan: { name: 'Hallands län' } }],
      projects: [
        { id: 'pa-ratt-vag-halmstad', title: 'På rätt väg', status: 'COMPLETED', startsOn: '2012-01-01', endsOn: '2014-12-31', forbund: { id: 'halmstad', name: 'Samordningsförbundet i Halmstad' } },
      ],
    });
    expect((result.data!.method.references as { publisher: string }[]).length).toBeGreaterThan(0);
    expect(result.headers.get('cache-control')).toBe(PUBLIC_CACHE);
  });
});

describe('ForbundProfile', () => {
  const variables = { id: 'sodertalje-nykvarn', fromYear: 2005, toYear: 2006 };

  it('answers the profile whole: names, members, funding history with the 2006 deviation, projects with their methods', async () => {
    const result = await contract<{ forbund: Record<string, unknown> & { fundingHistory: { year: number; total: number; statutoryShares: { compliant: boolean } }[]; projects: { totalCount: number; edges: { node: Record<string, unknown> }[] } } }>(
      'ForbundProfile',
      variables,
      await tokens.editor('sodertalje-nykvarn'),
    );
    expect(result.errors).toBeUndefined();
    const forbund = result.data!.forbund;
    expect(forbund).toMatchObject({
      id: 'sodertalje-nykvarn',
      name: 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn',
      formedOn: '2005-09-01',
      dissolvedOn: null,
      nameHistory: [{ name: 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn', validFrom: '2005-09-01', validTo: null }],
    });
    expect(forbund.fundingHistory.map((y) => [y.year, y.total, y.statutoryShares.compliant])).toEqual([
      [2005, 5_600_000, true],
      [2006, 21_200_000, false],
    ]);
    const kbt = forbund.projects.edges.find((e) => e.node.id === 'kbt-vardcentral-sodertalje')!.node;
    expect(kbt).toMatchObject({
      title: 'Kognitiv beteendeterapi och socialtjänst på Vårdcentralen',
      kind: 'INDIVIDUAL',
      published: true,
      methods: [{ id: 'kbt-socialtjanst-vardcentral', name: 'KBT och socialtjänst på vårdcentralen' }],
    });
  });
});

describe('HTTP', () => {
  const page = (encoding: string) =>
    fetch(inject('gatewayUrl'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
      body: JSON.stringify({ query: contractOperation('MethodPage'), variables: { id: 'pa-ratt-vag' } }),
    });

  it('compresses a response for a client that accepts it (brotli, else gzip), and names Accept-Encoding in Vary', async () => {
    const plain = await (await page('identity')).text();
    expect(Buffer.byteLength(plain)).toBeGreaterThan(1024);
    for (const encoding of ['br', 'gzip']) {
      const response = await page(encoding === 'br' ? 'gzip, deflate, br' : 'gzip');
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      // fetch decodes it; the data is the same (extensions.cost's budget moves from one request to the next)
      expect(JSON.parse(await response.text()).data).toEqual(JSON.parse(plain).data);
    }
    expect((await page('identity')).headers.get('content-encoding')).toBeNull();
  });

  it('keeps idle connections open longer than client pools do', async () => {
    expect((await page('identity')).headers.get('keep-alive')).toBe('timeout=65');
  });
});
