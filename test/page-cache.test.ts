import { randomBytes } from 'node:crypto';
import { createServer, get as httpGet, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createLogger, PAGES_VERSION_HEADER } from '@finsam/core';
import { PageCache } from '../gateway/src/page-cache.ts';
import { webProxy } from '../gateway/src/web-proxy.ts';
import { newPageReads, noteRead, pageCacheControl } from '../web/src/lib/server/page-cache.ts';
import { contract, fundingBreaking17, gateway, registerTestForbund, tokens } from './support/client.ts';

/**
 * Whole public pages kept by the gateway (gateway/src/page-cache.ts), through the run's real gateway
 * and pages: kept for what every read behind the page allows, never for a visitor with cookies, and
 * never past a write through the gateway.
 */
const origin = new URL(inject('gatewayUrl')).origin;
const PROPOSE = 'mutation ($forbundId: ID!, $input: ProposeMethodInput!) { proposeMethod(forbundId: $forbundId, input: $input) { id } }';
const PUBLISH = 'mutation ($id: ID!) { publishMethod(id: $id) { id } }';
const UNPUBLISH = 'mutation ($id: ID!) { unpublishMethod(id: $id) { id } }';

const page = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

const mine: string[] = [];
afterAll(async () => {
  const admin = await tokens.admin();
  for (const id of mine) await gateway(UNPUBLISH, { id }, admin);
});

describe('public pages kept by the gateway', () => {
  it('keeps a public page for as long as its reads allow, and serves it compressed from the copy', async () => {
    // A query string of its own, so that no other file's visit has filled this entry.
    const path = `/metoder/pa-ratt-vag?besok=${randomBytes(4).toString('hex')}`;
    const first = await page(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-page-cache')).toBe('MISS');
    expect(first.headers.get('cache-control')).toMatch(/^public, max-age=[1-9]\d*$/);
    // The pages name their build (SvelteKit's version), by which the cache knows a redeploy.
    expect(first.headers.get(PAGES_VERSION_HEADER)).toMatch(/.+/);
    const html = await first.text();
    expect(html).toContain('På rätt väg');

    const second = await page(path);
    expect(second.headers.get('x-page-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(second.headers.get(PAGES_VERSION_HEADER)).toBe(first.headers.get(PAGES_VERSION_HEADER));
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(await second.text()).toBe(html);

    // The copy is compressed for a client that accepts it; node's fetch undoes the encoding.
    const gzipped = await page(path, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('x-page-cache')).toBe('HIT');
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    expect(await gzipped.text()).toBe(html);
  });

  it('serves the copy as the client accepts it: plain to a client that takes no encoding, after one that took brotli', async () => {
    const path = `/metoder/pa-ratt-vag?besok=${randomBytes(4).toString('hex')}`;
    // node:http sends only the headers given (fetch would add Accept-Encoding of its own).
    const raw = (acceptEncoding?: string) =>
      new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const req = httpGet(`${origin}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', reject);
      });
    const brotli = await raw('br');
    expect(brotli.headers['x-page-cache']).toBe('MISS');
    expect(brotli.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(brotli.body).toString('utf8');
    expect(html).toContain('På rätt väg');
    const plain = await raw();
    expect(plain.headers['x-page-cache']).toBe('HIT');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(plain.body.toString('utf8')).toBe(html);
  });

  it('never keeps or serves a page for a visitor with cookies', async () => {
    const path = `/metoder/pa-ratt-vag?besok=${randomBytes(4).toString('hex')}`;
    await page(path);
    const withCookie = await page(path, { cookie: 'annan=1' });
    expect(withCookie.status).toBe(200);
    expect(withCookie.headers.get('x-page-cache')).toBeNull();
    expect(withCookie.headers.get('cache-control')).toBeNull();
  });

  it('serves no page rendered before a write through the gateway: a method published shows at once', async () => {
    const id = `test-sidcache-${randomBytes(4).toString('hex')}`;
    const name = `Sidcachad metod ${id}`;
    const path = `/metoder?q=${encodeURIComponent(id)}`;
    const admin = await tokens.admin();
    const input = { id, name, summary: 'Skriven av testerna.', description: 'För sidcachen.', targetGroups: ['LONG_TERM_SICK_LEAVE'], evidenceLevel: 'DOCUMENTED_EXPERIENCE', source: 'test' };
    expect((await gateway(PROPOSE, { forbundId: 'halmstad', input }, admin)).errors).toBeUndefined();
    mine.push(id);

    const before = await page(path);
    expect(before.headers.get('x-page-cache')).toBe('MISS');
    expect(await before.text()).not.toContain(name);
    expect((await page(path)).headers.get('x-page-cache')).toBe('HIT');

    expect((await gateway(PUBLISH, { id }, admin)).errors).toBeUndefined();
    const after = await page(path);
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).toContain(name);
  });
});

describe('a redeploy of the pages', () => {
  const servers: Server[] = [];
  afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));
  const listen = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  it('serves no page kept from the earlier build once the new build has answered', async () => {
    // A stand-in for the pages' process, redeployed by changing `build`: every page names its build as
    // web/src/hooks.server.ts does; an /_app/immutable file, served as it is, names none.
    let build = 'bygge-1';
    const pages = await listen(
      createServer((req, res) => {
        const immutable = req.url!.startsWith('/_app/immutable/');
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
          ...(immutable ? {} : { [PAGES_VERSION_HEADER]: build }),
        });
        res.end(immutable ? 'oförändrad fil' : `<p>${req.url} från ${build}</p>`);
      }),
    );
    const proxy = webProxy(pages, createLogger('page-cache-test'), { cache: new PageCache({ generation: () => 0 }) });
    const hub = await listen(createServer((req, res) => void proxy(req, res)));
    const get = async (path: string) => {
      const response = await fetch(`${hub}${path}`);
      return { cache: response.headers.get('x-page-cache'), body: await response.text() };
    };

    expect(await get('/metoder')).toEqual({ cache: 'MISS', body: '<p>/metoder från bygge-1</p>' });
    expect(await get('/metoder')).toEqual({ cache: 'HIT', body: '<p>/metoder från bygge-1</p>' });
    expect((await get('/_app/immutable/start.js')).cache).toBe('MISS');

    build = 'bygge-2';
    // Until the new build has answered once, the cache cannot know of it (page-cache.ts says why that is enough).
    expect(await get('/metoder')).toEqual({ cache: 'HIT', body: '<p>/metoder från bygge-1</p>' });
    // Any request that reaches the pages tells it...
    expect(await get('/statistik')).toEqual({ cache: 'MISS', body: '<p>/statistik från bygge-2</p>' });
    // ...and the page kept from the earlier build is asked anew, and then kept from the new one.
    expect(await get('/metoder')).toEqual({ cache: 'MISS', body: '<p>/metoder från bygge-2</p>' });
    expect(await get('/metoder')).toEqual({ cache: 'HIT', body: '<p>/metoder från bygge-2</p>' });
    // A file named by its content is the same whatever the build.
    expect(await get('/_app/immutable/start.js')).toEqual({ cache: 'HIT', body: 'oförändrad fil' });
  });
});

/**
 * The register's and the figures' pages (issue 13: /forbund, a förbund's page, /statistik), kept now
 * that every read behind them is public, and never past a write: a förbund of this file's own, active
 * from 2026 (test/response-cache.test.ts has another), registered, given a project and funding here.
 */
describe('the förbund and statistics pages kept by the gateway', () => {
  const FORBUND = 'test-sidcache-siffror';
  const NAME = 'Sidcachens testförbund';
  const YEAR = 2026;
  const PUBLIC = /^public, max-age=([1-9]\d*)$/;
  /** The max-age a page or file says, which must be public. */
  const maxAge = (response: Response) => Number(PUBLIC.exec(response.headers.get('cache-control') ?? '')?.[1] ?? Number.NaN);

  /** A first and a second request of a page: the second from the copy. */
  async function kept(path: string): Promise<string> {
    const first = await page(path);
    expect(first.status, path).toBe(200);
    expect(first.headers.get('cache-control'), path).toMatch(PUBLIC);
    const html = await first.text();
    const second = await page(path);
    expect(second.headers.get('x-page-cache'), path).toBe('HIT');
    expect(await second.text()).toBe(html);
    return html;
  }

  it('keeps /forbund for as long as the register allows, and shows a förbund registered at once', async () => {
    const path = `/forbund?q=${FORBUND}`;
    expect(await kept(path)).not.toContain(NAME);
    await registerTestForbund(FORBUND, NAME, YEAR);
    const after = await page(path);
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).toContain(NAME);
  });

  it("keeps a förbund's page and its CSV for at most a minute, and shows a project published at once", async () => {
    const editor = await tokens.editor(FORBUND);
    const title = `Sidcachens insats ${randomBytes(4).toString('hex')}`;
    const input = { forbundId: FORBUND, title, kind: 'INDIVIDUAL', startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'FORSAKRINGSKASSAN'] };
    const created = await gateway<{ createProject: { id: string } }>('mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', { input }, editor);
    expect(created.errors).toBeUndefined();

    const path = `/forbund/${FORBUND}?year=${YEAR}`;
    // The draft is not on the public page, and the page is kept: figures for at most FIGURES_MAX_AGE.
    expect(await kept(path)).not.toContain(title);
    expect(maxAge(await page(path))).toBeLessThanOrEqual(60);
    const csv = await page(`/forbund/${FORBUND}/nyckeltal.csv?year=${YEAR}`);
    expect(csv.status).toBe(200);
    expect(maxAge(csv)).toBeLessThanOrEqual(60);

    expect((await contract('PublishProject', { id: created.data!.createProject.id }, editor)).errors).toBeUndefined();
    const after = await page(path);
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).toContain(title);
  });

  it('keeps /statistik and its CSVs, and shows a report that breaks 17 § at once', async () => {
    const path = `/statistik?year=${YEAR}`;
    expect(await kept(path)).not.toContain(NAME);
    expect(maxAge(await page(path))).toBeLessThanOrEqual(60);
    for (const table of ['finansiering', 'insatser-lan', 'nyckeltal']) {
      const csv = await page(`/statistik/${table}.csv?year=${YEAR}`);
      expect(csv.status, table).toBe(200);
      expect(maxAge(csv), table).toBeLessThanOrEqual(60);
    }

    // The state pays 60 %, not half: the förbund is listed among those that deviate from 17 §.
    const input = fundingBreaking17(YEAR);
    expect((await contract('ReportFunding', { forbundId: FORBUND, input }, await tokens.editor(FORBUND))).errors).toBeUndefined();
    const after = await page(path);
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).toContain(NAME);
  });
});

describe('what may be kept', () => {
  it('takes the least max-age of the reads, and nothing when one was not public or had errors', () => {
    const request = new Request('http://hub.test/statistik');
    const ok = new Response('<html></html>', { status: 200 });
    const reads = newPageReads();
    noteRead(reads, 'max-age=300, public');
    noteRead(reads, 'max-age=60, public');
    expect(pageCacheControl(request, ok, reads)).toBe('public, max-age=60');
    // An answer from the gateway's response cache says how old it is: the page gets what is left.
    const aged = newPageReads();
    noteRead(aged, 'max-age=300, public', '290');
    expect(pageCacheControl(request, ok, aged)).toBe('public, max-age=10');
    // An answer with errors (a part of the hub away) is no-store at the gateway: so is the page, even a
    // CSV that said max-age of itself.
    noteRead(reads, 'no-store');
    expect(pageCacheControl(request, new Response('', { status: 200 }), reads)).toBe('no-store');
    expect(pageCacheControl(request, new Response('a;b', { status: 200, headers: { 'cache-control': 'public, max-age=60' } }), reads)).toBe('no-store');
    expect(pageCacheControl(request, new Response('', { status: 200 }), newPageReads())).toBeUndefined();
    // A file that says a max-age of itself (a CSV) keeps it, but never past what its reads allow.
    const csv = () => new Response('a;b', { status: 200, headers: { 'cache-control': 'public, max-age=60' } });
    const longer = newPageReads();
    noteRead(longer, 'max-age=300, public');
    expect(pageCacheControl(request, csv(), longer)).toBe('public, max-age=60');
    expect(pageCacheControl(request, csv(), aged)).toBe('public, max-age=10');
    const spent = newPageReads();
    noteRead(spent, 'max-age=60, public', '60');
    expect(pageCacheControl(request, csv(), spent)).toBe('no-store');
    const privateReads = newPageReads();
    noteRead(privateReads, 'max-age=300, private');
    expect(pageCacheControl(request, new Response('', { status: 200 }), privateReads)).toBe('no-store');
    const signedIn = new Request('http://hub.test/statistik', { headers: { cookie: 'finsam_session=x' } });
    const publicReads = newPageReads();
    noteRead(publicReads, 'max-age=300, public');
    expect(pageCacheControl(signedIn, new Response('', { status: 200 }), publicReads)).toBeUndefined();
    expect(pageCacheControl(request, new Response('', { status: 404 }), publicReads)).toBeUndefined();
  });

  it('keeps only a 200 that is public, sets no cookie and varies by nothing but the encoding', () => {
    const html = { 'content-type': 'text/html' };
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'public, max-age=60' })).toBe(60);
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'public, max-age=60', vary: 'Accept-Encoding' })).toBe(60);
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'public, max-age=60', vary: 'Cookie' })).toBe(0);
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'public, max-age=60', 'set-cookie': ['a=1'] })).toBe(0);
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'private, max-age=60' })).toBe(0);
    expect(PageCache.lifetime(200, { ...html, 'cache-control': 'public, no-store, max-age=60' })).toBe(0);
    expect(PageCache.lifetime(200, html)).toBe(0);
    expect(PageCache.lifetime(404, { ...html, 'cache-control': 'public, max-age=60' })).toBe(0);
  });
});
