import { actorOf, entityCacheHint, FIGURES_MAX_AGE, figuresCache, inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { assertYear, assertYearRange, loadFundingHistory, loadFundingYear, parseBasis, reportFunding } from '../data/funding-store.ts';
import { FundingYearRef } from './funding-year.ts';
import { FundingBasisInput, FundingYearInput } from './inputs.ts';

/**
 * The registry's Forbund, extended with its funding. Resolving a reference needs no statement: the key
 * is all the funding fields need, and they load through per-request loaders keyed by förbund and year.
 * Descriptions of Forbund and its id as the registry's, so that composition has nothing to reconcile.
 */
export const ForbundRef = builder
  .externalRef('Forbund', builder.selection<{ id: string }>('id'), (ref, _ctx, info) => {
    // Funding is public (no drafts): reported figures are everyone's to see, for FIGURES_MAX_AGE.
    entityCacheHint(info, true, FIGURES_MAX_AGE);
    return { id: ref.id };
  })
  .implement({
  description:
    'A samordningsförbund: Försäkringskassan, Arbetsförmedlingen, a region and one or more kommuner pooling money for coordinated rehabilitation under Lag (2003:1210).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "sodertalje-nykvarn". Unchanged by renames.' }),
    funding: t.field({
      type: FundingYearRef,
      nullable: true,
      description: 'The funding of one year as reported; null when nothing is reported for that year.',
      directives: figuresCache,
      args: { year: t.arg.int({ required: true, description: 'Calendar year, 2004 to next year.' }) },
      resolve: (forbund, { year }, ctx) => {
        assertYear(year);
        return loadFundingYear(ctx, forbund.id, year);
      },
    }),
    // An outage of this subgraph nulls this field, not its parent (issue 11, part 3).
    fundingHistory: t.field({
      nullable: true,
      type: [FundingYearRef],
      description: 'The years with reported funding in a range, ascending; years without data are left out.',
      directives: figuresCache,
      args: {
        fromYear: t.arg.int({ required: true, description: 'First calendar year, 2004 or later.' }),
        toYear: t.arg.int({ required: true, description: 'Last calendar year, at most next year.' }),
      },
      resolve: (forbund, { fromYear, toYear }, ctx) => {
        assertYearRange(fromYear, toYear);
        return loadFundingHistory(ctx, forbund.id, fromYear, toYear);
      },
    }),
  }),
});

builder.objectField(FundingYearRef, 'forbund', (t) =>
  t.field({ type: ForbundRef, directives: inheritCache, description: 'The förbund funded.', resolve: (fy) => ({ id: fy.forbundId }) }),
);

builder.mutationFields((t) => ({
  reportFunding: t.field({
    type: FundingYearRef,
    description:
      "Reports a förbund's funding for a year, replacing any earlier report of that year (its editor or national_admin). Shares that break 17 § are accepted and shown in statutoryShares.",
    authScopes: (_root, args) => ({ editorOf: String(args.forbundId) }),
    args: {
      forbundId: t.arg.id({ required: true, description: 'The förbund, e.g. "sodertalje-nykvarn".' }),
      input: t.arg({ type: FundingYearInput, required: true }),
      basis: t.arg({
        type: FundingBasisInput,
        required: false,
        description: 'The report this one was made from, as read; when given, a report saved by someone else in between is answered with CONFLICT instead of being replaced. Omitted: no such check.',
      }),
    },
    resolve: (_root, { forbundId, input, basis }, ctx) => reportFunding(String(forbundId), input, ctx.identity, actorOf(ctx.identity), parseBasis(basis)),
  }),
}));
