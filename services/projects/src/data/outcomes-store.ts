import { createHash } from 'node:crypto';
import { fail, isPlausibleYear, NATION_AREA_CODE, type Context, type TargetGroup } from '@finsam/core';
import { Prisma } from '../generated/prisma/client.ts';
import { db } from './db.ts';
import { protectForbundSums, protectNationalSums, protectOutcomeSums, type OutcomeCell, type OutcomeSums } from './outcome-rules.ts';
import { seesExactFigures } from './rules.ts';
import { seesExactStatistics } from './statistics-store.ts';

/**
 * The SQL of outcomes and key figures (issue 15). Every read is a per-request loader: a list of 100
 * methods or förbund, or all 21 län, costs one statement, as one does (STYLE.md §4). Only PUBLISHED
 * projects count, whoever asks, as in projectStatistics.
 */

interface CellRow {
  projectId: string;
  forbundId: string;
  targetGroups: TargetGroup[];
  year: number;
  participants: number;
  women: number;
  men: number;
  work: number | null;
  studies: number | null;
  jobSeeking: number | null;
  other: number | null;
}

function cellOf(row: CellRow): OutcomeCell {
  const { work, studies, jobSeeking, other } = row;
  // The four counts are stored all or none (reportParticipation writes them together).
  const situation = work === null || studies === null || jobSeeking === null || other === null ? null : { work, studies, jobSeeking, other };
  return {
    projectId: row.projectId,
    forbundId: row.forbundId,
    year: row.year,
    targetGroups: row.targetGroups,
    participants: row.participants,
    women: row.women,
    men: row.men,
    situation,
  };
}

const CELL_COLUMNS = Prisma.sql`p.id AS "projectId", p.forbund_id AS "forbundId", p.target_groups::text[] AS "targetGroups", pa.year,
  pa.participants, pa.women, pa.men, pa.after_work AS work, pa.after_studies AS studies,
  pa.after_job_seeking AS "jobSeeking", pa.after_other AS other`;

// ---------------------------------------------------------------------------------------------
// Years
// ---------------------------------------------------------------------------------------------

export interface YearSpan {
  /** Null: from the first year. */
  fromYear: number | null;
  /** Null: to the last year. */
  toYear: number | null;
}

/** Refuses an implausible year, or a range that ends before it starts, naming the argument. */
export function assertYearSpan(span: YearSpan): void {
  for (const field of ['fromYear', 'toYear'] as const) {
    const year = span[field];
    if (year !== null && !isPlausibleYear(year)) {
      throw fail.badInput(`${field} ${year} is not a plausible year: from 2004 (Lag 2003:1210 in force) to next year.`, field);
    }
  }
  if (span.fromYear !== null && span.toYear !== null && span.fromYear > span.toYear) {
    throw fail.badInput(`fromYear ${span.fromYear} comes after toYear ${span.toYear}.`, 'fromYear');
  }
}

export function assertKeyFigureYear(year: number, field = 'year'): void {
  if (!isPlausibleYear(year)) throw fail.badInput(`${field} ${year} is not a plausible year: from 2004 (Lag 2003:1210 in force) to next year.`, field);
}

const within = (year: number, span: YearSpan) => (span.fromYear === null || year >= span.fromYear) && (span.toYear === null || year <= span.toYear);

// ---------------------------------------------------------------------------------------------
// Method.outcomes
// ---------------------------------------------------------------------------------------------

export interface MethodOutcomes extends OutcomeSums {
  fromYear: number | null;
  toYear: number | null;
  /** Published projects linked to the method whose period overlaps the years (all of them without years). */
  projectCount: number;
  /** The förbund running them. */
  forbundCount: number;
}

interface MethodProjectRow {
  methodId: string;
  projectId: string;
  forbundId: string;
  targetGroups: TargetGroup[];
  firstYear: number;
  lastYear: number | null;
  cells: Omit<CellRow, 'projectId' | 'forbundId' | 'targetGroups'>[];
}

/**
 * What a Method field asks of its method's PUBLISHED projects: Method.usedBy the förbund running them,
 * Method.outcomes the projects with their participation years of a span. usedBy and outcomes are
 * siblings on the method page, so they share one loader and one statement (issue 12, part 3: at most
 * two per subgraph fetch, and Method.projects takes the other): with outcomes asked, the förbund come
 * from the same rows, not from a second read of project_method. A key is `use|<id>` (usedBy) or
 * `outcomes|<from>|<to>|<id>`, the years empty when open.
 */
interface MethodUse {
  /** The förbund whose published projects use the method, each once, in the database's order of ids. */
  forbundIds: string[];
  /** Published projects using the method, for an outcomes key only: overlapping its span, with its years' cells. */
  projects: MethodProjectRow[];
}

function methodUseLoader(ctx: Context) {
  return ctx.loaders.get<string, MethodUse>('projects.methodUse', async (keys) => {
    const parsed = keys.map((key) => {
      const [kind, ...rest] = key.split('|');
      if (kind === 'use') return { id: rest.join('|'), span: null };
      const [from, to, ...id] = rest;
      return { id: id.join('|'), span: { fromYear: from ? Number(from) : null, toYear: to ? Number(to) : null } as YearSpan };
    });
    const ids = [...new Set(parsed.map((k) => k.id))];
    const spans = parsed.flatMap((k) => (k.span ? [k.span] : []));
    if (spans.length === 0) {
      // usedBy alone (the method library, MethodPage): the distinct förbund, not every project.
      const rows = await db().$queryRaw<{ methodId: string; forbundId: string }[]>`
        /* methodUsedBy */
        SELECT DISTINCT pm.method_id AS "methodId", p.forbund_id AS "forbundId"
        FROM projects.project_method pm JOIN projects.project p ON p.id = pm.project_id
        WHERE p.published AND pm.method_id = ANY(${ids}::text[])
        ORDER BY pm.method_id, p.forbund_id`;
      return parsed.map((k) => ({ forbundIds: rows.filter((r) => r.methodId === k.id).map((r) => r.forbundId), projects: [] }));
    }
    const outcomeIds = [...new Set(parsed.filter((k) => k.span).map((k) => k.id))];
    const min = spans.some((s) => s.fromYear === null) ? 0 : Math.min(...spans.map((s) => s.fromYear!));
    const max = spans.some((s) => s.toYear === null) ? 9999 : Math.max(...spans.map((s) => s.toYear!));
    // One statement for every method and span of the request: each linked published project once per
    // method (whence usedBy too), with its participation years of the widest span for the methods whose
    // outcomes are asked; each key then takes its own projects and years.
    const rows = await db().$queryRaw<MethodProjectRow[]>`
      /* methodOutcomes */
      SELECT pm.method_id AS "methodId", p.id AS "projectId", p.forbund_id AS "forbundId", p.target_groups::text[] AS "targetGroups",
             extract(year FROM p.starts_on)::int AS "firstYear", extract(year FROM p.ends_on)::int AS "lastYear",
             coalesce(json_agg(json_build_object('year', pa.year, 'participants', pa.participants, 'women', pa.women, 'men', pa.men,
               'work', pa.after_work, 'studies', pa.after_studies, 'jobSeeking', pa.after_job_seeking, 'other', pa.after_other) ORDER BY pa.year)
               FILTER (WHERE pa.id IS NOT NULL), '[]'::json) AS cells
      FROM projects.project_method pm
      JOIN projects.project p ON p.id = pm.project_id
      LEFT JOIN projects.participation pa ON pa.project_id = p.id AND pm.method_id = ANY(${outcomeIds}::text[])
        AND pa.year BETWEEN ${min}::int AND ${max}::int
      WHERE p.published AND pm.method_id = ANY(${ids}::text[])
      GROUP BY pm.method_id, p.id
      ORDER BY pm.method_id, p.forbund_id, p.id`;
    return parsed.map(({ id, span }) => {
      const own = rows.filter((r) => r.methodId === id);
      const forbundIds = [...new Set(own.map((r) => r.forbundId))];
      if (!span) return { forbundIds, projects: [] };
      // A project counts when its period overlaps the span (by calendar year, as every "active in" of the hub).
      const projects = own
        .filter((r) => (span.toYear === null || r.firstYear <= span.toYear) && (span.fromYear === null || r.lastYear === null || r.lastYear >= span.fromYear))
        .map((r) => ({ ...r, cells: r.cells.filter((c) => within(c.year, span)) }));
      return { forbundIds, projects };
    });
  });
}

/** The förbund whose PUBLISHED projects use the method, each once, by id (Method.usedBy). */
export async function methodUsedBy(ctx: Context, methodId: string): Promise<string[]> {
  return (await methodUseLoader(ctx).load(`use|${methodId}`)).forbundIds;
}

/** Where the participants of a method's published projects went after the insats, over a span of years. */
export async function methodOutcomes(ctx: Context, methodId: string, span: YearSpan): Promise<MethodOutcomes> {
  assertYearSpan(span);
  const { projects } = await methodUseLoader(ctx).load(`outcomes|${span.fromYear ?? ''}|${span.toYear ?? ''}|${methodId}`);
  const cells = projects.flatMap((r) => r.cells.map((c) => cellOf({ ...c, projectId: r.projectId, forbundId: r.forbundId, targetGroups: r.targetGroups })));
  return {
    ...protectOutcomeSums(cells, seesExactStatistics(ctx.identity)),
    fromYear: span.fromYear,
    toYear: span.toYear,
    projectCount: projects.length,
    forbundCount: new Set(projects.map((r) => r.forbundId)).size,
  };
}

// ---------------------------------------------------------------------------------------------
// Forbund.keyFigures
// ---------------------------------------------------------------------------------------------

export interface ForbundKeyFigures extends OutcomeSums {
  forbundId: string;
  year: number;
}

/**
 * One förbund's participants and outcomes in a year, over its published projects. Its own editors and
 * national_admin see them exactly (as they see its projects' pages); everyone else the protected view.
 */
export function forbundKeyFigures(ctx: Context, forbundId: string, year: number): Promise<ForbundKeyFigures> {
  assertKeyFigureYear(year);
  const loader = ctx.loaders.get<string, ForbundKeyFigures>('projects.forbundKeyFigures', async (keys) => {
    const pairs = keys.map((key) => {
      const [id, y] = key.split('|');
      return { forbundId: id!, year: Number(y) };
    });
    const rows = await db().$queryRaw<CellRow[]>`
      /* forbundKeyFigures */
      SELECT ${CELL_COLUMNS}
      FROM projects.participation pa JOIN projects.project p ON p.id = pa.project_id
      WHERE p.published
        AND (p.forbund_id, pa.year) IN (SELECT * FROM unnest(${pairs.map((p) => p.forbundId)}::text[], ${pairs.map((p) => p.year)}::int[]))`;
    const cells = rows.map(cellOf);
    return pairs.map((pair) => ({
      ...protectForbundSums(
        cells.filter((c) => c.forbundId === pair.forbundId && c.year === pair.year),
        seesExactFigures(ctx.identity, pair.forbundId),
      ),
      ...pair,
    }));
  });
  return loader.load(`${forbundId}|${year}`);
}

// ---------------------------------------------------------------------------------------------
// NationalKeyFigures: the nation or one län
// ---------------------------------------------------------------------------------------------

/**
 * The nation's audit of a year costs about 150 ms of CPU at national size (protectAggregates, as for
 * projectStatistics) and gives the same answer for the same project years: it is kept, keyed by a hash
 * of exactly those inputs, so a write (any changed figure, a publication) is a new key and nothing ever
 * needs evicting by hand. Bounded: the oldest of NATIONAL_MEMO_SIZE goes first.
 */
const NATIONAL_MEMO_SIZE = 64;
const nationalMemo = new Map<string, OutcomeSums>();

function nationalSums(cells: readonly OutcomeCell[], exact: boolean): OutcomeSums {
  const sorted = [...cells].sort((a, b) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : a.year - b.year));
  const key = createHash('sha256').update(JSON.stringify([exact, sorted])).digest('base64');
  const known = nationalMemo.get(key);
  if (known) return known;
  const sums = protectNationalSums(sorted, exact);
  nationalMemo.set(key, sums);
  if (nationalMemo.size > NATIONAL_MEMO_SIZE) nationalMemo.delete(nationalMemo.keys().next().value!);
  return sums;
}

/**
 * The figures of an area in a year: the nation (NATION_AREA_CODE) over every published project, or a län over the
 * projects of `forbundIds` (the registry's förbund of that län, given by the gateway through @requires).
 * One statement for every area and year of the request.
 */
export function areaKeyFigures(ctx: Context, areaCode: string, year: number, forbundIds: readonly string[]): Promise<OutcomeSums> {
  assertKeyFigureYear(year);
  const exact = seesExactStatistics(ctx.identity);
  const loader = ctx.loaders.get<string, OutcomeSums>('projects.areaKeyFigures', async (keys) => {
    const parsed = keys.map((key) => {
      const [area, y, ids] = key.split('|');
      return { area: area!, year: Number(y), forbundIds: new Set(ids ? ids.split(',') : []) };
    });
    const rows = await db().$queryRaw<CellRow[]>`
      /* areaKeyFigures */
      SELECT ${CELL_COLUMNS}
      FROM projects.participation pa JOIN projects.project p ON p.id = pa.project_id
      WHERE p.published AND pa.year = ANY(${[...new Set(parsed.map((k) => k.year))]}::int[])
        -- The projects projectStatistics counts in the year: active in it (statistics-store.ts). A period
        -- shortened after participation was reported leaves rows outside it, which neither counts, so the
        -- nation's participants and projectStatistics' total stay one figure.
        AND p.starts_on <= make_date(pa.year, 12, 31) AND (p.ends_on IS NULL OR p.ends_on >= make_date(pa.year, 1, 1))`;
    const cells = rows.map(cellOf);
    return parsed.map((key) => {
      const ofYear = cells.filter((c) => c.year === key.year);
      return key.area === NATION_AREA_CODE ? nationalSums(ofYear, exact) : protectOutcomeSums(ofYear.filter((c) => key.forbundIds.has(c.forbundId)), exact);
    });
  });
  return loader.load(`${areaCode}|${year}|${[...forbundIds].sort().join(',')}`);
}
