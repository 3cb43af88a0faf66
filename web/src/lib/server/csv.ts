import { error } from '@sveltejs/kit';
import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '@finsam/core/csv';
import type { Table } from './statistik.ts';

/**
 * A table of the pages as a CSV download (issue 13: every table of /statistik; issue 15: the förbund
 * page's key figures), from the same rows the page shows. ?format= picks one of two forms:
 * - excel (default): semicolon-separated UTF-8 with a byte-order mark and decimal commas, which
 *   Swedish Excel opens right (its list separator is the semicolon where the comma is the decimal sign);
 * - rfc4180: comma-separated, CRLF, no BOM, decimal points (RFC 4180 and every other tool).
 * Figures are the API's own, unformatted: no thousands separators, shares as fractions; a null is empty.
 * `name` is the file's name without the form's suffix and ".csv".
 */
export function csvDownload(url: URL, table: Table, name: string): Response {
  const form = url.searchParams.get('format') ?? 'excel';
  if (form !== 'excel' && form !== 'rfc4180') error(400, 'Formatet ska vara excel eller rfc4180.');
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
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8; header=present',
      'content-disposition': `attachment; filename="${name}${excel ? '' : '-rfc4180'}.csv"`,
      'cache-control': 'public, max-age=60',
    },
  });
}
