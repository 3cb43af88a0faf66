/**
 * Calendar helpers for "as of year Y" questions. A period counts as active in a year when it overlaps
 * any day of it; an open end (null) means "still running" and an open start "from the beginning".
 */
export interface YearRange {
  start: Date;
  end: Date;
}

export function yearRange(year: number): YearRange {
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year, 11, 31)) };
}

export function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

export function overlapsYear(from: Date | null, to: Date | null, year: number): boolean {
  const { start, end } = yearRange(year);
  return (from === null || from <= end) && (to === null || to >= start);
}

/** Do two periods share a day? Null bounds are open. */
export function periodsOverlap(a: { from: Date | null; to: Date | null }, b: { from: Date | null; to: Date | null }): boolean {
  const aStartsBeforeBEnds = a.from === null || b.to === null || a.from <= b.to;
  const bStartsBeforeAEnds = b.from === null || a.to === null || b.from <= a.to;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}

/** A plausible reporting year: Lag (2003:1210) applies from 2004; nothing is planned beyond next year. */
export function isPlausibleYear(year: number, now = new Date()): boolean {
  return Number.isInteger(year) && year >= 2004 && year <= now.getUTCFullYear() + 1;
}
