import { figuresCache, inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { projectStatistics, type ProjectStatistics } from '../data/statistics-store.ts';
import { TargetGroupEnum } from './enums.ts';

const ParticipantTotals = builder.objectRef<ProjectStatistics['participants']>('ParticipantTotals').implement({
  description:
    "Participants summed over projects. Small counts are withheld for everyone but national_admin, and so is any sum that, with the other sums of the response and the projects' own figures, would give a withheld figure away.",
  directives: inheritCache,
  fields: (t) => ({
    total: t.exposeInt('total', {
      nullable: true,
      description: 'Participants reported for the year (0 when none reported); null when withheld (below 5, or it would give a withheld figure away).',
    }),
    women: t.exposeInt('women', { nullable: true, description: 'Women among them; null when withheld.' }),
    men: t.exposeInt('men', { nullable: true, description: 'Men among them; null when withheld.' }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True when a figure is withheld because it, or one derivable from it (total − women − men, or a difference with the target groups or the projects), is below 5 or withheld.',
    }),
  }),
});

const TargetGroupStatistics = builder.objectRef<ProjectStatistics['byTargetGroup'][number]>('TargetGroupStatistics').implement({
  description: 'Active projects and participants for one target group. A project with several target groups counts in each.',
  directives: inheritCache,
  fields: (t) => ({
    targetGroup: t.expose('targetGroup', { type: TargetGroupEnum, description: 'The target group.' }),
    activeProjects: t.exposeInt('activeProjects', { description: 'Published projects active in the year for this group.' }),
    participants: t.exposeInt('participants', {
      nullable: true,
      description: 'Their participants that year; null when withheld (below 5, or it would give a withheld figure away, e.g. total − this group).',
    }),
  }),
});

const ProjectStatisticsRef = builder.objectRef<ProjectStatistics>('ProjectStatistics').implement({
  description: 'The national follow-up of Finsam for one year, over PUBLISHED projects active in that year (drafts never count).',
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'Calendar year.' }),
    activeProjects: t.exposeInt('activeProjects', { description: 'Published projects whose period overlaps the year.' }),
    projectsReporting: t.exposeInt('projectsReporting', { description: 'How many of them reported participants for the year.' }),
    participants: t.field({ type: ParticipantTotals, description: 'Participants that year, summed.', resolve: (s) => s.participants }),
    byTargetGroup: t.field({
      type: [TargetGroupStatistics],
      description: 'Per target group with at least one active project, in the order of the TargetGroup enum.',
      resolve: (s) => s.byTargetGroup,
    }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  projectStatistics: t.field({
    nullable: true,
    type: ProjectStatisticsRef,
    description:
      'National statistics for a year, computed in SQL over published projects active in that year; with lan, only förbund of that län (as the registry says). Small counts are withheld except for national_admin.',
    // Published projects only, and the public's view the same for every public caller.
    directives: figuresCache,
    args: {
      year: t.arg.int({ required: true, description: 'Calendar year, from 2004.' }),
      lan: t.arg.string({ required: false, description: 'SCB länskod, e.g. "01".' }),
    },
    resolve: (_root, { year, lan }, ctx) => projectStatistics(year, lan, ctx.identity),
  }),
}));
