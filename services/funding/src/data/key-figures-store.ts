import type { Context } from '@finsam/core';
import { db } from './db.ts';
import { assertYear } from './funding-store.ts';

/**
 * The funding part of the key figures (issue 15): each förbund's reported total for a year, and the
 * cost per participant. Participants come from the projects subgraph, handed over by the gateway
 * through @requires; this subgraph never asks for them itself.
 */

/**
 * Every förbund's total for the years asked in one request, in one statement: a comparison of all
 * förbund, or the nation and its 21 län, costs the same as one förbund. Summed as numeric and carried
 * as text, so no amount is rounded on the way (bigint past 2^53 would be).
 */
export function fundingTotalsOfYear(ctx: Context, year: number): Promise<Map<string, bigint>> {
  assertYear(year);
  const loader = ctx.loaders.get<number, Map<string, bigint>>('funding.totalsOfYear', async (years) => {
    const rows = await db().$queryRaw<{ forbundId: string; year: number; total: string }[]>`/* fundingTotalsOfYear */
      SELECT fy.forbund_id AS "forbundId", fy.year, coalesce(sum(c.amount), 0)::text AS total
      FROM funding.funding_year fy
      LEFT JOIN funding.contribution c ON c.funding_year_id = fy.id
      WHERE fy.year = ANY(${[...years]}::int[])
      GROUP BY fy.forbund_id, fy.year`;
    return years.map((y) => new Map(rows.filter((r) => r.year === y).map((r) => [r.forbundId, BigInt(r.total)])));
  });
  return loader.load(year);
}

/**
 * The funding of a set of förbund in a year: null when none of them reported the year; the nation
 * (`forbundIds` null) sums every report, as fundingSummary does.
 */
export async function fundingTotal(ctx: Context, forbundIds: readonly string[] | null, year: number): Promise<bigint | null> {
  const totals = await fundingTotalsOfYear(ctx, year);
  const reported = forbundIds === null ? [...totals.values()] : forbundIds.flatMap((id) => (totals.has(id) ? [totals.get(id)!] : []));
  return reported.length === 0 ? null : reported.reduce((sum, amount) => sum + amount, 0n);
}

/**
 * Funding ÷ participants in whole kronor, rounded half up. Null when either is unknown or withheld, or
 * there are no participants: a cost per participant beside a withheld count would give that count away.
 */
export function costPerParticipant(total: bigint | null, participants: number | null | undefined): bigint | null {
  if (total === null || participants == null || participants <= 0) return null;
  const n = BigInt(participants);
  return (2n * total + n) / (2n * n);
}
