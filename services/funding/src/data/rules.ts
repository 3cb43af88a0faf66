import type { PartyKind } from '@finsam/core';

/**
 * The funding rules of Lag (2003:1210), 17 §: Försäkringskassan pays half of the förbund's means (the
 * state's half, Arbetsförmedlingen's part included: it is paid through Försäkringskassan), the region
 * or regions a quarter together, and the member kommuner a quarter together. Pure functions, so that
 * a test reaches them without a database or HTTP (STYLE.md §3).
 *
 * The hub reports deviations and never refuses them: real budgets deviate (seed 001's 2006 figures do
 * not add up), and a register that hid them would be wrong.
 */

export const PARTY_KINDS: readonly PartyKind[] = ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN'];

export interface ContributionLine {
  partyKind: PartyKind;
  partyName: string;
  /** SCB kommunkod; null on a line for all member kommuner together, and on every other kind. */
  kommunCode: string | null;
  amount: bigint;
}

export interface Accounts {
  costs: bigint;
  result: bigint;
  equity: bigint;
}

export interface FundingYearRecord {
  id: number;
  forbundId: string;
  year: number;
  budgetedTotal: bigint | null;
  source: string | null;
  reportedAt: Date;
  contributions: ContributionLine[];
  accounts: Accounts | null;
}

export interface PartyKindAmount {
  partyKind: PartyKind;
  amount: bigint;
  /** Fraction of the total (0.5 = half); 0 when the total is 0. */
  share: number;
}

export interface StatutoryShares {
  compliant: boolean;
  stateShare: number;
  regionShare: number;
  kommunShare: number;
  deviations: string[];
}

export interface FundingYearView extends FundingYearRecord {
  total: bigint;
  byPartyKind: PartyKindAmount[];
  statutoryShares: StatutoryShares;
  equity: bigint | null;
  equityRatio: number | null;
}

/** Tolerance for rounding in a budget: half a percentage point, i.e. 1/200 of the total. */
export const TOLERANCE_PERCENTAGE_POINTS = 0.5;

const LAW = '17 § lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser';

export function sumAmounts(amounts: Iterable<bigint>): bigint {
  let total = 0n;
  for (const amount of amounts) total += amount;
  return total;
}

export function share(amount: bigint, total: bigint): number {
  return total === 0n ? 0 : Number(amount) / Number(total);
}

/** "21 200 000 kronor": Swedish thousands separated by spaces. */
export function formatKronor(amount: bigint): string {
  const sign = amount < 0n ? '−' : '';
  const digits = (amount < 0n ? -amount : amount).toString();
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')} kronor`;
}

/** "50,94": a percentage with two decimals and a decimal comma. */
export function formatPercent(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/** Amounts per party kind, all four kinds in the enum's order, 0 where none. */
export function byPartyKind(lines: readonly { partyKind: PartyKind; amount: bigint }[]): PartyKindAmount[] {
  const total = sumAmounts(lines.map((l) => l.amount));
  return PARTY_KINDS.map((partyKind) => {
    const amount = sumAmounts(lines.filter((l) => l.partyKind === partyKind).map((l) => l.amount));
    return { partyKind, amount, share: share(amount, total) };
  });
}

interface Rule {
  label: string;
  /** The statutory share in quarters of the total. */
  quarters: bigint;
  kinds: PartyKind[];
}

const RULES: Rule[] = [
  { label: 'Statens andel (Försäkringskassan, med Arbetsförmedlingens del)', quarters: 2n, kinds: ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN'] },
  { label: 'Regionernas andel', quarters: 1n, kinds: ['REGION'] },
  { label: 'Kommunernas andel', quarters: 1n, kinds: ['KOMMUN'] },
];

/**
 * Checks the shares against 17 § and the contributions against the budgeted total. Outside tolerance
 * means |amount/total − quarters/4| > 1/200, decided in exact integer arithmetic:
 * 50·|4·amount − quarters·total| > total.
 */
export function statutoryShares(lines: readonly ContributionLine[], budgetedTotal: bigint | null): StatutoryShares {
  const total = sumAmounts(lines.map((l) => l.amount));
  const amounts = RULES.map((rule) => sumAmounts(lines.filter((l) => rule.kinds.includes(l.partyKind)).map((l) => l.amount)));
  const deviations: string[] = [];
  if (budgetedTotal !== null && budgetedTotal !== total) {
    const difference = total - budgetedTotal;
    deviations.push(
      `Bidragen summerar till ${formatKronor(total)} men den budgeterade totalen är ${formatKronor(budgetedTotal)}; ` +
        `skillnad ${formatKronor(difference < 0n ? -difference : difference)}.`,
    );
  }
  if (total === 0n) {
    deviations.push(`Bidragen summerar till 0 kronor, så andelarna enligt ${LAW} kan inte prövas.`);
  } else {
    RULES.forEach((rule, i) => {
      const amount = amounts[i]!;
      const gap = 4n * amount - rule.quarters * total;
      if (50n * (gap < 0n ? -gap : gap) > total) {
        const actual = share(amount, total) * 100;
        const target = Number(rule.quarters) * 25;
        deviations.push(
          `${rule.label} är ${formatPercent(actual)} % men ska vara ${target} % enligt ${LAW}; ` +
            `avvikelse ${formatPercent(Math.abs(actual - target))} procentenheter.`,
        );
      }
    });
  }
  return {
    compliant: deviations.length === 0,
    stateShare: share(amounts[0]!, total),
    regionShare: share(amounts[1]!, total),
    kommunShare: share(amounts[2]!, total),
    deviations,
  };
}

/** The sums and the 17 § check of a year's lines: what a saved year and an unsaved check both answer. */
export interface FundingShares {
  total: bigint;
  budgetedTotal: bigint | null;
  byPartyKind: PartyKindAmount[];
  statutoryShares: StatutoryShares;
}

/**
 * The one place the shares of a year's lines are worked out, for a saved year (describeFundingYear)
 * and for a check before saving (Query.fundingCheck) alike, so the two can never disagree.
 */
export function fundingShares(lines: readonly ContributionLine[], budgetedTotal: bigint | null): FundingShares {
  return {
    total: sumAmounts(lines.map((c) => c.amount)),
    budgetedTotal,
    byPartyKind: byPartyKind(lines),
    statutoryShares: statutoryShares(lines, budgetedTotal),
  };
}

/** Everything the API says about a funding year, derived from what was reported. */
export function describeFundingYear(record: FundingYearRecord): FundingYearView {
  const { total, byPartyKind, statutoryShares } = fundingShares(record.contributions, record.budgetedTotal);
  const equity = record.accounts?.equity ?? null;
  return {
    ...record,
    total,
    byPartyKind,
    statutoryShares,
    equity,
    // Eget kapital as a fraction of the year's contributions; undefined without accounts or money.
    equityRatio: equity === null || total === 0n ? null : Number(equity) / Number(total),
  };
}
