import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Column } from '../src/open-data/datasets.ts';
import { toCsv } from '../src/open-data/formats.ts';

/** The open-data CSV dialects (gateway/src/open-data/formats.ts), on text an editor could have typed. */
const columns: Column[] = [
  { name: 'namn', description: { sv: 'Namn', en: 'Name' } },
  { name: 'belopp', description: { sv: 'Belopp', en: 'Amount' } },
];
const rows = [
  { namn: '=HYPERLINK("http://example.invalid","klicka")', belopp: 1.5 },
  { namn: '+46 8 123', belopp: 2 },
  { namn: '-1', belopp: -3 },
  { namn: '@SUM(A1)', belopp: 0 },
  { namn: 'Södertälje; Nykvarn', belopp: 10 },
];

describe('open-data CSV', () => {
  it('in the Excel dialect, never starts a text cell with what a spreadsheet runs as a formula', () => {
    const csv = toCsv(columns, rows, 'excel');
    const records = parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.namn)).toEqual([`'=HYPERLINK("http://example.invalid","klicka")`, `'+46 8 123`, `'-1`, `'@SUM(A1)`, 'Södertälje; Nykvarn']);
    // Numbers stay numbers, with the Swedish decimal comma; a negative amount is not text.
    expect(records.map((r) => r.belopp)).toEqual(['1,5', '2', '-3', '0', '10']);
  });

  it('in RFC 4180, gives the text as it is', () => {
    const records = parse(toCsv(columns, rows, 'rfc4180'), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.namn)).toEqual(rows.map((r) => r.namn));
  });
});
