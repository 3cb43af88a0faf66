import { CONTRACT_ENUMS } from '@finsam/core';
import { builder } from '../builder.ts';

export const PartyKindEnum = builder.enumType('PartyKind', CONTRACT_ENUMS.PartyKind);

export const BoardRoleEnum = builder.enumType('BoardRole', {
  description: 'A seat on the förbundsstyrelse.',
  values: {
    LEDAMOT: { description: 'Ordinary member (ledamot).' },
    ERSATTARE: { description: 'Substitute (ersättare).' },
  },
});

export const BoardOfficerEnum = builder.enumType('BoardOfficer', {
  description: "An officer of the förbund's board.",
  values: {
    CHAIR: { description: 'Ordförande.' },
    VICE_CHAIR: { description: 'Vice ordförande.' },
  },
});
