import { inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import type { ContributionLine, FundingYearView, PartyKindAmount, StatutoryShares } from '../data/rules.ts';
import { PartyKindEnum } from './enums.ts';
import { KommunRef } from './kommun.ts';

export const PartyKindAmountRef = builder.objectRef<PartyKindAmount>('FundingByPartyKind').implement({
  description: 'What one kind of party paid, and its share of the total.',
  directives: inheritCache,
  fields: (t) => ({
    partyKind: t.field({ type: PartyKindEnum, description: 'The kind of party.', resolve: (row) => row.partyKind }),
    amount: t.field({ type: 'Kronor', description: 'Sum of the lines of this kind, in whole kronor; 0 where none.', resolve: (row) => row.amount }),
    share: t.exposeFloat('share', { description: 'Fraction of the total (0.5 = half); 0 when the total is 0.' }),
  }),
});

export const ContributionRef = builder.objectRef<ContributionLine>('Contribution').implement({
  description: "One line of a förbund's funding in a year: what a party (or all member kommuner together) pays.",
  directives: inheritCache,
  fields: (t) => ({
    partyKind: t.field({ type: PartyKindEnum, description: 'The kind of party paying.', resolve: (line) => line.partyKind }),
    partyName: t.exposeString('partyName', { description: 'The party as the budget names it, e.g. "Försäkringskassan i Stockholms län".' }),
    kommun: t.field({
      type: KommunRef,
      nullable: true,
      directives: inheritCache,
      description: 'The kommun of a line for one kommun; null on a line standing for all member kommuner together, and on other kinds.',
      resolve: (line) => (line.kommunCode === null ? null : { code: line.kommunCode }),
    }),
    amount: t.field({ type: 'Kronor', description: 'Whole kronor.', resolve: (line) => line.amount }),
  }),
});

export const StatutorySharesRef = builder.objectRef<StatutoryShares>('StatutoryShares').implement({
  description:
    'The shares checked against Lag (2003:1210), 17 §: the state (Försäkringskassan, Arbetsförmedlingen included) half, the regions a quarter together, the kommuner a quarter together, within 0.5 percentage points; and the contributions against the budgeted total.',
  directives: inheritCache,
  fields: (t) => ({
    compliant: t.exposeBoolean('compliant', { description: 'True when there are no deviations.' }),
    stateShare: t.exposeFloat('stateShare', { description: 'Försäkringskassan and Arbetsförmedlingen together, as a fraction of the total (should be 0.5).' }),
    regionShare: t.exposeFloat('regionShare', { description: 'The regions together, as a fraction of the total (should be 0.25).' }),
    kommunShare: t.exposeFloat('kommunShare', { description: 'The kommuner together, as a fraction of the total (should be 0.25).' }),
    deviations: t.exposeStringList('deviations', {
      description: 'One sentence (Swedish) per deviation, naming the rule and the numbers; empty when compliant.',
    }),
  }),
});

// The funding types say inheritCache: as cacheable as the field that returned them, which says how long
// (figuresCache on the public reads; fundingCheck, for editors only, says nothing and stays no-store).
export const FundingYearRef = builder.objectRef<FundingYearView>('FundingYear').implement({
  description: "A förbund's funding in one calendar year as reported: the contributions, the shares of Lag (2003:1210), 17 §, and the annual accounts where reported.",
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    total: t.field({ type: 'Kronor', description: 'Sum of the contribution lines, in whole kronor.', resolve: (fy) => fy.total }),
    budgetedTotal: t.field({
      type: 'Kronor',
      nullable: true,
      description: 'The total as budgeted, where given. When the lines do not add up to it, statutoryShares says so.',
      resolve: (fy) => fy.budgetedTotal,
    }),
    contributions: t.field({ type: [ContributionRef], description: 'The lines, by party kind in enum order, then as reported.', resolve: (fy) => fy.contributions }),
    byPartyKind: t.field({
      type: [PartyKindAmountRef],
      description: 'All four party kinds in enum order, with amount and share (0 where none).',
      resolve: (fy) => fy.byPartyKind,
    }),
    statutoryShares: t.field({ type: StatutorySharesRef, description: 'The shares checked against 17 §.', resolve: (fy) => fy.statutoryShares }),
    costs: t.field({ type: 'Kronor', nullable: true, description: 'Costs of the year from the årsredovisning; null until reported.', resolve: (fy) => fy.accounts?.costs ?? null }),
    result: t.field({
      type: 'Kronor',
      nullable: true,
      description: 'Result (årets resultat) from the årsredovisning, may be negative; null until reported.',
      resolve: (fy) => fy.accounts?.result ?? null,
    }),
    equity: t.field({ type: 'Kronor', nullable: true, description: 'Eget kapital at year end; null until the årsredovisning is reported.', resolve: (fy) => fy.equity }),
    equityRatio: t.float({
      nullable: true,
      description: "Equity as a fraction of that year's total contributions; null without accounts or when the total is 0.",
      resolve: (fy) => fy.equityRatio,
    }),
    source: t.exposeString('source', { nullable: true, description: 'The document behind the figures, where given.' }),
    reportedAt: t.string({ description: 'When the figures were last reported, as an ISO 8601 timestamp (UTC).', resolve: (fy) => fy.reportedAt.toISOString() }),
  }),
});
