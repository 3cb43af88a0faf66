import { error } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '@finsam/core/csv';
import { statistics, tables, yearFrom } from '$lib/server/statistik.ts';
import type { RequestHandler } from './$types';

/**
 * Every table of /statistik as CSV, from the same rows the page shows (issue 13). Two forms:
 * - excel (default): semicolon-separated UTF-8 with a byte-order mark and decimal commas, which
 *   Swedish Excel opens right (its list separator is the semicolon where the comma is the decimal sign);
 * - rfc4180: comma-separated, CRLF, no BOM, decimal points (RFC 4180 and every other tool).
 * Figures are the API's own, unformatted: no thousands separators, shares as fractions.
 */
export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const form = url.searchParams.get('format') ?? 'excel';
  if (form !== 'excel' && form !== 'rfc4180') error(400, 'Formatet ska vara excel eller rfc4180.');
  const year = yearFrom(url, new Date().getUTCFullYear() - 1);
  const table = tables(await statistics(fetch, year)).find((t) => t.id === params.table);
  if (!table) error(404, `Det finns ingen tabell ”${params.table}” för ${year}.`);
  const excel = form === 'excel';
  const body = stringify(
    table.rows.map((row) => table.columns.map((c) => row[c.key] ?? '')),
    {
      header: true,
      columns: table.columns.map((c) => c.label),
      delimiter: excel ? ';' : ',',
      record_delimiter: 'windows',
      bom: excel,
      cast: {
        number: (value) => (excel ? String(value).replace('.', ',') : String(value)),
        // Names come from editors: no formulas in what Excel opens (core's spreadsheetSafe).
        string: (value) => (excel ? spreadsheetSafe(value) : value),
      },
    },
  );
  const name = `${table.id}-${year}${excel ? '' : '-rfc4180'}.csv`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'public, max-age=60',
    },
  });
};
