import { fail } from './errors.ts';

/**
 * Calendar helpers for "as of year Y" questions. A period counts as active in a year when it overlaps
 * any day of it; an open end (null) means "still running" and an open start "from the beginning".
 */
export interface YearRange {
  start: Date;
  end: Date;
}

/**
 * Every "as of year Y" question passes here on its way to SQL. A year a Date cannot hold (-770546 from
 * a client) became an Invalid Date that Prisma refused as INTERNAL_SERVER_ERROR (found by
 * test/fuzz.test.ts): refused as the caller's mistake instead. ISO 8601's four-digit years suffice.
 */
export function yearRange(year: number, field = 'year'): YearRange {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw fail.badInput(`${year} is not a year the hub can answer for: give a calendar year from 1 to 9999.`, field);
  }
  return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year, 11, 31)) };
}

/** The last date today() worked out, for the UTC minute it holds in. */
let lastDay: { minute: number; time: number } | undefined;

const SWEDISH_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Sweden, as a Date at UTC midnight like every calendar date of the hub. Between
 * midnight in Stockholm and midnight UTC the two calendars disagree, and the hub's days are Swedish:
 * a project starting 1 December has started at 00:30 that night.
 */
export function today(now = new Date()): Date {
  // Intl's format costs about 0.15 ms, and a list of 1,140 projects asks each one's status (issue 12,
  // profiled). Stockholm's offset is whole hours, so the date is the same all through a UTC minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDay?.minute !== minute) {
    const [year, month, day] = SWEDISH_DATE.format(now).split('-').map(Number) as [number, number, number];
    lastDay = { minute, time: Date.UTC(year, month - 1, day) };
  }
  // A new Date each time: a caller may change the one it gets.
  return new Date(lastDay.time);
}

/** The current calendar year in Sweden. */
export function currentYear(now = new Date()): number {
  return today(now).getUTCFullYear();
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
  return Number.isInteger(year) && year >= 2004 && year <= currentYear(now) + 1;
}
