import { fail, isPlausibleYear, NATION_AREA_CODE, type Context } from '@finsam/core';
import { db } from './db.ts';

/**
 * The areas of NationalKeyFigures (issue 15): the nation and each län, with the förbund whose figures
 * they sum. The registry owns which förbund works in which län; the projects and funding subgraphs get
 * the ids through @requires(fields: "forbundIds"), planned by the gateway, never by asking here.
 */

export interface Area {
  areaCode: string;
  year: number;
}

export interface LanForbund {
  code: string;
  name: string;
  forbundIds: string[];
}

/** All 21 län with their förbund, once per request, in one statement. */
export function lanForbund(ctx: Context): Promise<LanForbund[]> {
  const loader = ctx.loaders.get<string, LanForbund[]>('registry.lanForbund', async (keys) => {
    const rows = await db().$queryRaw<LanForbund[]>`/* lanForbund */
      SELECT l.code, l.name, coalesce(array_agg(f.id ORDER BY f.id) FILTER (WHERE f.id IS NOT NULL), '{}') AS "forbundIds"
      FROM registry.lan l LEFT JOIN registry.forbund f ON f.lan_code = l.code
      GROUP BY l.code, l.name
      ORDER BY l.code`;
    return keys.map(() => rows);
  });
  return loader.load('all');
}

/** The förbund of an area: every förbund for the nation, those of the län otherwise. */
export async function forbundIdsOf(ctx: Context, areaCode: string): Promise<string[]> {
  const lans = await lanForbund(ctx);
  if (areaCode === NATION_AREA_CODE) return lans.flatMap((l) => l.forbundIds).sort();
  return lans.find((l) => l.code === areaCode)?.forbundIds ?? [];
}

function assertYear(year: number, field: string): void {
  if (!isPlausibleYear(year)) throw fail.badInput(`${field} ${year} is outside 2004 (when Lag 2003:1210 came into force) to next year.`, field);
}

/** The area asked for: the nation without lan; a län by its länskod, refused when there is no such län. */
async function areaCodeOf(ctx: Context, lan: string | null | undefined): Promise<string> {
  if (lan == null) return NATION_AREA_CODE;
  if (!(await lanForbund(ctx)).some((l) => l.code === lan)) throw fail.badInput(`"${lan}" is not a länskod: give two digits, e.g. "01" for Stockholms län.`, 'lan');
  return lan;
}

export async function keyFigureArea(ctx: Context, year: number, lan: string | null | undefined): Promise<Area> {
  assertYear(year, 'year');
  return { areaCode: await areaCodeOf(ctx, lan), year };
}

export async function keyFigureTrendAreas(ctx: Context, fromYear: number, toYear: number, lan: string | null | undefined): Promise<Area[]> {
  assertYear(fromYear, 'fromYear');
  assertYear(toYear, 'toYear');
  if (fromYear > toYear) throw fail.badInput(`fromYear ${fromYear} comes after toYear ${toYear}.`, 'fromYear');
  const areaCode = await areaCodeOf(ctx, lan);
  return Array.from({ length: toYear - fromYear + 1 }, (_, i) => ({ areaCode, year: fromYear + i }));
}
