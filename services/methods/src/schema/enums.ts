import { EvidenceLevel, TargetGroup } from '@finsam/core';
import { builder } from '../builder.ts';

// Values and descriptions from @finsam/core: federation needs the same enum in every subgraph that
// uses it (the projects subgraph uses TargetGroup too).

export const TargetGroupEnum = builder.enumType('TargetGroup', {
  description: 'Who a method or project is for, as in the national follow-up of Finsam.',
  values: TargetGroup,
});

export const EvidenceLevelEnum = builder.enumType('EvidenceLevel', {
  description: "How well a method's effect is known, as method guides such as Socialstyrelsen's grade it.",
  values: EvidenceLevel,
});
