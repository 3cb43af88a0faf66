import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '@finsam/core';
import type { Column, Row } from './datasets.ts';

/**
 * The two CSV dialects the hub serves (issue 14). `rfc4180` is the default: comma, CRLF, fields quoted
 * when they hold a comma, quote or line break (RFC 4180 §2), UTF-8 without a byte-order mark, numbers
 * with a decimal point. `excel` is what Excel opens correctly with Swedish regional settings: semicolon
 * (the list separator where the comma is the decimal sign), decimal comma, and a UTF-8 byte-order mark,
 * without which Excel reads the file as Windows-1252 and "Södertälje" comes out garbled.
 */
export const CSV_DIALECTS = ['rfc4180', 'excel'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export function toCsv(columns: readonly Column[], rows: readonly Row[], dialect: CsvDialect): string {
  const excel = dialect === 'excel';
  return stringify(
    rows.map((row) => columns.map((c) => row[c.name] ?? null)),
    {
      header: true,
      columns: columns.map((c) => c.name),
      delimiter: excel ? ';' : ',',
      record_delimiter: 'windows',
      bom: excel,
      cast: {
        boolean: (value) => (value ? 'true' : 'false'),
        number: (value) => (excel ? String(value).replace('.', ',') : String(value)),
        // No formulas from editors' text in what Excel opens (core's spreadsheetSafe).
        string: (value) => (excel ? spreadsheetSafe(value) : value),
      },
    },
  );
}

/** The JSON distribution: the same rows as the CSV, one object per row, null where a cell is empty. */
export function toJson(columns: readonly Column[], rows: readonly Row[]): string {
  return JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]))));
}
