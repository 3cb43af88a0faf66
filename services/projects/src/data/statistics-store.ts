import { fail, isPlausibleYear, TargetGroup, yearRange, type Identity } from '@finsam/core';
import { db } from './db.ts';
import { forbundIdsInLan } from './remote.ts';
import { protectCount, protectFigures, SMALL_COUNT, type ProtectedFigures } from './rules.ts';

/**
 * National statistics for the follow-up of Finsam ("Uppföljning Finsam"), computed in SQL over the
 * PUBLISHED projects active in a year: drafts count for no one, whoever asks.
 */

export interface ProjectStatistics {
  year: number;
  activeProjects: number;
  /** Active projects that reported participation for the year. */
  projectsReporting: number;
  participants: { total: number | null; women: number | null; men: number | null; suppressed: boolean };
  byTargetGroup: { targetGroup: TargetGroup; activeProjects: number; participants: number | null }[];
}

interface StatisticsRow {
  target_group: TargetGroup | null;
  active_projects: number;
  projects_reporting: number;
  participants: number;
  women: number;
  men: number;
  /** On the totals row only: every reporting project's own figures, for the differencing check. */
  reported: ReportedFigures[] | null;
}

interface ReportedFigures {
  targetGroups: TargetGroup[];
  participants: number;
  women: number;
  men: number;
}

/**
 * Could a sum give away figures that the projects' own pages withhold? The public sees each project's
 * figures through protectFigures; the sum minus the shown ones is the sum of the withheld ones. That is
 * one project's own figure when only one contributes, and a small count when it is below 5: either way
 * the sum is withheld too (issue 6: "any figure from which one below 5 could be derived by subtraction").
 */
export function revealsWithheld(parts: readonly { value: number; withheld: boolean }[]): boolean {
  const withheld = parts.filter((part) => part.withheld);
  return withheld.length === 1 || (withheld.length > 1 && withheld.reduce((sum, part) => sum + part.value, 0) < SMALL_COUNT);
}

/**
 * Only national_admin sees the exact national figures. Everyone else, förbund editors included, gets the
 * small-count protected view: a national sum over few projects could reveal another förbund's small counts.
 */
export function seesExactStatistics(identity: Identity): boolean {
  return identity.role === 'national_admin';
}

export async function projectStatistics(year: number, lan: string | null | undefined, identity: Identity): Promise<ProjectStatistics> {
  if (!isPlausibleYear(year)) throw fail.badInput(`${year} is not a plausible year (Lag 2003:1210 applies from 2004).`, 'year');
  // The registry owns which förbund work in a län; it is asked, never read (core querySubgraph).
  const forbundIds = lan == null ? null : await forbundIdsInLan(lan);
  const { start, end } = yearRange(year);
  // One statement: the totals (target_group NULL) and one row per target group, by unnest of the
  // project's target groups. A project without a report for the year adds 0 participants.
  const rows = await db().$queryRaw<StatisticsRow[]>`
    /* projectStatistics */
    WITH active AS (
      SELECT p.id, p.target_groups, pa.participants, pa.women, pa.men
      FROM projects.project p
      LEFT JOIN projects.participation pa ON pa.project_id = p.id AND pa.year = ${year}
      WHERE p.published
        AND p.starts_on <= ${end}::date AND (p.ends_on IS NULL OR p.ends_on >= ${start}::date)
        AND (${forbundIds}::text[] IS NULL OR p.forbund_id = ANY(${forbundIds}::text[]))
    )
    SELECT NULL::text AS target_group, count(*)::int AS active_projects, count(participants)::int AS projects_reporting,
           coalesce(sum(participants), 0)::int AS participants, coalesce(sum(women), 0)::int AS women, coalesce(sum(men), 0)::int AS men,
           coalesce(json_agg(json_build_object('targetGroups', target_groups, 'participants', participants, 'women', women, 'men', men))
             FILTER (WHERE participants IS NOT NULL), '[]'::json) AS reported
    FROM active
    UNION ALL
    SELECT tg::text, count(*)::int, count(participants)::int, coalesce(sum(participants), 0)::int, coalesce(sum(women), 0)::int, coalesce(sum(men), 0)::int,
           NULL::json
    FROM active, unnest(target_groups) AS tg
    GROUP BY tg`;
  const exact = seesExactStatistics(identity);
  const totals = rows.find((r) => r.target_group === null)!;
  const protectedTotals: ProtectedFigures = protectFigures(totals, exact);
  // Each reporting project as its own page shows it to the public, beside its exact figures.
  const projects = (totals.reported ?? []).map((figures) => ({ figures, shown: protectFigures(figures, false) }));
  const parts = (of: 'participants' | 'women' | 'men', inGroup?: TargetGroup) =>
    projects
      .filter((p) => inGroup === undefined || p.figures.targetGroups.includes(inGroup))
      .map((p) => ({ value: p.figures[of], withheld: p.shown[of] === null }));
  const withhold = (value: number | null, of: 'participants' | 'women' | 'men', inGroup?: TargetGroup) =>
    exact || value === null || !revealsWithheld(parts(of, inGroup)) ? value : null;
  const total = withhold(protectedTotals.participants, 'participants');
  const women = withhold(protectedTotals.women, 'women');
  const men = withhold(protectedTotals.men, 'men');
  const order = Object.keys(TargetGroup);
  return {
    year,
    activeProjects: totals.active_projects,
    projectsReporting: totals.projects_reporting,
    participants: {
      total,
      // Women and men stand or fall together, as in protectFigures.
      women: women === null || men === null ? null : women,
      men: women === null || men === null ? null : men,
      suppressed: protectedTotals.suppressed || total === null || women === null || men === null,
    },
    byTargetGroup: rows
      .filter((r): r is StatisticsRow & { target_group: TargetGroup } => r.target_group !== null)
      .sort((a, b) => order.indexOf(a.target_group) - order.indexOf(b.target_group))
      .map((r) => ({
        targetGroup: r.target_group,
        activeProjects: r.active_projects,
        participants: withhold(protectCount(r.participants, exact), 'participants', r.target_group),
      })),
  };
}
