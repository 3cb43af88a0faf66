import type { IncomingMessage, ServerResponse } from 'node:http';
import { ErrorCode, HttpError, type Config } from '@finsam/core';
import { catalogGraph, catalogOptions, LICENCE, toJsonLd, toRdfXml, toTurtle, uris } from './catalog.ts';
import { DATASETS, FIRST_YEAR, type DatasetDefinition } from './datasets.ts';
import { createExecutor, type GatewayParts } from './execute.ts';
import { CSV_DIALECTS, toCsv, toJson, type CsvDialect } from './formats.ts';
import { createTurns } from './turns.ts';

/** Where every open-data route lives on the gateway's port. */
export const OPEN_DATA_PATH = '/open-data';

/**
 * The public base of every open-data URI: PUBLIC_BASE_URL, never the request's Host header, so that a
 * dataset's URI is the same for dataportal.se's harvester, a CDN and a person (DCAT-AP-SE's harvesting
 * guide: "Hantering av identifierare"; every IRI absolute).
 */
export function publicBaseUrl(cfg: Pick<Config, 'PUBLIC_BASE_URL' | 'GATEWAY_PORT'>): string {
  return (cfg.PUBLIC_BASE_URL ?? `http://localhost:${cfg.GATEWAY_PORT}`).replace(/\/+$/, '');
}

/** ?year=: a whole calendar year from the law's first (2004) to next year (budgets are decided ahead). */
function parseYear(dataset: DatasetDefinition, raw: string | null): number | undefined {
  if (raw === null) return undefined;
  if (!dataset.yearly) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `The dataset "${dataset.id}" has no years; leave out ?year=.`, { extensions: { field: 'year' } });
  const last = new Date().getUTCFullYear() + 1;
  const year = /^\d{4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(year >= FIRST_YEAR && year <= last)) {
    throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `?year= must be a year from ${FIRST_YEAR} (when Lag 2003:1210 came into force) to ${last}; got "${raw}".`, { extensions: { field: 'year' } });
  }
  return year;
}

function parseDialect(raw: string | null): CsvDialect {
  if (raw === null || raw === 'csv' || raw === 'rfc4180') return 'rfc4180';
  if ((CSV_DIALECTS as readonly string[]).includes(raw)) return raw as CsvDialect;
  throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `?format= is "excel" (semicolons, decimal comma, UTF-8 with BOM, for Excel with Swedish settings) or left out (RFC 4180); got "${raw}".`, { extensions: { field: 'format' } });
}

function notFound(path: string): HttpError {
  const files = DATASETS.flatMap((d) => [`${OPEN_DATA_PATH}/${d.id}.csv`, `${OPEN_DATA_PATH}/${d.id}.json`]);
  return new HttpError(404, ErrorCode.NOT_FOUND, `Nothing at ${path}. The catalogue is at ${OPEN_DATA_PATH}/catalog.jsonld and ${OPEN_DATA_PATH}/catalog.rdf; the files are ${files.join(', ')}.`);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  // Open data is for any web page to read, whatever CORS_ORIGINS allows for the API (it carries no
  // credentials): dataportal.se, for one, reads from its own origin.
  res.writeHead(status, { ...headers, 'access-control-allow-origin': '*', 'content-length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The open-data routes (issue 14) for serveApollo's `route` option: the DCAT-AP-SE catalogue and each
 * dataset's CSV and JSON distribution. Answers true for every path under /open-data, errors included
 * (thrown HttpErrors are written by http.ts), and false for anything else.
 */
export function openDataRoute(cfg: Config, parts: GatewayParts) {
  // Two files in the making at once, each up to two years at a time (datasets.ts): at most four
  // operations of open-data work before the subgraphs, whatever the number of downloads.
  const make = createTurns({ atOnce: 2, waitMs: 15_000 });
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== OPEN_DATA_PATH && !url.pathname.startsWith(`${OPEN_DATA_PATH}/`)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, ErrorCode.BAD_USER_INPUT, 'Open data is read with GET.', { headers: { allow: 'GET, HEAD' } });
    }
    const base = publicBaseUrl(cfg);
    const catalog = /^\/open-data\/catalog\.(jsonld|rdf|ttl)$/.exec(url.pathname);
    if (catalog) {
      const options = catalogOptions(cfg, base);
      const graph = catalogGraph(options);
      const catalogUri = uris(options).catalog;
      const [type, body] =
        catalog[1] === 'jsonld'
          ? ['application/ld+json', await toJsonLd(graph)]
          : catalog[1] === 'rdf'
            ? ['application/rdf+xml', await toRdfXml(graph, catalogUri)]
            : ['text/turtle', await toTurtle(graph, catalogUri)];
      // The catalogue changes with the hub's code and the date (dct:modified), not with the data.
      send(req, res, 200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'max-age=3600, public' }, body);
      return true;
    }
    // The catalogue's and the datasets' own URIs dereference to the catalogue that describes them: JSON-LD
    // or Turtle when asked for, else RDF/XML, what dataportal.se reads when it loads a sub-catalogue by
    // its URI (harvesting guide, "Ladda underkataloger från separata skördningskällor").
    const described = url.pathname === `${OPEN_DATA_PATH}/catalog` || DATASETS.some((d) => url.pathname === `${OPEN_DATA_PATH}/datasets/${d.id}`);
    if (described) {
      const accept = String(req.headers.accept ?? '');
      const syntax = accept.includes('application/ld+json') ? 'jsonld' : accept.includes('text/turtle') ? 'ttl' : 'rdf';
      res.writeHead(303, { location: `${base}${OPEN_DATA_PATH}/catalog.${syntax}`, vary: 'Accept', 'cache-control': 'max-age=3600, public', 'access-control-allow-origin': '*' });
      res.end();
      return true;
    }
    const file = /^\/open-data\/([a-z]+)\.(csv|json)$/.exec(url.pathname);
    const dataset = file ? DATASETS.find((d) => d.id === file[1]) : undefined;
    if (!file || !dataset) throw notFound(url.pathname);
    const year = parseYear(dataset, url.searchParams.get('year'));
    const dialect = file[2] === 'csv' ? parseDialect(url.searchParams.get('format')) : 'rfc4180';
    const table = await make(`${dataset.id}:${year ?? 'all'}`, () => dataset.table(createExecutor(parts, req), year, parts.schema));
    const name = `${dataset.id}${year === undefined ? '' : `-${year}`}${dialect === 'excel' ? '-excel' : ''}.${file[2]}`;
    const headers = {
      // As the API's answers they were made from: public data the subgraphs hint cacheable keeps its
      // max-age; figures the API serves uncached (statistics, funding, coverage) are no-store here too.
      'cache-control': table.cacheControl,
      'content-disposition': `attachment; filename="${name}"`,
      // The DCAT-AP-SE licence of every distribution, for a client that reads headers only.
      link: `<${LICENCE}>; rel="license"`,
    };
    if (file[2] === 'csv') {
      // RFC 4180 §3 registers text/csv with an optional header parameter; present says the first line names the columns.
      send(req, res, 200, { ...headers, 'content-type': 'text/csv; charset=utf-8; header=present' }, toCsv(dataset.columns, table.rows, dialect));
    } else {
      send(req, res, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' }, toJson(dataset.columns, table.rows));
    }
    return true;
  };
}
