import { entityCacheHint, FIGURES_MAX_AGE, NATION_AREA_CODE } from '@finsam/core';
import { builder } from '../builder.ts';
import { costPerParticipant, fundingTotal } from '../data/key-figures-store.ts';

/**
 * The projects subgraph owns KeyFigures (a förbund's key figures of a year); this subgraph adds what
 * its funding says. costPerParticipant @requires the participants as the projects subgraph showed them
 * to this caller, so a withheld count stays withheld here too (issue 15; the gateway plans the join,
 * issue 12). Resolving a reference needs no statement: the key is all the fields need.
 */
export const KeyFiguresRef = builder
  .externalRef('KeyFigures', builder.selection<{ forbundId: string; year: number }>('forbundId year'), (ref, _ctx, info) => {
    entityCacheHint(info, true, FIGURES_MAX_AGE);
    return ref;
  })
  .implement({
    externalFields: (t) => ({
      participants: t.int({ nullable: true }),
    }),
    fields: (t) => ({
      forbundId: t.exposeID('forbundId', { description: 'The förbund, e.g. "sodertalje-nykvarn".' }),
      year: t.exposeInt('year', { description: 'Calendar year.' }),
      fundingTotal: t.field({
        type: 'Kronor',
        nullable: true,
        description: "The förbund's funding of the year, all parties' contributions in whole kronor; null when the year is not reported.",
        resolve: (k, _args, ctx) => fundingTotal(ctx, [k.forbundId], k.year),
      }),
      costPerParticipant: t.field({
        type: 'Kronor',
        nullable: true,
        requires: builder.selection<{ participants?: number | null }>('participants'),
        description:
          'fundingTotal ÷ participants in whole kronor (rounded). The whole funding (structural work included) over all participants of the year: a rough figure for comparison, not the price of one insats. Null when either is missing or withheld.',
        resolve: async (k, _args, ctx) => costPerParticipant(await fundingTotal(ctx, [k.forbundId], k.year), k.participants),
      }),
    }),
  });

/**
 * The registry owns NationalKeyFigures (the nation or a län) and knows its förbund; this subgraph adds
 * their funding. fundingTotal @requires the förbund ids from the registry; costPerParticipant also the
 * participants that the projects subgraph showed this caller. The nation sums every report, as
 * fundingSummary does.
 */
type Area = { areaCode: string; year: number; forbundIds?: unknown; participants?: number | null };
const forbundOf = (area: Area): string[] | null =>
  area.areaCode === NATION_AREA_CODE ? null : Array.isArray(area.forbundIds) ? (area.forbundIds as string[]) : [];

builder
  .externalRef('NationalKeyFigures', builder.selection<{ areaCode: string; year: number }>('areaCode year'), (ref, _ctx, info) => {
    entityCacheHint(info, true, FIGURES_MAX_AGE);
    return ref as Area;
  })
  .implement({
    externalFields: (t) => ({ forbundIds: t.idList(), participants: t.int({ nullable: true }) }),
    fields: (t) => ({
      areaCode: t.exposeString('areaCode', { description: '"SE" for the nation, or the SCB länskod of the län, e.g. "01".' }),
      year: t.exposeInt('year', { description: 'Calendar year.' }),
      fundingTotal: t.field({
        type: 'Kronor',
        nullable: true,
        // Typed as a scalar: Pothos's selection types want a sub-selection for any list; it holds ids.
        requires: builder.selection<{ forbundIds?: string }>('forbundIds'),
        description: "The funding of the area's förbund in the year, all parties' contributions in whole kronor; null when none of them reported the year.",
        resolve: (area, _args, ctx) => fundingTotal(ctx, forbundOf(area), area.year),
      }),
      costPerParticipant: t.field({
        type: 'Kronor',
        nullable: true,
        requires: builder.selection<{ forbundIds?: string; participants?: number | null }>('forbundIds participants'),
        description:
          'fundingTotal ÷ participants in whole kronor (rounded): the whole funding (structural work included) over all participants of the year, a rough figure for comparison. Null when either is missing or withheld.',
        resolve: async (area, _args, ctx) => costPerParticipant(await fundingTotal(ctx, forbundOf(area), area.year), area.participants),
      }),
    }),
  });
