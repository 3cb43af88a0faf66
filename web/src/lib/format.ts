/**
 * Swedish formats for people (sv-SE, as issue 13 asks: "21 200 000 kr", "1 september 2005"), through
 * Intl, which follows CLDR: a non-breaking space groups thousands, a comma marks decimals.
 */
const whole = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const kronorFormat = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
// Dates are calendar dates ("2005-09-01"): read and written in UTC so that no time zone moves the day.
const dayFormat = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const SMALL_COUNT = 'färre än 5';
export const WITHHELD = 'visas inte';

export function number(value: number): string {
  return whole.format(value);
}

export function kronor(value: number): string {
  return kronorFormat.format(value);
}

/** A fraction (0.5) as a percentage ("50,0 %"). */
export function percent(fraction: number): string {
  return percentFormat.format(fraction);
}

/** An ISO calendar date as "1 september 2005", or as much of it as is known (issue 7: no day invented). */
export function date(iso: string | null | undefined, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY'): string {
  if (!iso) return '';
  if (precision === 'YEAR') return iso.slice(0, 4);
  const at = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return precision === 'MONTH' ? monthFormat.format(at) : dayFormat.format(at);
}

/** A period "1 september 2005 – 31 december 2008", or "från 1 september 2005" while open. */
export function period(from: string | null | undefined, to: string | null | undefined, precision: 'DAY' | 'MONTH' | 'YEAR' = 'DAY'): string {
  if (!from && !to) return 'okänd period';
  if (!to) return `från ${date(from, precision)}`;
  if (!from) return `till ${date(to, precision)}`;
  return `${date(from, precision)} – ${date(to, precision)}`;
}

/**
 * A participation figure: the public never sees a count below 5 (issue 5); the API gives null for it.
 * A total that is null is below 5; a part (women, men) may be withheld although larger, because the
 * rest would reveal a small count, so it says only that it is not shown.
 */
export function count(value: number | null | undefined, kind: 'total' | 'part' = 'total'): string {
  if (value === null || value === undefined) return kind === 'total' ? SMALL_COUNT : WITHHELD;
  return number(value);
}
