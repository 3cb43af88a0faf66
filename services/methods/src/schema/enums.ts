import { CONTRACT_ENUMS } from '@finsam/core';
import { builder } from '../builder.ts';

// Values and descriptions from @finsam/core: federation needs the same enum in every subgraph that
// uses it (the projects subgraph uses TargetGroup too).

export const TargetGroupEnum = builder.enumType('TargetGroup', CONTRACT_ENUMS.TargetGroup);

export const EvidenceLevelEnum = builder.enumType('EvidenceLevel', CONTRACT_ENUMS.EvidenceLevel);
