import { CONTRACT_ENUMS } from '@finsam/core';
import { builder } from '../builder.ts';

// The contract's enum, defined in core once for every subgraph (federation merges an enum used in inputs
// only when every subgraph defines it identically).
export const PartyKindEnum = builder.enumType('PartyKind', CONTRACT_ENUMS.PartyKind);
