import { entityCacheHint, FIGURES_MAX_AGE, figuresCache, inheritCache, restrictCache, textLimit, today } from '@finsam/core';
import { builder } from '../builder.ts';
import {
  ageBandsOf,
  createProject,
  extrasFor,
  methodIdsLoader,
  participantCount,
  participationOf,
  projectLoader,
  publishProject,
  reportParticipation,
  updateProject,
  visibleProject,
} from '../data/project-store.ts';
import { PartyKindEnum, PeriodPrecisionEnum, ProjectKindEnum, ProjectStatusEnum, TargetGroupEnum } from './enums.ts';
import { ForbundRef, ParticipationYearRef, ProjectRef } from './refs.ts';
import type { ParticipationYear } from '../data/project-store.ts';
import { canSeeProject, currentStatus, type ProtectedAgeBands } from '../data/rules.ts';

const SituationAfterRef = builder.objectRef<NonNullable<ParticipationYear['situationAfter']>>('SituationAfter').implement({
  description:
    "Where a year's participants went after the insats, as the national follow-up asks. Withheld (null) for anyone but the förbund's editors and national_admin when any count, or the rest not stated, is below 5.",
  fields: (t) => ({
    work: t.exposeInt('work', { nullable: true, description: 'To work.' }),
    studies: t.exposeInt('studies', { nullable: true, description: 'To studies.' }),
    jobSeeking: t.exposeInt('jobSeeking', { nullable: true, description: 'To job-seeking.' }),
    other: t.exposeInt('other', { nullable: true, description: 'Somewhere else.' }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when the counts are withheld.' }),
  }),
});

const AgeBandCountRef = builder.objectRef<ProtectedAgeBands['bands'][number]>('AgeBandCount').implement({
  description: 'Participants of one age band.',
  fields: (t) => ({
    fromAge: t.exposeInt('fromAge', { description: 'Youngest age in the band.' }),
    toAge: t.exposeInt('toAge', { description: 'Oldest age in the band (inclusive).' }),
    participants: t.exposeInt('participants', { nullable: true, description: 'Participants of that age; null when withheld.' }),
  }),
});

const AgeBandsRef = builder.objectRef<ProtectedAgeBands>('AgeBands').implement({
  description:
    "A year's participants by age band, the bands as the förbund reported them. Withheld (null counts) for anyone but the förbund's editors and national_admin when any band, or the rest not stated (1 to 4), is below 5.",
  fields: (t) => ({
    bands: t.field({ type: [AgeBandCountRef], directives: inheritCache, description: 'The bands, youngest first.', resolve: (a) => a.bands }),
    suppressed: t.exposeBoolean('suppressed', { description: 'True when the counts are withheld.' }),
  }),
});

ParticipationYearRef.implement({
  description:
    "One year's participants of a project, in aggregate. For anyone but the förbund's editors and national_admin, small counts are withheld (null) so that no person can be singled out.",
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Calendar year.' }),
    participants: t.exposeInt('participants', { nullable: true, description: 'Participants that year; null when withheld (below 5).' }),
    women: t.exposeInt('women', { nullable: true, description: 'Women among them; null when withheld.' }),
    men: t.exposeInt('men', { nullable: true, description: 'Men among them; null when withheld. women + men may be below participants (other or not stated).' }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True when a figure is withheld: any of participants, women, men or the rest (participants − women − men) is below 5, so women and men (and participants, if below 5) are null.',
    }),
    ageBands: t.field({
      type: AgeBandsRef,
      directives: inheritCache,
      nullable: true,
      description: 'Participants by age band; null when not reported.',
      resolve: (y, _args, ctx) => ageBandsOf(ctx, y),
    }),
    situationAfter: t.field({
      type: SituationAfterRef,
      directives: inheritCache,
      nullable: true,
      description: 'Where participants went after the insats; null when not reported.',
      resolve: (y) => y.situationAfter,
    }),
  }),
});

ProjectRef.implement({
  description:
    'An insats of a förbund, as the national follow-up of Finsam ("Uppföljning Finsam", formerly SUS) records it: period, inriktning, target groups, the parties taking part, budget, outcome and participants per year. Drafts are seen only by their förbund\'s editors and national_admin.',
  // As cacheable as the field that returned it (Forbund.projects, Method.projects, project), each of
  // which holds only what the caller may see and makes a draft uncacheable.
  directives: inheritCache,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "pa-ratt-vag-halmstad".' }),
    version: t.exposeInt('version', { description: 'Starts at 1; every successful write adds one. Send it back as expectedVersion when you update.' }),
    title: t.exposeString('title', { description: 'The name of the insats.' }),
    summary: t.exposeString('summary', { nullable: true, description: 'What the insats does, in a few sentences.' }),
    kind: t.expose('kind', { type: ProjectKindEnum, description: 'Inriktning: individual-oriented or structural.' }),
    status: t.field({
      type: ProjectStatusEnum,
      description: 'Where the project stands today: CANCELLED when so decided, otherwise as its dates say (PLANNED, ONGOING, COMPLETED).',
      resolve: (p) => currentStatus(p, today()),
    }),
    startsOn: t.expose('startsOn', { type: 'Date', description: 'First day (of the month or year when periodPrecision says so).' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Last day (of the month or year when periodPrecision says so); null when no end is known.' }),
    periodPrecision: t.expose('periodPrecision', {
      type: PeriodPrecisionEnum,
      description: 'How precisely the period is known. MONTH or YEAR: the days in startsOn and endsOn are the bounds of that month or year, not stated days.',
    }),
    targetGroups: t.expose('targetGroups', { type: [TargetGroupEnum], description: 'The groups the insats is for.' }),
    partyKinds: t.expose('partyKinds', { type: [PartyKindEnum], description: 'The kinds of authority taking part: at least two.' }),
    budget: t.field({ type: 'Kronor', nullable: true, description: 'Budget in whole kronor, where stated.', resolve: (p) => p.budget }),
    outcome: t.exposeString('outcome', { nullable: true, description: 'What came of it, where known.' }),
    published: t.exposeBoolean('published', { description: 'False for a draft, which only its förbund\'s editors and national_admin see.' }),
    source: t.exposeString('source', { nullable: true, description: 'Where the facts come from: document title and date, or URL.' }),
    forbund: t.field({ type: ForbundRef, directives: inheritCache, description: 'The förbund running the project.', resolve: (p) => ({ id: p.forbundId }) }),
    // The keys only: Project.methods is the method library's, which alone says what the caller may see
    // of them (services/methods/src/schema/project.ts). Hidden from clients, who would otherwise see the
    // ids of withdrawn methods; the gateway fetches it for the method library (@requires), so that no
    // subgraph asks another during a read (issue 12, part 3).
    methodIds: t.idList({
      inaccessible: true,
      description: 'Ids of the methods the project links, whether or not the caller may see them; for the method library only.',
      resolve: (p, _args, ctx) => methodIdsLoader(ctx).load(p.id),
    }),
    participantCount: t.int({
      nullable: true,
      description: "That year's participants; null when not reported, or withheld because below 5.",
      args: { year: t.arg.int({ required: true, description: 'Calendar year.' }) },
      resolve: (p, { year }, ctx) => participantCount(ctx, p, year),
    }),
    participation: t.field({
      type: [ParticipationYearRef],
      directives: inheritCache,
      description: 'Participants per reported year, oldest first.',
      resolve: (p, _args, ctx) => participationOf(ctx, p),
    }),
  }),
});

builder.asEntity(ProjectRef, {
  key: builder.selection<{ id: string }>('id'),
  // A draft the caller may not see resolves to null, as if it did not exist.
  resolveReference: async (ref, ctx, info) => {
    const project = await visibleProject(ctx, ref.id, extrasFor(info));
    entityCacheHint(info, project?.published === true, FIGURES_MAX_AGE);
    return project;
  },
});

builder.queryFields((t) => ({
  project: t.field({
    type: ProjectRef,
    nullable: true,
    description: 'One project by id; null when there is none or it is a draft you may not see.',
    directives: figuresCache,
    args: { id: t.arg.id({ required: true, description: 'The project slug.' }) },
    resolve: async (_root, { id }, ctx, info) => {
      const project = await visibleProject(ctx, String(id), extrasFor(info));
      // A draft reaches only its editors and national_admin, whose answers are no-store anyway; null
      // (none, or a draft the public may not see) is the same for every public caller.
      if (project && !project.published) restrictCache(info, 0);
      return project;
    },
  }),
}));

// Inputs exactly as contract/types.graphql; fields added here are optional.

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  description: 'A new project, saved as a draft. Its status follows from its dates.',
  fields: (t) => ({
    forbundId: t.id({ required: true, description: 'The förbund running it; must exist and not be dissolved.' }),
    title: t.string({ required: true, description: 'The name of the insats; not empty.' }),
    summary: t.string({ required: false, description: 'What it does.', extensions: textLimit('prose') }),
    kind: t.field({ type: ProjectKindEnum, required: true, description: 'Inriktning.' }),
    startsOn: t.field({ type: 'Date', required: true, description: 'First day.' }),
    endsOn: t.field({ type: 'Date', required: false, description: 'Last day; never before startsOn.' }),
    targetGroups: t.field({ type: [TargetGroupEnum], required: true, description: 'At least one.' }),
    partyKinds: t.field({ type: [PartyKindEnum], required: true, description: 'The authorities taking part: at least two.' }),
    methodIds: t.idList({ required: false, description: 'Methods of the method library used; each must exist and be visible to you.' }),
    budget: t.field({ type: 'Kronor', required: false, description: 'Whole kronor, not negative.' }),
    periodPrecision: t.field({
      type: PeriodPrecisionEnum,
      required: false,
      description: 'How precisely the period is known (default DAY). MONTH/YEAR: give the first and last day of the month/year.',
    }),
  }),
});

const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Changes to a project: only what is given changes. A stale expectedVersion is a CONFLICT.',
  fields: (t) => ({
    expectedVersion: t.int({ required: true, description: "The project's version as you last read it." }),
    title: t.string({ required: false, description: 'New title; not empty.' }),
    summary: t.string({ required: false, description: 'New summary; null clears it.', extensions: textLimit('prose') }),
    status: t.field({ type: ProjectStatusEnum, required: false, description: 'New status; must agree with the dates.' }),
    startsOn: t.field({ type: 'Date', required: false, description: 'New first day.' }),
    endsOn: t.field({ type: 'Date', required: false, description: 'New last day; null clears it.' }),
    targetGroups: t.field({ type: [TargetGroupEnum], required: false, description: 'Replaces the target groups; at least one.' }),
    partyKinds: t.field({ type: [PartyKindEnum], required: false, description: 'Replaces the parties; at least two.' }),
    methodIds: t.idList({ required: false, description: 'Replaces the methods used.' }),
    budget: t.field({ type: 'Kronor', required: false, description: 'New budget; null clears it.' }),
    periodPrecision: t.field({ type: PeriodPrecisionEnum, required: false, description: 'New precision of the period.' }),
  }),
});

const SituationAfterInput = builder.inputType('SituationAfterInput', {
  description: 'Where participants went after the insats: four counts that together are at most participants.',
  fields: (t) => ({
    work: t.int({ required: true, description: 'To work.' }),
    studies: t.int({ required: true, description: 'To studies.' }),
    jobSeeking: t.int({ required: true, description: 'To job-seeking.' }),
    other: t.int({ required: true, description: 'Somewhere else.' }),
  }),
});

const AgeBandInput = builder.inputType('AgeBandInput', {
  description: 'Participants of one age band; the bands of a year never overlap.',
  fields: (t) => ({
    fromAge: t.int({ required: true, description: 'Youngest age in the band, 0 to 120.' }),
    toAge: t.int({ required: true, description: 'Oldest age in the band (inclusive), at least fromAge, at most 120.' }),
    participants: t.int({ required: true, description: 'Participants of that age.' }),
  }),
});

const ParticipationInput = builder.inputType('ParticipationInput', {
  description: "One year's participants, in aggregate.",
  fields: (t) => ({
    year: t.int({ required: true, description: "A plausible year within the project's period." }),
    participants: t.int({ required: true, description: 'Participants that year; not negative.' }),
    women: t.int({ required: true, description: 'Women among them.' }),
    men: t.int({ required: true, description: 'Men among them; women + men may be below participants (other / not stated).' }),
    situationAfter: t.field({ type: SituationAfterInput, required: false, description: 'Optional: where participants went after the insats.' }),
    ageBands: t.field({
      type: [AgeBandInput],
      required: false,
      description: 'Optional: participants by age band, together at most participants. Replaces the year\'s earlier bands.',
    }),
  }),
});

/** For mutations naming a project: its förbund's editors and national_admin (looked up through the loader). */
const editorOfProject = async (_root: unknown, args: { id?: string | number; projectId?: string | number }, ctx: Parameters<typeof projectLoader>[0]) => {
  const project = await projectLoader(ctx).load(String(args.id ?? args.projectId));
  // A project the caller cannot see (unknown, or another förbund's draft): let any editor through, so
  // that the resolver answers NOT_FOUND for both alike and a draft's existence is not given away.
  return project && canSeeProject(ctx.identity, project) ? { editorOf: project.forbundId } : { editor: true };
};

builder.mutationFields((t) => ({
  createProject: t.field({
    type: ProjectRef,
    description: "Creates a project as a draft (version 1) for the förbund: its editors, or national_admin.",
    authScopes: (_root, args) => ({ editorOf: String(args.input.forbundId) }),
    args: { input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createProject({ ...input, forbundId: String(input.forbundId), methodIds: input.methodIds?.map(String) }, ctx.identity),
  }),
  updateProject: t.field({
    type: ProjectRef,
    description: 'Changes a project (its förbund\'s editors, national_admin). expectedVersion must be current, or CONFLICT with extensions.currentVersion.',
    authScopes: editorOfProject,
    args: { id: t.arg.id({ required: true, description: 'The project.' }), input: t.arg({ type: UpdateProjectInput, required: true }) },
    resolve: (_root, { id, input }, ctx) => updateProject(String(id), { ...input, methodIds: input.methodIds?.map(String) }, ctx.identity),
  }),
  publishProject: t.field({
    type: ProjectRef,
    description: 'Publishes a draft, making it visible to everyone (its förbund\'s editors, national_admin).',
    authScopes: editorOfProject,
    args: { id: t.arg.id({ required: true, description: 'The project.' }) },
    resolve: (_root, { id }, ctx) => publishProject(String(id), ctx.identity),
  }),
  reportParticipation: t.field({
    type: ParticipationYearRef,
    description: "Reports one year's participants (idempotent per project and year; a second report replaces the first). Answers the exact figures.",
    authScopes: editorOfProject,
    args: { projectId: t.arg.id({ required: true, description: 'The project.' }), input: t.arg({ type: ParticipationInput, required: true }) },
    resolve: (_root, { projectId, input }, ctx) => reportParticipation(String(projectId), input, ctx.identity),
  }),
}));

