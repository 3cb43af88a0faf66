import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { DataFactory, Parser, Store, Writer, type Quad } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from './support/free-port.ts';
import { startExtraGateway } from './support/processes.ts';

/**
 * Issue 14: the open-data catalogue, read as dataportal.se's harvester reads it (RDF/XML) and as JSON-LD,
 * validated with the project's own SHACL shapes for DCAT-AP-SE (gateway/src/open-data/
 * dcat-ap-se.shapes.ttl). A catalogue with a mandatory property removed must be reported invalid, so the
 * shapes are shown to be able to fail.
 */

const { namedNode } = DataFactory;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

const gatewayUrl = new URL(inject('gatewayUrl'));
const origin = gatewayUrl.origin;
/** The stack's gateway has no PUBLIC_BASE_URL: its URIs start with the documented default. */
const publicBase = `http://localhost:${gatewayUrl.port}`;

const shapes = new Parser().parse(readFileSync(new URL('../gateway/src/open-data/dcat-ap-se.shapes.ttl', import.meta.url), 'utf8'));

interface Finding {
  focus: string;
  path: string | undefined;
  severity: string;
  message: string;
}

async function validate(graph: Store): Promise<{ conforms: boolean; findings: Finding[] }> {
  const validator = new SHACLValidator(new Store(shapes));
  const report = await validator.validate(graph);
  const findings = report.results.map((r) => ({
    focus: r.focusNode?.value ?? '',
    path: r.path?.value,
    severity: (r.severity?.value ?? '').replace(SH, ''),
    message: r.message.map((m) => m.value).join(' '),
  }));
  return { conforms: report.conforms, findings };
}

async function fromJsonLd(text: string): Promise<Store> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads' })) as unknown as string;
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

async function fromRdfXml(text: string): Promise<Store> {
  const parser = new RdfXmlParser();
  const quads: Quad[] = [];
  await new Promise<void>((resolve, reject) => {
    parser.on('data', (q: Quad) => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve());
    parser.write(text);
    parser.end();
  });
  return new Store(quads);
}

const canonical = (store: Store) => new Writer({ format: 'N-Triples' }).quadsToString(store.getQuads(null, null, null, null)).split('\n').filter(Boolean).sort();

/** A copy of the graph without the quads that `drop` picks. */
function without(graph: Store, drop: (q: Quad) => boolean): Store {
  return new Store(graph.getQuads(null, null, null, null).filter((q) => !drop(q)));
}

let rdfXml: Store;
let json: Store;
let rdfXmlText: string;

beforeAll(async () => {
  const xmlResponse = await fetch(`${origin}/open-data/catalog.rdf`);
  expect(xmlResponse.status).toBe(200);
  expect(xmlResponse.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
  rdfXmlText = await xmlResponse.text();
  rdfXml = await fromRdfXml(rdfXmlText);
  const jsonResponse = await fetch(`${origin}/open-data/catalog.jsonld`);
  expect(jsonResponse.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  json = await fromJsonLd(await jsonResponse.text());
});

describe('open-data catalogue: DCAT-AP-SE', () => {
  it('the RDF/XML that dataportal.se harvests validates against the shapes, recommended properties included', async () => {
    const { conforms, findings } = await validate(rdfXml);
    expect(findings).toEqual([]);
    expect(conforms).toBe(true);
    expect(rdfXmlText.startsWith('<?xml')).toBe(true);
  });

  it('the JSON-LD says the same graph as the RDF/XML', async () => {
    expect(canonical(json)).toEqual(canonical(rdfXml));
    expect(canonical(json).length).toBeGreaterThan(200);
  });

  it('lists the five datasets of issue 14, each with a CSV and a JSON distribution whose download URL answers with that media type', async () => {
    const datasets = rdfXml.getSubjects(RDF_TYPE, `${DCAT}Dataset`, null).map((s) => s.value).sort();
    expect(datasets).toEqual(['finansiering', 'forbund', 'metoder', 'projektstatistik', 'tackning'].map((id) => `${publicBase}/open-data/datasets/${id}`));
    for (const dataset of datasets) {
      // A dataset's CSV and JSON asked for at once are made from one table (turns.ts).
      const formats = await Promise.all(
        rdfXml.getObjects(dataset, `${DCAT}distribution`, null).map(async (distribution) => {
          const format = rdfXml.getObjects(distribution, `${DCT}format`, null)[0]!.value;
          const [download] = rdfXml.getObjects(distribution, `${DCAT}downloadURL`, null);
          expect(download!.value.startsWith(`${publicBase}/open-data/`)).toBe(true);
          // The stack's gateway is the public base's host; fetched by its loopback address.
          const response = await fetch(download!.value.replace(publicBase, origin));
          expect([download!.value, response.status]).toEqual([download!.value, 200]);
          expect(response.headers.get('content-type')!.split(';')[0]).toBe(format);
          await response.arrayBuffer();
          return format;
        }),
      );
      expect(formats.sort()).toEqual(['application/json', 'text/csv']);
    }
    // Every file whole: the statistics of every year since 2004 cost one operation per year.
  }, 180_000);

  it('every URI comes from the configured base, never from the Host header of the request', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const req = request(`${origin}/open-data/catalog.rdf`, { headers: { host: 'evil.example:8080', 'x-forwarded-host': 'evil.example' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    expect(body).not.toContain('evil.example');
    expect(canonical(await fromRdfXml(body))).toEqual(canonical(rdfXml));
  });

  it('the catalogue and dataset URIs lead to the catalogue (303), RDF/XML for a harvester', async () => {
    const response = await fetch(`${origin}/open-data/datasets/forbund`, { redirect: 'manual', headers: { accept: '*/*' } });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${publicBase}/open-data/catalog.rdf`);
    const jsonLd = await fetch(`${origin}/open-data/catalog`, { redirect: 'manual', headers: { accept: 'application/ld+json' } });
    expect(jsonLd.headers.get('location')).toBe(`${publicBase}/open-data/catalog.jsonld`);
    const turtle = await fetch(`${origin}/open-data/catalog.ttl`);
    expect(canonical(new Store(new Parser().parse(await turtle.text())))).toEqual(canonical(rdfXml));
  });
});

describe('open-data catalogue: the shapes report what is missing', () => {
  const catalog = `${publicBase}/open-data/catalog`;
  const dataset = `${publicBase}/open-data/datasets/projektstatistik`;

  it('a catalogue without its licence is invalid', async () => {
    const { conforms, findings } = await validate(without(rdfXml, (q) => q.subject.value === catalog && q.predicate.value === `${DCT}license`));
    expect(conforms).toBe(false);
    expect(findings).toEqual([{ focus: catalog, path: `${DCT}license`, severity: 'Violation', message: 'The catalogue needs exactly one licence (dct:license), an IRI.' }]);
  });

  it('a dataset with an English title only is invalid: the Swedish one is mandatory', async () => {
    const graph = without(rdfXml, (q) => q.subject.value === dataset && q.predicate.value === `${DCT}title` && q.object.termType === 'Literal' && q.object.language === 'sv');
    const { conforms, findings } = await validate(graph);
    expect(conforms).toBe(false);
    expect(findings).toEqual([{ focus: dataset, path: `${DCT}title`, severity: 'Violation', message: 'A dataset needs a title in Swedish (@sv).' }]);
  });

  it('a distribution without a licence or download URL, a publisher without a type, a contact without e-mail: each reported', async () => {
    const distribution = `${dataset}#csv`;
    const drop = (q: Quad) =>
      (q.subject.value === distribution && (q.predicate.value === `${DCT}license` || q.predicate.value === `${DCAT}downloadURL`)) ||
      (q.subject.value.endsWith('/open-data/catalog#publisher') && q.predicate.value === `${DCT}type`) ||
      (q.subject.value.endsWith('/open-data/catalog#contact') && q.predicate.value === 'http://www.w3.org/2006/vcard/ns#hasEmail');
    const { conforms, findings } = await validate(without(rdfXml, drop));
    expect(conforms).toBe(false);
    const messages = new Set(findings.map((f) => f.message));
    expect(messages).toEqual(
      new Set([
        'A distribution needs one licence (dct:license) [issue 14].',
        'A distribution needs a download URL (dcat:downloadURL) [issue 14].',
        'A publisher needs its type (dct:type) from the ADMS publisher type vocabulary.',
        // The contact point is checked through every dataset that names it.
        'A dataset needs a contact point (dcat:contactPoint) [issue 14].',
      ]),
    );
    expect(findings.every((f) => f.severity === 'Violation')).toBe(true);
  });

  it('a missing recommended property is a warning, and the report does not conform', async () => {
    const { conforms, findings } = await validate(without(rdfXml, (q) => q.subject.value === dataset && q.predicate.value === `${DCAT}keyword`));
    expect(conforms).toBe(false);
    expect(findings.map((f) => [f.focus, f.severity])).toEqual([
      [dataset, 'Warning'],
      [dataset, 'Warning'],
    ]);
  });

  it('a blank-node dataset, which dataportal.se cannot harvest, is invalid', async () => {
    const graph = new Store(rdfXml.getQuads(null, null, null, null));
    graph.addQuad(DataFactory.blankNode('b0'), namedNode(RDF_TYPE), namedNode(`${DCAT}Dataset`));
    const { findings } = await validate(graph);
    expect(findings.some((f) => f.focus === 'b0' && f.path === undefined && f.severity === 'Violation')).toBe(true);
  });
});

describe('a gateway with its own public base URL and a small budget', () => {
  let small: Awaited<ReturnType<typeof startExtraGateway>>;
  beforeAll(async () => {
    small = await startExtraGateway({ PUBLIC_BASE_URL: 'https://finsam.example.se/', MAX_QUERY_COST: '1000', RATE_LIMIT_CAPACITY: '1000', RATE_LIMIT_REFILL_PER_SECOND: '1' });
  });
  afterAll(() => small?.stop());

  it('makes every URI from PUBLIC_BASE_URL', async () => {
    const graph = await fromRdfXml(await (await fetch(small.url.replace('/graphql', '/open-data/catalog.rdf'))).text());
    const subjects = new Set(graph.getQuads(null, null, null, null).map((q) => q.subject.value));
    expect([...subjects].every((s) => s.startsWith('https://finsam.example.se/open-data/'))).toBe(true);
    expect(graph.getObjects('https://finsam.example.se/open-data/datasets/tackning#csv', `${DCAT}downloadURL`, null).map((o) => o.value)).toEqual(['https://finsam.example.se/open-data/tackning.csv']);
  });

  it("charges each file's operations to the caller's budget, and refuses with 429 when it is spent", async () => {
    // One year of coverage is one operation, priced far below 1000; every year since 2004 is more than
    // 1000 together, so the download runs out of budget part way and is refused whole.
    const one = await fetch(small.url.replace('/graphql', '/open-data/tackning.csv?year=2006'));
    expect(one.status).toBe(200);
    await one.text();
    const all = await fetch(small.url.replace('/graphql', '/open-data/tackning.csv'));
    const body = (await all.json()) as { errors: { extensions: { code: string } }[] };
    expect([all.status, body.errors[0]!.extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(all.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same bucket as the caller's GraphQL queries.
    const query = await fetch(small.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ coverage(year: 2006) { year byLan { lan { code name } kommunerTotal kommunerCovered forbundCount } } }' }) });
    expect(query.status).toBe(429);
  });
});

describe('a gateway whose projects subgraph is away', () => {
  let away: Awaited<ReturnType<typeof startExtraGateway>>;
  beforeAll(async () => {
    // Nothing listens on a port just freed: every fetch of the projects subgraph fails at once.
    away = await startExtraGateway({ PROJECTS_URL: `http://127.0.0.1:${await freePort()}/graphql` });
  });
  afterAll(() => away?.stop());

  it('refuses a file that needs it whole (503, Retry-After), and still serves the files and catalogue that do not', async () => {
    const statistics = await fetch(away.url.replace('/graphql', '/open-data/projektstatistik.csv?year=2006'));
    const body = (await statistics.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect([statistics.status, body.errors[0]!.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    expect(body.errors[0]!.message).toMatch(/SUBGRAPH_UNAVAILABLE/);
    expect(statistics.headers.get('retry-after')).toBe('5');
    // The method library names the förbund using each method, which the projects subgraph knows.
    expect((await fetch(away.url.replace('/graphql', '/open-data/metoder.json'))).status).toBe(503);
    const coverage = await fetch(away.url.replace('/graphql', '/open-data/tackning.csv?year=2006'));
    expect(coverage.status).toBe(200);
    expect((await coverage.text()).split('\r\n')[1]).toMatch(/^2006,00,Riket,290,/);
    expect((await fetch(away.url.replace('/graphql', '/open-data/catalog.rdf'))).status).toBe(200);
  });
});
