import { builder } from '../builder.ts';
import { checkFunding, loadFundingYear, type FundingCheck } from '../data/funding-store.ts';
import { ForbundRef } from './forbund.ts';
import { ContributionRef, FundingYearRef, PartyKindAmountRef, StatutorySharesRef } from './funding-year.ts';
import { FundingYearInput } from './inputs.ts';

const FundingCheckRef = builder.objectRef<FundingCheck>('FundingCheck').implement({
  description:
    "A funding year checked as reportFunding would check it, without saving it: the lines as they would be saved, their sums and the shares of Lag (2003:1210), 17 §, and what is saved for that year now.",
  fields: (t) => ({
    forbund: t.field({ type: ForbundRef, description: 'The förbund the report is for.', resolve: (c) => ({ id: c.forbundId }) }),
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    total: t.field({ type: 'Kronor', description: 'Sum of the contribution lines, in whole kronor.', resolve: (c) => c.total }),
    budgetedTotal: t.field({
      type: 'Kronor',
      nullable: true,
      description: 'The total as budgeted, where given. When the lines do not add up to it, statutoryShares says so.',
      resolve: (c) => c.budgetedTotal,
    }),
    contributions: t.field({ type: [ContributionRef], description: 'The lines as reportFunding would save them (party names trimmed), in the order given.', resolve: (c) => c.contributions }),
    byPartyKind: t.field({ type: [PartyKindAmountRef], description: 'All four party kinds in enum order, with amount and share (0 where none).', resolve: (c) => c.byPartyKind }),
    statutoryShares: t.field({
      type: StatutorySharesRef,
      description: 'The shares checked against 17 §, exactly as FundingYear.statutoryShares will read once the report is saved.',
      resolve: (c) => c.statutoryShares,
    }),
    reported: t.field({
      type: FundingYearRef,
      nullable: true,
      description: 'The report saved for this förbund and year now, which saving would replace; null when there is none.',
      resolve: (c, _args, ctx) => loadFundingYear(ctx, c.forbundId, c.year),
    }),
  }),
});

builder.queryFields((t) => ({
  // A query, not a `dryRun` argument on reportFunding: a check writes nothing, so it is a read. As a
  // read it never bumps the gateway's response-cache generations (a mutation through the gateway
  // evicts every cached answer of the subgraph it writes), it may be retried freely, and a client
  // cannot save by forgetting an argument.
  fundingCheck: t.field({
    type: FundingCheckRef,
    description:
      "Checks a förbund's funding for a year as reportFunding would (the same validation, the same registry facts, the same 17 § check) and saves nothing (its editor or national_admin). Shares that break 17 § are not an error: statutoryShares lists them, as after saving.",
    authScopes: (_root, args) => ({ editorOf: String(args.forbundId) }),
    args: {
      forbundId: t.arg.id({ required: true, description: 'The förbund, e.g. "sodertalje-nykvarn".' }),
      input: t.arg({ type: FundingYearInput, required: true, description: 'The report as it would be given to reportFunding.' }),
    },
    resolve: (_root, { forbundId, input }, ctx) => checkFunding(String(forbundId), input, ctx.identity),
  }),
}));
