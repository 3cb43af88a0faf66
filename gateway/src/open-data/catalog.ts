import { createRequire } from 'node:module';
import jsonld from 'jsonld';
import { DataFactory, Store, Writer, type Quad, type Quad_Object } from 'n3';
import type { Config } from '@finsam/core';
import { DATASETS, type DatasetDefinition, type Text } from './datasets.ts';

// graphy's RDF/XML writer ships as CommonJS without types; it takes RDF/JS quads (n3's are).
const scribeXml = createRequire(import.meta.url)('@graphy/content.xml.scribe') as (options: { prefixes: Record<string, string> }) => NodeJS.ReadWriteStream;

const { namedNode, literal, quad } = DataFactory;

export const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  dcatap: 'http://data.europa.eu/r5r/',
} as const;

/** EU authority tables that DCAT-AP names for these properties (DCAT-AP 3.0.1 §Controlled vocabularies). */
const EU = 'http://publications.europa.eu/resource/authority/';

/**
 * CC0 1.0 for every distribution and the catalogue. The figures are facts from public records and
 * official statistics that the open data law (lag 2022:818) wants reusable without conditions; CC0 sets
 * none, so the data can be combined with any other, and it is one of the two licences (with CC BY 4.0)
 * that DCAT-AP-SE's examples and dataportal.se's guidance put first. The URI is written exactly so
 * (http, trailing slash): dataportal.se merges licences by URI (DCAT-AP-SE harvesting guide, "Undvik
 * duplicerade identifierare").
 */
export const LICENCE = 'http://creativecommons.org/publicdomain/zero/1.0/';

/** The day the hub first published these datasets (issue 14): their dct:issued. */
export const ISSUED = '2026-11-29';

export interface CatalogOptions {
  /** PUBLIC_BASE_URL without a trailing slash: the start of every URI below. */
  base: string;
  publisherName: string;
  /** Ten digits; the publisher's URI is then dataportal.se's organisation URI. */
  publisherOrgNumber?: string;
  publisherType: string;
  contactEmail: string;
  /** Today, for dct:modified: every distribution is made from the live data when it is asked for. */
  today: Date;
}

export function catalogOptions(cfg: Config, base: string, today = new Date()): CatalogOptions {
  return {
    base,
    publisherName: cfg.OPEN_DATA_PUBLISHER_NAME,
    publisherOrgNumber: cfg.OPEN_DATA_PUBLISHER_ORGNR?.replace('-', ''),
    publisherType: cfg.OPEN_DATA_PUBLISHER_TYPE,
    contactEmail: cfg.OPEN_DATA_CONTACT_EMAIL,
    today,
  };
}

/** The stable URIs of the catalogue's resources, all under PUBLIC_BASE_URL (or dataportal.se's, for the publisher). */
export function uris(options: Pick<CatalogOptions, 'base' | 'publisherOrgNumber'>) {
  const root = `${options.base}/open-data`;
  return {
    catalog: `${root}/catalog`,
    // DCAT-AP-SE harvesting guide, "Identifierare för utgivande organisationer": with an
    // organisationsnummer, the URI dataportal.se uses to recognise the publisher across catalogues.
    publisher: options.publisherOrgNumber ? `http://dataportal.se/organisation/SE${options.publisherOrgNumber}` : `${root}/catalog#publisher`,
    // A contact is never the publisher's URI ("Håll isär kontakter och utgivande organisationer").
    contact: `${root}/catalog#contact`,
    dataset: (id: string) => `${root}/datasets/${id}`,
    distribution: (id: string, format: 'csv' | 'json') => `${root}/datasets/${id}#${format}`,
    period: (id: string) => `${root}/datasets/${id}#period`,
    download: (id: string, format: 'csv' | 'json') => `${root}/${id}.${format}`,
  };
}

const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json' } as const;

const date = (value: string) => literal(value, namedNode(`${NS.xsd}date`));
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The catalogue as an RDF graph in DCAT-AP-SE 3.0.1 (docs.dataportal.se/dcat/3.0.1), which profiles
 * DCAT-AP 3.0.1. Every resource a harvester keeps has an IRI, none a blank node (harvesting guide,
 * "Undvik blanka noder"). What is mandatory and recommended, and where each rule comes from, is in
 * dcat-ap-se.shapes.ttl beside this file, which test/open-data-catalog.test.ts validates this graph with.
 */
export function catalogGraph(options: CatalogOptions, datasets: readonly DatasetDefinition[] = DATASETS): Store {
  const store = new Store();
  const u = uris(options);
  const add = (s: string, p: string, o: Quad_Object) => store.addQuad(quad(namedNode(s), namedNode(p), o));
  const iri = (s: string, p: string, o: string) => add(s, p, namedNode(o));
  const text = (s: string, p: string, t: Text) => {
    add(s, p, literal(t.sv, 'sv'));
    add(s, p, literal(t.en, 'en'));
  };
  const a = `${NS.rdf}type`;
  const endOfYear = `${options.today.getUTCFullYear()}-12-31`;

  iri(u.catalog, a, `${NS.dcat}Catalog`);
  text(u.catalog, `${NS.dct}title`, { sv: 'Öppna data om finansiell samordning', en: 'Open data on financial coordination in Sweden' });
  text(u.catalog, `${NS.dct}description`, {
    sv: 'Datamängder om finansiell samordning enligt lag (2003:1210): samordningsförbunden och deras medlemmar, täckningen av kommuner, finansieringen med kontroll mot 17 §, insatser och deltagare samt metodbiblioteket. Filerna görs av Finsam-hubben från samma data som dess GraphQL-API.',
    en: 'Datasets on financial coordination under the Swedish Act (2003:1210): the coordination associations and their members, coverage of municipalities, funding checked against section 17, projects and participants, and the method library. The files are made by the Finsam hub from the same data as its GraphQL API.',
  });
  iri(u.catalog, `${NS.dct}publisher`, u.publisher);
  iri(u.catalog, `${NS.dct}license`, LICENCE);
  add(u.catalog, `${NS.dct}issued`, date(ISSUED));
  add(u.catalog, `${NS.dct}modified`, date(isoDay(options.today)));
  iri(u.catalog, `${NS.dct}language`, `${EU}language/SWE`);
  iri(u.catalog, `${NS.dct}language`, `${EU}language/ENG`);
  iri(u.catalog, `${NS.foaf}homepage`, `${options.base}/`);
  iri(u.catalog, `${NS.dcat}themeTaxonomy`, `${EU}data-theme`);
  iri(u.catalog, `${NS.dct}spatial`, `${EU}country/SWE`);

  iri(u.publisher, a, `${NS.foaf}Agent`);
  iri(u.publisher, a, `${NS.foaf}Organization`);
  add(u.publisher, `${NS.foaf}name`, literal(options.publisherName, 'sv'));
  iri(u.publisher, `${NS.dct}type`, `http://purl.org/adms/publishertype/${options.publisherType}`);

  iri(u.contact, a, `${NS.vcard}Organization`);
  add(u.contact, `${NS.vcard}fn`, literal(options.publisherName));
  iri(u.contact, `${NS.vcard}hasEmail`, `mailto:${options.contactEmail}`);

  for (const d of datasets) {
    const ds = u.dataset(d.id);
    iri(u.catalog, `${NS.dcat}dataset`, ds);
    iri(ds, a, `${NS.dcat}Dataset`);
    text(ds, `${NS.dct}title`, d.title);
    text(ds, `${NS.dct}description`, d.description);
    iri(ds, `${NS.dct}publisher`, u.publisher);
    iri(ds, `${NS.dcat}contactPoint`, u.contact);
    for (const k of d.keywords.sv) add(ds, `${NS.dcat}keyword`, literal(k, 'sv'));
    for (const k of d.keywords.en) add(ds, `${NS.dcat}keyword`, literal(k, 'en'));
    for (const t of d.themes) iri(ds, `${NS.dcat}theme`, `${EU}data-theme/${t}`);
    iri(ds, `${NS.dct}temporal`, u.period(d.id));
    iri(u.period(d.id), a, `${NS.dct}PeriodOfTime`);
    add(u.period(d.id), `${NS.dcat}startDate`, date(d.temporalStart));
    add(u.period(d.id), `${NS.dcat}endDate`, date(endOfYear));
    add(ds, `${NS.dct}issued`, date(ISSUED));
    add(ds, `${NS.dct}modified`, date(isoDay(options.today)));
    iri(ds, `${NS.dct}accessRights`, `${EU}access-right/PUBLIC`);
    iri(ds, `${NS.dct}spatial`, `${EU}country/SWE`);
    // Made from the live data at each download (EU frequency table: CONT, "continuously updated").
    iri(ds, `${NS.dct}accrualPeriodicity`, `${EU}frequency/CONT`);
    iri(ds, `${NS.dct}language`, `${EU}language/SWE`);
    const columns = d.columns.map((c) => `${c.name} (${c.description.sv})`).join('; ');
    const columnsEn = d.columns.map((c) => `${c.name} (${c.description.en})`).join('; ');
    const yearly = d.yearly
      ? { sv: ' Alla år från 2004; ?year=ÅÅÅÅ ger ett år.', en: ' Every year from 2004; ?year=YYYY gives one year.' }
      : { sv: '', en: '' };
    for (const format of ['csv', 'json'] as const) {
      const dist = u.distribution(d.id, format);
      iri(ds, `${NS.dcat}distribution`, dist);
      iri(dist, a, `${NS.dcat}Distribution`);
      text(
        dist,
        `${NS.dct}title`,
        format === 'csv' ? { sv: `${d.title.sv} (CSV)`, en: `${d.title.en} (CSV)` } : { sv: `${d.title.sv} (JSON)`, en: `${d.title.en} (JSON)` },
      );
      text(
        dist,
        `${NS.dct}description`,
        format === 'csv'
          ? {
              sv: `CSV enligt RFC 4180 (komma, UTF-8, första raden namnger kolumnerna); ?format=excel ger semikolon, decimalkomma och UTF-8 med BOM för Excel med svenska inställningar. Tom cell: uppgiften saknas eller är undertryckt.${yearly.sv} Kolumner: ${columns}.`,
              en: `CSV as RFC 4180 (comma, UTF-8, a header row); ?format=excel gives semicolons, decimal comma and UTF-8 with BOM for Excel with Swedish settings. Empty cell: unknown or suppressed.${yearly.en} Columns: ${columnsEn}.`,
            }
          : {
              sv: `JSON: en lista med ett objekt per rad, med samma nycklar som CSV-filens kolumner; null där uppgiften saknas eller är undertryckt.${yearly.sv}`,
              en: `JSON: an array with one object per row, keyed as the CSV's columns; null where a figure is unknown or suppressed.${yearly.en}`,
            },
      );
      iri(dist, `${NS.dcat}accessURL`, u.download(d.id, format));
      iri(dist, `${NS.dcat}downloadURL`, u.download(d.id, format));
      // DCAT-AP-SE: the media type as a literal (dcterms:format); DCAT-AP 3: dcat:mediaType, IANA's IRI.
      add(dist, `${NS.dct}format`, literal(MEDIA_TYPES[format]));
      iri(dist, `${NS.dcat}mediaType`, `http://www.iana.org/assignments/media-types/${MEDIA_TYPES[format]}`);
      iri(dist, `${NS.dct}license`, LICENCE);
      iri(dist, `${NS.dcatap}availability`, `${NS.dcatap}availability/stable`);
      if (format === 'csv') iri(dist, `${NS.dct}conformsTo`, 'https://www.rfc-editor.org/rfc/rfc4180');
    }
  }
  return store;
}

/** Subjects in a fixed order (the catalogue first), so the same graph always prints the same. */
function ordered(store: Store, catalogUri: string): Quad[] {
  return store.getQuads(null, null, null, null).sort((x, y) => {
    const rank = (q: Quad) => (q.subject.value === catalogUri ? '0' : `1${q.subject.value}`);
    return rank(x).localeCompare(rank(y)) || x.predicate.value.localeCompare(y.predicate.value) || x.object.value.localeCompare(y.object.value);
  });
}

/** The JSON-LD context of catalog.jsonld: prefixes only, inline, so that no reader needs to fetch one. */
const CONTEXT = { ...NS };

/** JSON-LD (jsonld.js: from N-Quads, compacted with the prefixes above). */
export async function toJsonLd(store: Store): Promise<string> {
  const nquads = new Writer({ format: 'N-Quads' }).quadsToString(store.getQuads(null, null, null, null));
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, CONTEXT);
  return JSON.stringify(compacted, null, 2);
}

/** RDF/XML, the syntax dataportal.se harvests (DCAT-AP-SE harvesting guide, "Format"). */
export async function toRdfXml(store: Store, catalogUri: string): Promise<string> {
  const writer = scribeXml({ prefixes: { ...NS } });
  let out = '';
  writer.on('data', (chunk: string | Buffer) => (out += chunk.toString()));
  const done = new Promise<void>((resolve, reject) => {
    writer.on('end', () => resolve());
    writer.on('error', reject);
  });
  for (const q of ordered(store, catalogUri)) writer.write(q as unknown as string);
  writer.end();
  await done;
  return out;
}

/** Turtle, for people reading the catalogue (n3's writer). */
export function toTurtle(store: Store, catalogUri: string): Promise<string> {
  const writer = new Writer({ prefixes: { ...NS } });
  writer.addQuads(ordered(store, catalogUri));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}
