import { fail, isPlausibleYear, TargetGroup, yearRange, type Identity } from '@finsam/core';
import { db } from './db.ts';
import { forbundIdsInLan } from './remote.ts';
import { protectCount, protectFigures, type ProtectedFigures } from './rules.ts';

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
           coalesce(sum(participants), 0)::int AS participants, coalesce(sum(women), 0)::int AS women, coalesce(sum(men), 0)::int AS men
    FROM active
    UNION ALL
    SELECT tg::text, count(*)::int, count(participants)::int, coalesce(sum(participants), 0)::int, coalesce(sum(women), 0)::int, coalesce(sum(men), 0)::int
    FROM active, unnest(target_groups) AS tg
    GROUP BY tg`;
  const exact = seesExactStatistics(identity);
  const totals = rows.find((r) => r.target_group === null)!;
  const protectedTotals: ProtectedFigures = protectFigures(totals, exact);
  const order = Object.keys(TargetGroup);
  return {
    year,
    activeProjects: totals.active_projects,
    projectsReporting: totals.projects_reporting,
    participants: { total: protectedTotals.participants, women: protectedTotals.women, men: protectedTotals.men, suppressed: protectedTotals.suppressed },
    byTargetGroup: rows
      .filter((r): r is StatisticsRow & { target_group: TargetGroup } => r.target_group !== null)
      .sort((a, b) => order.indexOf(a.target_group) - order.indexOf(b.target_group))
      .map((r) => ({ targetGroup: r.target_group, activeProjects: r.active_projects, participants: protectCount(r.participants, exact) })),
  };
}
