import { db } from './db.ts';

export interface LanCoverageRow {
  code: string;
  name: string;
  kommunerTotal: number;
  kommunerCovered: number;
  forbundCount: number;
}

export interface CoverageRow {
  year: number;
  forbundCount: number;
  kommunerTotal: number;
  kommunerCovered: number;
  byLan: LanCoverageRow[];
}

/**
 * How much of Sweden finansiell samordning reached in a year: per län, the kommuner that were members
 * of an active förbund at some time that year. One statement; the national totals are the län sums
 * (a förbund belongs to one län).
 */
export async function coverage(year: number): Promise<CoverageRow> {
  const rows = await db().$queryRaw<
    { code: string; name: string; kommuner_total: number; kommuner_covered: number; forbund_count: number }[]
  >`/* coverage */
    WITH active_forbund AS (
      SELECT f.id, f.lan_code FROM registry.forbund f
      WHERE f.active_since_year <= ${year}
        AND (f.dissolved_on IS NULL OR f.dissolved_on >= make_date(${year}::int, 1, 1))
    ), covered AS (
      SELECT DISTINCT p.kommun_code
      FROM registry.membership m
      JOIN active_forbund af ON af.id = m.forbund_id
      JOIN registry.party p ON p.id = m.party_id
      WHERE p.kind = 'KOMMUN'
        AND (m.joined_on IS NULL OR m.joined_on <= make_date(${year}::int, 12, 31))
        AND (m.left_on IS NULL OR m.left_on >= make_date(${year}::int, 1, 1))
    )
    SELECT l.code, l.name,
      (SELECT count(*) FROM registry.kommun k WHERE k.lan_code = l.code)::int AS kommuner_total,
      (SELECT count(*) FROM registry.kommun k JOIN covered c ON c.kommun_code = k.code WHERE k.lan_code = l.code)::int AS kommuner_covered,
      (SELECT count(*) FROM active_forbund af WHERE af.lan_code = l.code)::int AS forbund_count
    FROM registry.lan l
    ORDER BY l.code`;
  const byLan = rows.map((r) => ({
    code: r.code,
    name: r.name,
    kommunerTotal: r.kommuner_total,
    kommunerCovered: r.kommuner_covered,
    forbundCount: r.forbund_count,
  }));
  const sum = (pick: (r: LanCoverageRow) => number) => byLan.reduce((total, r) => total + pick(r), 0);
  return {
    year,
    forbundCount: sum((r) => r.forbundCount),
    kommunerTotal: sum((r) => r.kommunerTotal),
    kommunerCovered: sum((r) => r.kommunerCovered),
    byLan,
  };
}
