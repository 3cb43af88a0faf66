import type { TargetGroup } from '@finsam/core';
import { protectAggregates, protectAreaSums, protectSituation, SMALL_COUNT, type SituationAfter } from './rules.ts';

/**
 * Outcomes and key figures (issue 15): sums over project years of where participants went after the
 * insats, their share to work or studies, and its uncertainty. Free of SQL, so tests reach them directly.
 *
 * A project year ("cell") is one participation row of a published project. Its figures are shown on the
 * project's page by rules.ts protectFigures and protectSituation; every sum here is protected against
 * those pages, by one of two rules:
 * - Sums that clients can combine freely (a method over any range of years, any method, a län, and a
 *   förbund's participants) use the rule of rules.ts protectAreaSums: a sum is shown only when every
 *   cell it adds up shows that figure on its own page. It then tells nothing the pages do not, so no
 *   difference of two such sums (two year ranges, two methods sharing projects, a förbund and its län)
 *   can give a withheld figure away, however many answers a client puts side by side.
 * - The situation sums of a förbund in a year, and the nation's sums of a year, form a table of two
 *   levels: each förbund-year's cells are its own, and the nation adds up the förbund. They are audited
 *   as projectStatistics audits its sums (protectAggregates): what a shown sum tells beyond the pages
 *   (the part over cells the pages withhold) must not be one cell nor a small count, and nor may the
 *   nation's part minus the shown förbund's parts. There is one such answer per förbund and year and one
 *   per year for the nation, so this audit covers every combination of them.
 */

/** One project year, as the stores read it. */
export interface OutcomeCell {
  forbundId: string;
  projectId: string;
  year: number;
  targetGroups: readonly TargetGroup[];
  participants: number;
  women: number;
  men: number;
  /** Null when the year's situation after the insats was not reported. */
  situation: SituationAfter | null;
}

/** A share with its 95 % interval. */
export interface ShareInterval {
  low: number;
  high: number;
}

/** The sums of one answer, as the caller may see them. Null: withheld (or, for a share, undefined). */
export interface OutcomeSums {
  participants: number | null;
  situationReported: number | null;
  work: number | null;
  studies: number | null;
  jobSeeking: number | null;
  other: number | null;
  toWorkOrStudies: number | null;
  shareToWorkOrStudies: number | null;
  shareInterval: ShareInterval | null;
  /** True when any figure is withheld by small-count protection. */
  suppressed: boolean;
}

/** z for a two-sided 95 % interval: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959964;

/**
 * The Wilson score interval of a binomial proportion: x successes of n, at z (95 %: Z_95).
 *
 * E. B. Wilson, "Probable inference, the law of succession, and statistical inference", Journal of the
 * American Statistical Association 22 (1927) 209–212; method 3 of R. G. Newcombe, "Two-sided confidence
 * intervals for the single proportion: comparison of seven methods", Statistics in Medicine 17 (1998)
 * 857–872:
 *
 *   (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n),   p = x/n.
 *
 * Unlike the textbook p ± z·√(p(1−p)/n), it stays within 0 to 1 and is not of width 0 at p = 0 or 1,
 * which matters for the small denominators of small förbund. Null for n = 0.
 */
export function wilsonInterval(x: number, n: number, z = Z_95): ShareInterval | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { low: Math.max(0, (centre - spread) / scale), high: Math.min(1, (centre + spread) / scale) };
}

interface Totals {
  participants: number;
  reported: number;
  work: number;
  studies: number;
  jobSeeking: number;
  other: number;
}

function add(cells: readonly OutcomeCell[]): Totals {
  const t: Totals = { participants: 0, reported: 0, work: 0, studies: 0, jobSeeking: 0, other: 0 };
  for (const c of cells) {
    t.participants += c.participants;
    if (!c.situation) continue;
    t.work += c.situation.work;
    t.studies += c.situation.studies;
    t.jobSeeking += c.situation.jobSeeking;
    t.other += c.situation.other;
    t.reported += reportedOf(c.situation);
  }
  return t;
}

/** Participants with a reported situation after: the four counts together (the rest is "not stated"). */
function reportedOf(s: SituationAfter): number {
  return s.work + s.studies + s.jobSeeking + s.other;
}

/** Is the cell's situation withheld on its page from a caller who does not see it exactly? */
function situationWithheld(cell: OutcomeCell): boolean {
  return cell.situation !== null && protectSituation(cell.situation, cell.participants, false).suppressed;
}

/** The share and its interval, shown when both counts are and the denominator is 5 or more (exact: above 0). */
function withShare(sums: Omit<OutcomeSums, 'shareToWorkOrStudies' | 'shareInterval'>, exact: boolean): OutcomeSums {
  const n = sums.situationReported;
  const x = sums.toWorkOrStudies;
  const shown = n !== null && x !== null && n > 0 && (exact || n >= SMALL_COUNT);
  return {
    ...sums,
    shareToWorkOrStudies: shown ? x / n : null,
    shareInterval: shown ? wilsonInterval(x, n) : null,
    suppressed: sums.suppressed || (!shown && !exact),
  };
}

/**
 * Sums that clients may combine freely (Method.outcomes, Forbund.keyFigures, a län's key figures): the
 * protectAreaSums rule. Participants through protectAreaSums itself; the situation counts by the same
 * rule, and they stand or fall together as on a project's page. Exact when `exact`.
 */
export function protectOutcomeSums(cells: readonly OutcomeCell[], exact: boolean): OutcomeSums {
  const t = add(cells);
  const participants = protectAreaSums(cells, [], exact).participants.total;
  const reportedCells = cells.filter((c) => c.situation !== null);
  const situationShown = exact || (reportedCells.every((c) => !situationWithheld(c)) && t.reported >= SMALL_COUNT);
  const shown = (n: number) => (situationShown ? n : null);
  return withShare(
    {
      participants,
      situationReported: shown(t.reported),
      work: shown(t.work),
      studies: shown(t.studies),
      jobSeeking: shown(t.jobSeeking),
      other: shown(t.other),
      toWorkOrStudies: shown(t.work + t.studies),
      suppressed: !exact && (participants === null || !situationShown),
    },
    exact,
  );
}

/**
 * Is what a situation sum tells about `unknown` (cells whose situation the pages withhold from the one
 * who looks) safe to tell? None; or at least two cells whose reported sum, sum to work or studies and
 * their difference are each 5 or more, and whose rest not stated (participants − reported) is not 1 to
 * 4 (a förbund's or the nation's participants may be shown, which makes that rest derivable).
 */
function situationPartSafe(unknown: readonly OutcomeCell[]): boolean {
  if (unknown.length === 0) return true;
  if (unknown.length === 1) return false;
  const w = add(unknown);
  const toWorkOrStudies = w.work + w.studies;
  const rest = w.participants - w.reported;
  return w.reported >= SMALL_COUNT && toWorkOrStudies >= SMALL_COUNT && w.reported - toWorkOrStudies >= SMALL_COUNT && !(rest > 0 && rest < SMALL_COUNT);
}

/**
 * Are a förbund-year's situation sums shown to those who do not see it exactly? Its cells are unknown
 * alike to the public and to every other förbund's editors; its own editors see it exact.
 */
function forbundSituationShown(cells: readonly OutcomeCell[]): boolean {
  return situationPartSafe(cells.filter(situationWithheld)) && add(cells).reported >= SMALL_COUNT;
}

/**
 * One förbund's sums of one year (Forbund.keyFigures): participants by the protectAreaSums rule (no sum
 * of participants per förbund tells more than its projects' pages, as before issue 15), the situation
 * sums audited (forbundSituationShown), which lets a förbund show its share although some of its
 * project years withhold their own. Exact for its own editors and national_admin.
 */
export function protectForbundSums(cells: readonly OutcomeCell[], exact: boolean): OutcomeSums {
  const t = add(cells);
  const participants = protectAreaSums(cells, [], exact).participants.total;
  const situationShown = exact || forbundSituationShown(cells);
  const shown = (n: number) => (situationShown ? n : null);
  return withShare(
    {
      participants,
      situationReported: shown(t.reported),
      work: null,
      studies: null,
      jobSeeking: null,
      other: null,
      toWorkOrStudies: shown(t.work + t.studies),
      suppressed: !exact && (participants === null || !situationShown),
    },
    exact,
  );
}

/**
 * The nation's sums of one year (keyFigures without lan, keyFigureTrend). Participants are exactly the
 * total that projectStatistics shows for the year (protectAggregates over the same projects and target
 * groups), so the two answers never disagree or combine into more. The situation sums (reported, and to
 * work or studies) are audited against the pages and the förbund's sums: for the public and for each
 * förbund's editors (who know their own project years exactly), the cells whose situation is withheld
 * from them, and of those the ones of förbund whose own sums are withheld, must each pass
 * situationPartSafe. The individual four counts are not published nationally. Exact for national_admin.
 */
export function protectNationalSums(cells: readonly OutcomeCell[], exact: boolean): OutcomeSums {
  const t = add(cells);
  const groups = [...new Set(cells.flatMap((c) => c.targetGroups))].sort();
  const participants = protectAggregates(
    cells.map((c) => ({ targetGroups: c.targetGroups, forbundId: c.forbundId, participants: c.participants, women: c.women, men: c.men })),
    groups,
    exact,
  ).participants.total;
  const withheld = cells.filter(situationWithheld);
  // The förbund whose own sums show (Forbund.keyFigures): the nation minus theirs gives the rest's.
  const byForbund = new Map<string, OutcomeCell[]>();
  for (const c of cells) {
    const own = byForbund.get(c.forbundId);
    if (own) own.push(c);
    else byForbund.set(c.forbundId, [c]);
  }
  const forbundShown = new Set([...byForbund].filter(([, own]) => forbundSituationShown(own)).map(([id]) => id));
  const insiders = [undefined, ...new Set(withheld.map((c) => c.forbundId))];
  const leaks = insiders.some((insider) => {
    const unknown = withheld.filter((c) => c.forbundId !== insider);
    return !situationPartSafe(unknown) || !situationPartSafe(unknown.filter((c) => !forbundShown.has(c.forbundId)));
  });
  const situationShown = exact || (!leaks && t.reported >= SMALL_COUNT);
  const shown = (n: number) => (situationShown ? n : null);
  return withShare(
    {
      participants,
      situationReported: shown(t.reported),
      work: null,
      studies: null,
      jobSeeking: null,
      other: null,
      toWorkOrStudies: shown(t.work + t.studies),
      suppressed: !exact && (participants === null || !situationShown),
    },
    exact,
  );
}
