import { CONTRACT_ENUMS } from '@finsam/core';
import { builder } from '../builder.ts';

// The contract's enums, defined in core once for every subgraph: composition requires them identical.

export const PartyKindEnum = builder.enumType('PartyKind', CONTRACT_ENUMS.PartyKind);

export const ProjectKindEnum = builder.enumType('ProjectKind', CONTRACT_ENUMS.ProjectKind);

export const ProjectStatusEnum = builder.enumType('ProjectStatus', CONTRACT_ENUMS.ProjectStatus);

export const TargetGroupEnum = builder.enumType('TargetGroup', CONTRACT_ENUMS.TargetGroup);

export const PeriodPrecisionEnum = builder.enumType('PeriodPrecision', {
  description: "How precisely a project's period is known: sources often give only a month or a year.",
  values: {
    DAY: { description: 'startsOn and endsOn are the days stated.' },
    MONTH: { description: 'Only the months are known: the period runs from the first day of the first month to the last day of the last.' },
    YEAR: { description: 'Only the years are known: the period runs from 1 January of the first year to 31 December of the last.' },
  } as const,
});
