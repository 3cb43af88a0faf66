import { currentYear, fail, isPlausibleYear, pageSize, querySubgraph, type Context, type Identity, type PartyKind } from '@finsam/core';
import { Prisma } from '../generated/prisma/client.ts';
import { db } from './db.ts';
import { describeFundingYear, fundingShares, PARTY_KINDS, share, sumAmounts, type Accounts, type ContributionLine, type FundingYearRecord, type FundingShares, type FundingYearView, type PartyKindAmount } from './rules.ts';

/**
 * Reads and writes of funding years. All SQL of the funding subgraph lives here; the rules of 17 § live
 * in rules.ts. Named raw SQL carries a comment, so logs read like the code (STYLE.md §5).
 */

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

interface FundingYearRow {
  id: number;
  forbundId: string;
  year: number;
  budgetedTotal: bigint | null;
  source: string | null;
  reportedAt: Date;
  costs: bigint | null;
  result: bigint | null;
  equity: bigint | null;
  contributions: { partyKind: PartyKind; partyName: string; kommunCode: string | null; amount: string }[];
}

/**
 * Funding years with their lines and accounts in one statement. Amounts travel through JSON as text,
 * so none is rounded on the way (bigint past 2^53 would be).
 */
async function selectFundingYears(where: Prisma.Sql): Promise<FundingYearRecord[]> {
  const rows = await db().$queryRaw<FundingYearRow[]>`/* fundingYears */
    SELECT fy.id, fy.forbund_id AS "forbundId", fy.year, fy.budgeted_total AS "budgetedTotal", fy.source,
      fy.reported_at AS "reportedAt", a.costs, a.result, a.equity,
      coalesce((
        SELECT json_agg(json_build_object('partyKind', c.party_kind, 'partyName', c.party_name,
                 'kommunCode', c.kommun_code, 'amount', c.amount::text) ORDER BY c.party_kind, c.id)
        FROM funding.contribution c WHERE c.funding_year_id = fy.id
      ), '[]'::json) AS contributions
    FROM funding.funding_year fy
    LEFT JOIN funding.annual_accounts a ON a.funding_year_id = fy.id
    WHERE ${where}
    ORDER BY fy.forbund_id, fy.year`;
  return rows.map(parseFundingYear);
}

function parseFundingYear(row: FundingYearRow): FundingYearRecord {
  return {
    id: row.id,
    forbundId: row.forbundId,
    year: row.year,
    budgetedTotal: row.budgetedTotal === null ? null : BigInt(row.budgetedTotal),
    source: row.source,
    reportedAt: row.reportedAt,
    contributions: row.contributions.map((c) => ({ partyKind: c.partyKind, partyName: c.partyName, kommunCode: c.kommunCode, amount: BigInt(c.amount) })),
    accounts: row.costs === null || row.result === null || row.equity === null ? null : { costs: BigInt(row.costs), result: BigInt(row.result), equity: BigInt(row.equity) },
  };
}

/** Refuses a year outside 2004 (Lag 2003:1210 in force) to next year. */
export function assertYear(year: number, field = 'year'): void {
  if (!isPlausibleYear(year)) throw fail.badInput(`Year ${year} is outside 2004 (when Lag 2003:1210 came into force) to next year.`, field);
}

export function assertYearRange(fromYear: number, toYear: number): void {
  assertYear(fromYear, 'fromYear');
  assertYear(toYear, 'toYear');
  if (fromYear > toYear) throw fail.badInput(`fromYear ${fromYear} comes after toYear ${toYear}.`, 'fromYear');
}

const yearKey = (forbundId: string, year: number) => `${forbundId}|${year}`;

/**
 * One förbund's funding in one year, batched per request: the key holds the year, so a comparison of
 * 100 förbund in one year (or several years, aliased) costs one statement.
 */
export function loadFundingYear(ctx: Context, forbundId: string, year: number): Promise<FundingYearView | null> {
  const loader = ctx.loaders.get<string, FundingYearView | null>('funding.year', async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const ids = pairs.map(([id]) => id!);
    const years = pairs.map(([, y]) => Number(y));
    const records = await selectFundingYears(
      Prisma.sql`(fy.forbund_id, fy.year) IN (SELECT * FROM unnest(${ids}::text[], ${years}::int[]))`,
    );
    const byKey = new Map(records.map((r) => [yearKey(r.forbundId, r.year), describeFundingYear(r)]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
  return loader.load(yearKey(forbundId, year));
}

/** The years with data in a range, ascending; batched over förbund and ranges (one statement). */
export function loadFundingHistory(ctx: Context, forbundId: string, fromYear: number, toYear: number): Promise<FundingYearView[]> {
  const loader = ctx.loaders.get<string, FundingYearView[]>('funding.history', async (keys) => {
    const parsed = keys.map((k) => {
      const [id, from, to] = k.split('|');
      return { id: id!, from: Number(from), to: Number(to) };
    });
    const ids = [...new Set(parsed.map((p) => p.id))];
    const min = Math.min(...parsed.map((p) => p.from));
    const max = Math.max(...parsed.map((p) => p.to));
    const records = (
      await selectFundingYears(Prisma.sql`fy.forbund_id = ANY(${ids}::text[]) AND fy.year BETWEEN ${min}::int AND ${max}::int`)
    ).map(describeFundingYear);
    return parsed.map((p) => records.filter((r) => r.forbundId === p.id && r.year >= p.from && r.year <= p.to));
  });
  return loader.load(`${forbundId}|${fromYear}|${toYear}`);
}

export interface FundingTrendYear {
  year: number;
  total: bigint;
  byPartyKind: PartyKindAmount[];
  forbundReporting: number;
}

/**
 * National sums per year and party kind, summed in SQL over bigint (numeric, cast back to bigint: exact
 * far past 2^31), one row per year and kind including zeros.
 */
export async function fundingTrend(fromYear: number, toYear: number): Promise<FundingTrendYear[]> {
  assertYearRange(fromYear, toYear);
  const rows = await db().$queryRaw<{ year: number; partyKind: PartyKind; amount: bigint; reporting: number }[]>`/* fundingTrend */
    WITH years AS (SELECT generate_series(${fromYear}::int, ${toYear}::int) AS year),
    kinds AS (SELECT unnest(enum_range(NULL::funding."PartyKind")) AS party_kind)
    SELECT y.year, k.party_kind::text AS "partyKind",
      coalesce(sum(c.amount), 0)::bigint AS amount,
      (SELECT count(*) FROM funding.funding_year r WHERE r.year = y.year)::int AS reporting
    FROM years y
    CROSS JOIN kinds k
    LEFT JOIN funding.funding_year fy ON fy.year = y.year
    LEFT JOIN funding.contribution c ON c.funding_year_id = fy.id AND c.party_kind = k.party_kind
    GROUP BY y.year, k.party_kind
    ORDER BY y.year, k.party_kind`;
  const result: FundingTrendYear[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const ofYear = rows.filter((r) => r.year === year);
    const amountOf = (kind: PartyKind) => BigInt(ofYear.find((r) => r.partyKind === kind)?.amount ?? 0n);
    const total = sumAmounts(PARTY_KINDS.map(amountOf));
    result.push({
      year,
      total,
      byPartyKind: PARTY_KINDS.map((partyKind) => ({ partyKind, amount: amountOf(partyKind), share: share(amountOf(partyKind), total) })),
      forbundReporting: ofYear[0]?.reporting ?? 0,
    });
  }
  return result;
}

export interface FundingSummary extends FundingTrendYear {
  /** Ids of the förbund whose report for the year deviates from 17 § or from its own budget. */
  nonCompliantForbundIds: string[];
}

export async function fundingSummary(year: number): Promise<FundingSummary> {
  assertYear(year);
  const [totals] = await fundingTrend(year, year);
  const records = await selectFundingYears(Prisma.sql`fy.year = ${year}::int`);
  const nonCompliantForbundIds = records
    .map(describeFundingYear)
    .filter((r) => !r.statutoryShares.compliant)
    .map((r) => r.forbundId);
  return { ...totals!, nonCompliantForbundIds };
}

export async function fundingAuditLog(forbundId: string | null | undefined, first: number | null | undefined) {
  const take = pageSize({ first }, { defaultSize: 50, coordinate: 'Query.fundingAuditLog' });
  return db().auditEntry.findMany({ where: forbundId ? { forbundId } : {}, orderBy: { id: 'desc' }, take });
}

// ---------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------

export interface ContributionInput {
  partyKind: PartyKind;
  partyName: string;
  kommunCode?: string | null;
  amount: bigint;
}

export interface FundingYearInput {
  year: number;
  budgetedTotal?: bigint | null;
  contributions: ContributionInput[];
  accounts?: Accounts | null;
  source?: string | null;
}

export interface ValidReport {
  year: number;
  budgetedTotal: bigint | null;
  contributions: ContributionLine[];
  accounts: Accounts | null;
  source: string | null;
}

const KOMMUN_CODE = /^\d{4}$/;

/**
 * Checks a report on its own (no database): a plausible year, at least one line, whole non-negative
 * kronor, named parties, and kommun codes only where they belong. Shares are NOT checked here: a
 * report that breaks 17 § is accepted and its deviations reported (statutoryShares).
 */
export function validateReport(input: FundingYearInput, now = new Date()): ValidReport {
  if (!isPlausibleYear(input.year, now)) {
    throw fail.badInput(`Year ${input.year} cannot be reported: it must lie between 2004 (Lag 2003:1210 in force) and next year.`, 'year');
  }
  if (input.contributions.length === 0) throw fail.badInput('A funding year needs at least one contribution.', 'contributions');
  if (input.budgetedTotal != null && input.budgetedTotal < 0n) throw fail.badInput('budgetedTotal cannot be negative.', 'budgetedTotal');
  const seen = new Set<string>();
  const contributions = input.contributions.map((line, i): ContributionLine => {
    const field = `contributions[${i}]`;
    const partyName = line.partyName.trim();
    if (!partyName) throw fail.badInput(`Contribution ${i + 1} has no partyName.`, `${field}.partyName`);
    if (line.amount < 0n) throw fail.badInput(`Contribution ${i + 1} (${partyName}) has a negative amount.`, `${field}.amount`);
    const kommunCode = line.kommunCode == null || line.kommunCode === '' ? null : line.kommunCode;
    if (kommunCode !== null) {
      if (line.partyKind !== 'KOMMUN') {
        throw fail.badInput(`Contribution ${i + 1} (${partyName}) is a ${line.partyKind} line: only KOMMUN lines name a kommun.`, `${field}.kommunCode`);
      }
      if (!KOMMUN_CODE.test(kommunCode)) {
        throw fail.badInput(`"${kommunCode}" is not a kommunkod: use four digits, e.g. "0181".`, `${field}.kommunCode`);
      }
      if (seen.has(kommunCode)) throw fail.badInput(`Kommun ${kommunCode} has more than one line.`, `${field}.kommunCode`);
      seen.add(kommunCode);
    }
    return { partyKind: line.partyKind, partyName, kommunCode, amount: line.amount };
  });
  const kommunLines = contributions.filter((c) => c.partyKind === 'KOMMUN');
  if (kommunLines.some((c) => c.kommunCode === null) && kommunLines.some((c) => c.kommunCode !== null)) {
    throw fail.badInput(
      'Give the kommuner either as one line for all of them together (no kommunCode) or one line per kommun, not both.',
      'contributions',
    );
  }
  const accounts = input.accounts ?? null;
  if (accounts && accounts.costs < 0n) throw fail.badInput('accounts.costs cannot be negative.', 'accounts.costs');
  // The årsredovisning closes a year: it comes within three months of the year's end, never before it.
  if (accounts && input.year >= currentYear(now)) {
    throw fail.badInput(`Annual accounts (årsredovisning) for ${input.year} can be reported once the year has ended.`, 'accounts');
  }
  const source = input.source?.trim() || null;
  return { year: input.year, budgetedTotal: input.budgetedTotal ?? null, contributions, accounts, source };
}

const FORBUND_KOMMUNER = 'query($id: ID!, $year: Int!) { forbund(id: $id) { id kommuner(year: $year) { code } } }';

/**
 * The registry's word on the förbund: it must exist, and a kommun line must name a kommun that was a
 * member at some time that year (the registry owns memberships; this subgraph never reads its tables).
 */
async function assertRegistryFacts(forbundId: string, report: ValidReport, identity: Identity): Promise<void> {
  const { forbund } = await querySubgraph<{ forbund: { id: string; kommuner: { code: string }[] } | null }>(
    'registry',
    FORBUND_KOMMUNER,
    { id: forbundId, year: report.year },
    identity,
  );
  if (!forbund) throw fail.notFound('Förbund', forbundId);
  const members = new Set(forbund.kommuner.map((k) => k.code));
  report.contributions.forEach((line, i) => {
    if (line.kommunCode !== null && !members.has(line.kommunCode)) {
      throw fail.rule(
        `Kommun ${line.kommunCode} was not a member of förbund "${forbundId}" in ${report.year} ` +
          `(members: ${[...members].sort().join(', ') || 'none'}); see contributions[${i}].`,
        'KOMMUN_NOT_MEMBER',
      );
    }
  });
}

function snapshot(report: { budgetedTotal: bigint | null; source: string | null; contributions: ContributionLine[]; accounts: Accounts | null }) {
  return {
    budgetedTotal: report.budgetedTotal === null ? null : Number(report.budgetedTotal),
    source: report.source,
    contributions: report.contributions.map((c) => ({ partyKind: c.partyKind, partyName: c.partyName, kommunCode: c.kommunCode, amount: Number(c.amount) })),
    accounts: report.accounts && { costs: Number(report.accounts.costs), result: Number(report.accounts.result), equity: Number(report.accounts.equity) },
  };
}

/**
 * Writes one förbund's year in one transaction, replacing any earlier report of that year (lines and
 * accounts), with an audit entry holding what was there before and what is there now.
 */
export async function writeFundingYear(forbundId: string, report: ValidReport, actor: string, basis?: FundingBasis): Promise<FundingYearView> {
  try {
    const record = await db().$transaction(async (tx) => {
      const where = { forbundId_year: { forbundId, year: report.year } };
      // Two reports of a year that exists take turns here: the second reads what the first wrote, so
      // its replacement (and its audit entry's "before") is whole, never one's lines with the other's accounts.
      await tx.$queryRaw`/* lockFundingYear */ SELECT id FROM funding.funding_year WHERE forbund_id = ${forbundId} AND year = ${report.year} FOR UPDATE`;
      const before = await tx.fundingYear.findUnique({ where, include: { contributions: { orderBy: { id: 'asc' } }, accounts: true } });
      if (basis && (before?.reportedAt.getTime() ?? null) !== basis.reportedAt) {
        const now = before ? `was reported again at ${before.reportedAt.toISOString()}` : 'has no report any more';
        throw fail.conflict(`Funding for "${forbundId}" ${report.year} ${now} since you read it; read it and report again.`, {
          currentReportedAt: before?.reportedAt.toISOString() ?? null,
        });
      }
      const data = { budgetedTotal: report.budgetedTotal, source: report.source, reportedBy: actor, reportedAt: new Date() };
      const row = before
        ? await tx.fundingYear.update({ where: { id: before.id }, data })
        : await tx.fundingYear.create({ data: { forbundId, year: report.year, ...data } });
      if (before) await tx.contribution.deleteMany({ where: { fundingYearId: row.id } });
      await tx.contribution.createMany({ data: report.contributions.map((c) => ({ fundingYearId: row.id, ...c })) });
      if (report.accounts) {
        await tx.annualAccounts.upsert({ where: { fundingYearId: row.id }, create: { fundingYearId: row.id, ...report.accounts }, update: report.accounts });
      } else {
        await tx.annualAccounts.deleteMany({ where: { fundingYearId: row.id } });
      }
      await tx.auditEntry.create({
        data: {
          actor,
          action: before ? 'replaceFunding' : 'reportFunding',
          forbundId,
          year: report.year,
          changes: {
            before: before ? snapshot(before) : null,
            after: snapshot(report),
          },
        },
      });
      return { id: row.id, forbundId, year: report.year, budgetedTotal: report.budgetedTotal, source: report.source, reportedAt: row.reportedAt, contributions: report.contributions, accounts: report.accounts };
    });
    return describeFundingYear(record);
  } catch (error) {
    // Two first reports of the same year at once: one wins, the other is told to read and retry.
    if ((error as { code?: unknown }).code === 'P2002') {
      throw fail.conflict(`Funding for "${forbundId}" ${report.year} was reported at the same moment by someone else; read it and report again.`);
    }
    throw error;
  }
}

/** A report validated on its own, then against the registry: what reportFunding writes and fundingCheck checks. */
async function acceptedReport(forbundId: string, input: FundingYearInput, identity: Identity): Promise<ValidReport> {
  const report = validateReport(input);
  await assertRegistryFacts(forbundId, report, identity);
  return report;
}

/**
 * The saved report an editor started from, so that reporting a year again cannot silently replace what
 * another editor saved in between (issue 13: "nothing is lost silently"). reportedAt (milliseconds,
 * timestamptz(3)) serves as the year's version: every report sets it anew.
 */
export interface FundingBasis {
  /** The reportedAt read, in epoch milliseconds; null when the year had no report. */
  reportedAt: number | null;
}

export function parseBasis(input: { reportedAt?: string | null } | null | undefined): FundingBasis | undefined {
  if (!input) return undefined;
  if (input.reportedAt == null || input.reportedAt === '') return { reportedAt: null };
  const at = Date.parse(input.reportedAt);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(input.reportedAt) || Number.isNaN(at)) {
    throw fail.badInput(`"${input.reportedAt}" is not a reportedAt as FundingYear gives it (ISO 8601, e.g. "2026-11-29T03:10:00.000Z").`, 'basis.reportedAt');
  }
  return { reportedAt: at };
}

/** reportFunding: validated on its own, then against the registry, then written in one transaction. */
export async function reportFunding(forbundId: string, input: FundingYearInput, identity: Identity, actor: string, basis?: FundingBasis): Promise<FundingYearView> {
  return writeFundingYear(forbundId, await acceptedReport(forbundId, input, identity), actor, basis);
}

export interface FundingCheck extends FundingShares {
  forbundId: string;
  year: number;
  contributions: ContributionLine[];
}

/**
 * fundingCheck: exactly reportFunding's validation and 17 § check, without the write. A report it
 * accepts, reportFunding accepts too (unless the registry changes in between), with the same shares.
 */
export async function checkFunding(forbundId: string, input: FundingYearInput, identity: Identity): Promise<FundingCheck> {
  const report = await acceptedReport(forbundId, input, identity);
  return { forbundId, year: report.year, contributions: report.contributions, ...fundingShares(report.contributions, report.budgetedTotal) };
}
