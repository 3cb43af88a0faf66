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

/**
 * What a page says for a figure of issue 15's outcomes and key figures that the API gives as null: withheld
 * by small-count protection (the answer's `suppressed`), or simply not reported. The notice never shows a number.
 */
export const SUPPRESSED = 'Döljs: för få deltagare';
export const MISSING = 'uppgift saknas';

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A figure of the outcomes or key figures: the number, or why there is none. */
export function figure(value: number | null | undefined, suppressed: boolean | null | undefined, format: (n: number) => string = number): string {
  if (value === null || value === undefined) return suppressed ? SUPPRESSED : MISSING;
  return format(value);
}

/** A 95 % interval of a share as Swedish prose writes a range: "27,0–36,5 %". */
export function interval(range: { low: number; high: number }): string {
  return `${oneDecimal.format(range.low * 100)}–${oneDecimal.format(range.high * 100)}\u00a0%`;
}

/**
 * A share to work or studies with its interval beside it, as issue 15 asks of every comparison:
 * "31,6 % (95 %: 27,0–36,5 %)". Null: withheld, or nothing reported (situationReported 0).
 */
export function shareWithInterval(
  share: number | null | undefined,
  range: { low: number; high: number } | null | undefined,
  suppressed: boolean | null | undefined,
  situationReported?: number | null,
): string {
  if (share === null || share === undefined) return situationReported === 0 ? MISSING : figure(null, suppressed);
  return range ? `${percent(share)} (95\u00a0%: ${interval(range)})` : percent(share);
}

/**
 * A share read against the nation's, as issue 15's honest comparison asks: only an interval that lies
 * wholly above or below the national share says "higher" or "lower"; one that contains it says neither.
 */
export function comparedWithNation(range: { low: number; high: number } | null | undefined, national: number | null | undefined): string | null {
  if (!range || national === null || national === undefined) return null;
  if (range.low > national) return 'högre än riket';
  if (range.high < national) return 'lägre än riket';
  return 'kan inte skiljas från riket';
}

/** The note that goes with every comparison by share (issue 15, deliverable 5). */
export const COMPARISON_NOTE =
  'Intervallet visar hur osäker andelen är. Ett förbund eller län vars intervall överlappar rikets andel kan inte sägas vara bättre eller sämre än riket.';
