import { fail, isPlausibleYear, TargetGroup, yearRange, type Identity } from '@finsam/core';
import { db } from './db.ts';
import { forbundIdsInLan } from './remote.ts';
import { protectAggregates, protectAreaSums, type ProtectedTotals, type ReportedProject } from './rules.ts';

/**
 * National statistics for the follow-up of Finsam ("Uppföljning Finsam"), computed in SQL over the
 * PUBLISHED projects active in a year: drafts count for no one, whoever asks.
 *
 * Small counts (issue 11, part 7): the national answer's sums (total, women, men, each target group)
 * are protected together with every project's own figures by rules.ts protectAggregates, so no
 * combination of them gives a withheld figure away. A län's answer shows only sums of figures the
 * projects' pages show (rules.ts protectAreaSums), so it adds nothing to the national answer and the
 * pages, and no combination across answers leaks either. The per-förbund view publishes no sum of
 * participants (Forbund.projects lists projects, each with its own protected figures, and counts
 * projects), so there is nothing more to protect there.
 */

export interface ProjectStatistics {
  year: number;
  activeProjects: number;
  /** Active projects that reported participation for the year. */
  projectsReporting: number;
  participants: ProtectedTotals;
  byTargetGroup: { targetGroup: TargetGroup; activeProjects: number; participants: number | null }[];
}

interface StatisticsRow {
  target_group: TargetGroup | null;
  active_projects: number;
  projects_reporting: number;
  /**
   * On the totals row only: every reporting project's own figures. The sums are added up from these in
   * rules.ts (protectAggregates), which must know each project's part to decide what the sums may show.
   */
  reported: ReportedProject<TargetGroup>[] | null;
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
  const order = Object.keys(TargetGroup);
  // One statement: the totals (target_group NULL) with every reporting project's figures, and one row
  // per target group, by unnest of the project's target groups.
  const rows = await db().$queryRaw<StatisticsRow[]>`
    /* projectStatistics */
    WITH active AS (
      SELECT p.id, p.forbund_id, p.target_groups, pa.participants, pa.women, pa.men
      FROM projects.project p
      LEFT JOIN projects.participation pa ON pa.project_id = p.id AND pa.year = ${year}
      WHERE p.published
        AND p.starts_on <= ${end}::date AND (p.ends_on IS NULL OR p.ends_on >= ${start}::date)
        AND (${forbundIds}::text[] IS NULL OR p.forbund_id = ANY(${forbundIds}::text[]))
    )
    SELECT NULL::text AS target_group, count(*)::int AS active_projects, count(participants)::int AS projects_reporting,
           coalesce(json_agg(json_build_object('targetGroups', target_groups, 'forbundId', forbund_id, 'participants', participants, 'women', women, 'men', men))
             FILTER (WHERE participants IS NOT NULL), '[]'::json) AS reported
    FROM active
    UNION ALL
    SELECT tg::text, count(*)::int, count(participants)::int, NULL::json
    FROM active, unnest(target_groups) AS tg
    GROUP BY tg`;
  const totals = rows.find((r) => r.target_group === null)!;
  const groups = rows
    .filter((r): r is StatisticsRow & { target_group: TargetGroup } => r.target_group !== null)
    .sort((a, b) => order.indexOf(a.target_group) - order.indexOf(b.target_group));
  const shown = (lan == null ? protectAggregates : protectAreaSums)(
    totals.reported ?? [],
    groups.map((r) => r.target_group),
    seesExactStatistics(identity),
  );
  return {
    year,
    activeProjects: totals.active_projects,
    projectsReporting: totals.projects_reporting,
    participants: shown.participants,
    byTargetGroup: groups.map((r, i) => ({ targetGroup: r.target_group, activeProjects: r.active_projects, participants: shown.byTargetGroup[i]!.participants })),
  };
}
