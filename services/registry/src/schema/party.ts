import { publicCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { BoardOfficerEnum, BoardRoleEnum, PartyKindEnum } from './enums.ts';

export const PartyRef = builder.prismaObject('Party', {
  description: 'An authority that is, or was, a member of a samordningsförbund.',
  // Public reference data, as Forbund: cacheable for PUBLIC_MAX_AGE (core cache.ts).
  directives: publicCache,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id, e.g. "kommun-0181".' }),
    kind: t.expose('kind', { type: PartyKindEnum, description: 'Which of the four kinds of authority this is.' }),
    name: t.exposeString('name', {
      description: 'The name the sources give, e.g. "Länsarbetsnämnden i Stockholms län" for Arbetsförmedlingen before 2008.',
    }),
    kommun: t.relation('kommun', { nullable: true, description: 'For a KOMMUN party: which kommun.' }),
    lan: t.relation('lan', { nullable: true, description: 'For a REGION party: the län it serves.' }),
  }),
});

export const MembershipRef = builder.prismaObject('Membership', {
  description: "A party's membership of a förbund for a period. A party's periods in one förbund never overlap.",
  directives: publicCache,
  fields: (t) => ({
    party: t.relation('party', { description: 'The member authority.' }),
    joinedOn: t.expose('joinedOn', {
      type: 'Date',
      nullable: true,
      description: "When the party joined; null for a founding member whose date the sources do not give (from the förbund's start).",
    }),
    leftOn: t.expose('leftOn', { type: 'Date', nullable: true, description: 'When the party left; null while it is a member.' }),
    source: t.exposeString('source', { description: 'Where this fact comes from: document title and date, or URL.' }),
  }),
});

export const BoardSeatRef = builder.prismaObject('BoardSeat', {
  description: "One seat on a förbund's board (förbundsstyrelse), held on behalf of a member party.",
  directives: publicCache,
  fields: (t) => ({
    party: t.relation('party', { description: 'The member the seat represents.' }),
    role: t.expose('role', { type: BoardRoleEnum, description: 'Ordinary member or substitute.' }),
    officer: t.expose('officer', { type: BoardOfficerEnum, nullable: true, description: 'Chair or vice chair, where recorded.' }),
  }),
});

export const ForbundNameRef = builder.prismaObject('ForbundName', {
  description: 'A name a förbund has had, and when.',
  directives: publicCache,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name, with Swedish characters as written.' }),
    validFrom: t.expose('validFrom', { type: 'Date', nullable: true, description: 'First day of the name; null: from the start.' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true, description: 'Last day of the name; null: the current name.' }),
  }),
});
