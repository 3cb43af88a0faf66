import { inheritCache, publicCache } from '@finsam/core';
import { builder } from '../builder.ts';
import type { ShareInterval } from '../data/outcome-rules.ts';
import { methodOutcomes, type MethodOutcomes } from '../data/outcomes-store.ts';
import { MethodRef } from './refs.ts';

/** The Wilson interval of a share (outcome-rules.ts wilsonInterval), used by every outcome figure. */
export const ShareIntervalRef = builder.objectRef<ShareInterval>('ShareInterval').implement({
  description:
    'The 95 % Wilson score interval of a share: with the same way of working and similar participants, the true share would lie within it in 95 cases of 100. Two shares whose intervals overlap cannot be told apart; a förbund or method whose interval contains the national share is neither better nor worse than the nation.',
  fields: (t) => ({
    low: t.exposeFloat('low', { description: 'Lower bound, 0 to 1.' }),
    high: t.exposeFloat('high', { description: 'Upper bound, 0 to 1.' }),
  }),
});

const MethodOutcomesRef = builder.objectRef<MethodOutcomes>('MethodOutcomes').implement({
  description:
    "Where the participants of a method's published projects went after the insats, summed over project years. A project year counts once for each method its project uses, and a person taking part in two projects (or in two years) counts in each: these are participations, not persons. Small counts are withheld for everyone but national_admin, and so is every sum whose project years are not all shown on the projects' own pages (otherwise two answers, e.g. two ranges of years, could be subtracted to reveal a withheld figure).",
  fields: (t) => ({
    fromYear: t.exposeInt('fromYear', { nullable: true, description: 'First year summed, as asked; null: from the first year.' }),
    toYear: t.exposeInt('toYear', { nullable: true, description: 'Last year summed, as asked; null: to the last year.' }),
    participants: t.exposeInt('participants', { nullable: true, description: 'Participants summed over the project years; null when withheld.' }),
    situationReported: t.exposeInt('situationReported', {
      nullable: true,
      description: 'Of them, those whose situation after the insats was reported (work + studies + jobSeeking + other): the denominator of the share. Null when withheld.',
    }),
    work: t.exposeInt('work', { nullable: true, description: 'Went to work; null when withheld.' }),
    studies: t.exposeInt('studies', { nullable: true, description: 'Went to studies; null when withheld.' }),
    jobSeeking: t.exposeInt('jobSeeking', { nullable: true, description: 'Went to job-seeking; null when withheld.' }),
    other: t.exposeInt('other', { nullable: true, description: 'Went somewhere else; null when withheld.' }),
    toWorkOrStudies: t.exposeInt('toWorkOrStudies', { nullable: true, description: 'work + studies; null when withheld.' }),
    shareToWorkOrStudies: t.exposeFloat('shareToWorkOrStudies', {
      nullable: true,
      description: 'toWorkOrStudies ÷ situationReported, 0 to 1; null when withheld (situationReported below 5) or nothing was reported. Read it with shareInterval.',
    }),
    shareInterval: t.field({
      type: ShareIntervalRef,
      nullable: true,
      directives: inheritCache,
      description: 'The 95 % Wilson interval of shareToWorkOrStudies; null when the share is.',
      resolve: (o) => o.shareInterval,
    }),
    projectCount: t.exposeInt('projectCount', {
      description: 'Published projects using the method whose period overlaps the years (all of them when no years are given).',
    }),
    forbundCount: t.exposeInt('forbundCount', { description: 'The förbund running those projects.' }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when a figure is withheld by small-count protection.' }),
  }),
});

builder.objectField(MethodRef, 'outcomes', (t) =>
  t.field({
    type: MethodOutcomesRef,
    // An outage of this subgraph nulls this field, not the method (issue 11, part 3).
    nullable: true,
    // The public's view is the same for every public caller: as cacheable as the method page.
    directives: publicCache,
    description:
      "Where the participants of the method's published projects went after the insats, in the years given (all years when omitted), across every förbund using it.",
    args: {
      fromYear: t.arg.int({ required: false, description: 'First calendar year, 2004 or later.' }),
      toYear: t.arg.int({ required: false, description: 'Last calendar year, at most next year.' }),
    },
    resolve: (method, { fromYear, toYear }, ctx) => methodOutcomes(ctx, method.id, { fromYear: fromYear ?? null, toYear: toYear ?? null }),
  }),
);
