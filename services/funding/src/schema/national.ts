import { figuresCache, inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { fundingSummary, fundingTrend, type FundingSummary, type FundingTrendYear } from '../data/funding-store.ts';
import { ForbundRef } from './forbund.ts';
import { PartyKindAmountRef } from './funding-year.ts';

const FundingSummaryRef = builder.objectRef<FundingSummary>('FundingSummary').implement({
  description: 'The national funding of finansiell samordning in one year, summed over every förbund that reported.',
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    total: t.field({ type: 'Kronor', description: 'All contributions of the year, in whole kronor.', resolve: (s) => s.total }),
    byPartyKind: t.field({ type: [PartyKindAmountRef], description: 'All four party kinds in enum order, with amount and share.', resolve: (s) => s.byPartyKind }),
    forbundReporting: t.exposeInt('forbundReporting', { description: 'Förbund that reported funding for the year.' }),
    nonCompliantForbund: t.field({
      type: [ForbundRef],
      directives: inheritCache,
      description: 'Förbund whose report deviates from 17 § of Lag (2003:1210) or from its own budgeted total, by id.',
      resolve: (s) => s.nonCompliantForbundIds.map((id) => ({ id })),
    }),
  }),
});

const FundingTrendYearRef = builder.objectRef<FundingTrendYear>('FundingTrendYear').implement({
  description: 'The national funding of one year within a trend.',
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    total: t.field({ type: 'Kronor', description: 'All contributions of the year; 0 when none reported.', resolve: (y) => y.total }),
    byPartyKind: t.field({ type: [PartyKindAmountRef], description: 'All four party kinds in enum order, with amount and share.', resolve: (y) => y.byPartyKind }),
    forbundReporting: t.exposeInt('forbundReporting', { description: 'Förbund that reported funding for the year.' }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  fundingSummary: t.field({
    nullable: true,
    type: FundingSummaryRef,
    description: 'National funding in one year: totals per party kind, how many förbund reported, which deviate.',
    directives: figuresCache,
    args: { year: t.arg.int({ required: true, description: 'Calendar year, 2004 to next year.' }) },
    resolve: (_root, { year }) => fundingSummary(year),
  }),
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  fundingTrend: t.field({
    nullable: true,
    type: [FundingTrendYearRef],
    description: 'National funding per year over a range, one entry per year (zeros where nothing is reported).',
    directives: figuresCache,
    args: {
      fromYear: t.arg.int({ required: true, description: 'First calendar year, 2004 or later.' }),
      toYear: t.arg.int({ required: true, description: 'Last calendar year, at most next year.' }),
    },
    resolve: (_root, { fromYear, toYear }) => fundingTrend(fromYear, toYear),
  }),
}));
