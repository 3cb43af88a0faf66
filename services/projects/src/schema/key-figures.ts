import { entityCacheHint, FIGURES_MAX_AGE, figuresCache, inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import type { OutcomeSums } from '../data/outcome-rules.ts';
import { areaKeyFigures, forbundKeyFigures, type ForbundKeyFigures } from '../data/outcomes-store.ts';
import { ShareIntervalRef } from './outcomes.ts';
import { ForbundRef } from './refs.ts';

/**
 * Key figures (issue 15). This subgraph owns the entity KeyFigures @key(fields: "forbundId year") and
 * answers what comes from projects (participants, situations, the share and its interval); the funding
 * subgraph adds fundingTotal and costPerParticipant to the same entity, with @requires(fields:
 * "participants"), so the gateway plans the join and no subgraph asks another mid-read (issue 12).
 */
export const KeyFiguresRef = builder.objectRef<ForbundKeyFigures>('KeyFigures').implement({
  description:
    "One förbund's key figures in one year, over its PUBLISHED projects: participants, where they went after the insats, and (from its funding) the cost per participant. Participants are counted per project and year: a person in two projects counts twice. Small counts are withheld for the public and other förbund's editors, and so is every figure from which a withheld one follows by subtraction: participants unless every project's page shows its own, the situation sums when the project years withheld on their pages are one, or add up to a small count. Its own editors and national_admin see everything exact.",
  fields: (t) => ({
    forbundId: t.exposeID('forbundId', { description: 'The förbund, e.g. "sodertalje-nykvarn".' }),
    year: t.exposeInt('year', { description: 'Calendar year.' }),
    forbund: t.field({ type: ForbundRef, directives: inheritCache, description: 'The förbund.', resolve: (k) => ({ id: k.forbundId }) }),
    participants: t.exposeInt('participants', {
      nullable: true,
      description: "Participants of the year summed over the förbund's published projects (0 when none reported); null when withheld.",
    }),
    situationReported: t.exposeInt('situationReported', {
      nullable: true,
      description: 'Participants whose situation after the insats was reported (work, studies, job-seeking or other): the denominator of the share. Null when withheld.',
    }),
    toWorkOrStudies: t.exposeInt('toWorkOrStudies', { nullable: true, description: 'Of them, those who went to work or studies; null when withheld.' }),
    shareToWorkOrStudies: t.exposeFloat('shareToWorkOrStudies', {
      nullable: true,
      description:
        'toWorkOrStudies ÷ situationReported, 0 to 1; null when withheld (situationReported below 5) or nothing was reported. Always show shareInterval beside it: a förbund whose interval overlaps the national share cannot be called better or worse than the nation.',
    }),
    shareInterval: t.field({
      type: ShareIntervalRef,
      nullable: true,
      directives: inheritCache,
      description: 'The 95 % Wilson interval of shareToWorkOrStudies; null when the share is.',
      resolve: (k) => k.shareInterval,
    }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when a figure is withheld by small-count protection.' }),
  }),
});

builder.asEntity(KeyFiguresRef, {
  key: builder.selection<{ forbundId: string; year: number }>('forbundId year'),
  resolveReference: (ref, ctx, info) => {
    entityCacheHint(info, true, FIGURES_MAX_AGE);
    return forbundKeyFigures(ctx, ref.forbundId, ref.year);
  },
});

builder.objectField(ForbundRef, 'keyFigures', (t) =>
  t.field({
    type: KeyFiguresRef,
    // An outage of this subgraph nulls this field, not the förbund (issue 11, part 3).
    nullable: true,
    directives: figuresCache,
    description:
      "The förbund's key figures for a year: participants, share to work or studies with its interval, funding and cost per participant. Every förbund of a list is answered together (one statement per subgraph).",
    args: { year: t.arg.int({ required: true, description: 'Calendar year, 2004 to next year.' }) },
    resolve: (forbund, { year }, ctx) => forbundKeyFigures(ctx, forbund.id, year),
  }),
);

/**
 * The registry owns NationalKeyFigures (the nation or a län) and knows its förbund; this subgraph adds
 * the figures of their projects. Each field @requires the förbund ids, which the gateway fetches from
 * the registry first; the nation sums every published project whatever the ids (as projectStatistics).
 */
type Area = { areaCode: string; year: number; forbundIds?: unknown };
// Typed as a scalar: Pothos's selection types take any list or object for one that wants a sub-selection;
// the value is a list of ids, checked where it is read.
const requiresForbund = builder.selection<{ forbundIds?: string }>('forbundIds');
const sums = (area: Area, ctx: Parameters<typeof areaKeyFigures>[0]): Promise<OutcomeSums> =>
  areaKeyFigures(ctx, area.areaCode, area.year, Array.isArray(area.forbundIds) ? (area.forbundIds as string[]) : []);

builder
  .externalRef('NationalKeyFigures', builder.selection<{ areaCode: string; year: number }>('areaCode year'), (ref, _ctx, info) => {
    entityCacheHint(info, true, FIGURES_MAX_AGE);
    return ref as Area;
  })
  .implement({
    externalFields: (t) => ({ forbundIds: t.idList() }),
    fields: (t) => ({
      areaCode: t.exposeString('areaCode', { description: '"SE" for the nation, or the SCB länskod of the län, e.g. "01".' }),
      year: t.exposeInt('year', { description: 'Calendar year.' }),
      participants: t.int({
        nullable: true,
        requires: requiresForbund,
        description:
          "Participants of the year summed over the area's published projects (0 when none reported); null when withheld. The nation's is the total projectStatistics shows for the year.",
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).participants,
      }),
      situationReported: t.int({
        nullable: true,
        requires: requiresForbund,
        description: 'Participants whose situation after the insats was reported (work, studies, job-seeking or other): the denominator of the share. Null when withheld.',
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).situationReported,
      }),
      toWorkOrStudies: t.int({
        nullable: true,
        requires: requiresForbund,
        description: 'Of them, those who went to work or studies; null when withheld.',
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).toWorkOrStudies,
      }),
      shareToWorkOrStudies: t.float({
        nullable: true,
        requires: requiresForbund,
        description:
          'toWorkOrStudies ÷ situationReported, 0 to 1; null when withheld (situationReported below 5) or nothing was reported. Always show shareInterval beside it.',
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).shareToWorkOrStudies,
      }),
      shareInterval: t.field({
        type: ShareIntervalRef,
        nullable: true,
        requires: requiresForbund,
        directives: inheritCache,
        description: 'The 95 % Wilson interval of shareToWorkOrStudies; null when the share is.',
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).shareInterval,
      }),
      // Nullable, as every field this subgraph adds to another's entity: an outage of this subgraph nulls
      // its fields, not the registry's answer with the funding (issue 11, part 3).
      suppressed: t.boolean({
        nullable: true,
        requires: requiresForbund,
        description: 'True when a figure is withheld by small-count protection; null only when the projects subgraph is away.',
        resolve: async (area, _args, ctx) => (await sums(area, ctx)).suppressed,
      }),
    }),
  });
