import { PartyKind, ProjectKind, ProjectStatus, TargetGroup } from '@finsam/core';
import { builder } from '../builder.ts';

// The contract's enums with core's value descriptions; type descriptions match the other subgraphs'
// word for word (registry: PartyKind, method library: TargetGroup), as composition requires.

export const PartyKindEnum = builder.enumType('PartyKind', {
  description: 'The kinds of authority that form a samordningsförbund together (Lag 2003:1210, 1 §).',
  values: PartyKind,
});

export const ProjectKindEnum = builder.enumType('ProjectKind', {
  description: 'Inriktning, as in the national follow-up of Finsam.',
  values: ProjectKind,
});

export const ProjectStatusEnum = builder.enumType('ProjectStatus', {
  description: "Where a project stands; it agrees with its dates.",
  values: ProjectStatus,
});

export const TargetGroupEnum = builder.enumType('TargetGroup', {
  description: 'Who a method or project is for, as in the national follow-up of Finsam.',
  values: TargetGroup,
});

export const PeriodPrecisionEnum = builder.enumType('PeriodPrecision', {
  description: "How precisely a project's period is known: sources often give only a month or a year.",
  values: {
    DAY: { description: 'startsOn and endsOn are the days stated.' },
    MONTH: { description: 'Only the months are known: the period runs from the first day of the first month to the last day of the last.' },
    YEAR: { description: 'Only the years are known: the period runs from 1 January of the first year to 31 December of the last.' },
  } as const,
});
