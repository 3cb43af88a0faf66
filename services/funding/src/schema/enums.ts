import { PartyKind } from '@finsam/core';
import { builder } from '../builder.ts';

// Same values and description as the registry's PartyKind: federation merges an enum used in inputs
// only when every subgraph defines it identically.
export const PartyKindEnum = builder.enumType('PartyKind', {
  description: 'The kinds of authority that form a samordningsförbund together (Lag 2003:1210, 1 §).',
  values: PartyKind,
});
