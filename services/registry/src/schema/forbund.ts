import { actorOf, entityCacheHint, inheritCache, publicCache, textLimit, TEXT_LIMITS } from '@finsam/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.ts';
import { KommunRef } from './kommun.ts';
import { db } from '../data/db.ts';
import {
  addMembership,
  dissolveForbund,
  endMembership,
  forbundLoader,
  forbundWhere,
  membershipActive,
  NAMES_ORDER,
  nameInForce,
  registerForbund,
  renameForbund,
} from '../data/forbund-store.ts';
import { MemberInput, PartyInput } from './inputs.ts';

export const ForbundFilter = builder.inputType('ForbundFilter', {
  description: 'Narrows a list of förbund; every given condition must hold.',
  fields: (t) => ({
    activeIn: t.int({ required: false, description: 'Active at some time in this year (formed by then, not dissolved before it).' }),
    lan: t.string({ required: false, description: 'SCB länskod of the förbund, e.g. "01".' }),
    kommun: t.string({ required: false, description: 'SCB kommunkod of a kommun that is or was a member.' }),
    search: t.string({ required: false, description: `Part of any name the förbund has had, or of its id; case-insensitive; at most ${TEXT_LIMITS.text} characters.` }),
  }),
});

export const ForbundRef = builder.prismaObject('Forbund', {
  description:
    'A samordningsförbund: Försäkringskassan, Arbetsförmedlingen, a region and one or more kommuner pooling money for coordinated rehabilitation under Lag (2003:1210).',
  // Public reference data: cacheable for PUBLIC_MAX_AGE (core cache.ts), also through _entities.
  directives: publicCache,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "sodertalje-nykvarn". Unchanged by renames.' }),
    // Also resolved for förbund other subgraphs return (Method.usedBy, Project.forbund, ...): an outage of this
    // subgraph nulls this field, not the entity and its key (issue 11, part 3).
    name: t.string({
      nullable: true,
      description: 'The current name (for a dissolved förbund, its last name); with year, the name it had at the end of that year.',
      args: { year: t.arg.int({ required: false, description: 'Calendar year for a historical name.' }) },
      select: { names: { select: { name: true, validFrom: true, validTo: true }, orderBy: NAMES_ORDER } },
      resolve: (forbund, args) => nameInForce(forbund.names, args.year),
    }),
    orgNumber: t.exposeString('orgNumber', { nullable: true, description: 'Organisationsnummer, NNNNNN-NNNN, where known.' }),
    formedOn: t.expose('formedOn', { type: 'Date', nullable: true, description: 'The day the förbund was formed, where a source gives it.' }),
    activeSinceYear: t.exposeInt('activeSinceYear', {
      description: 'The first year the förbund is known to have been active: its formation year where the sources give it.',
    }),
    dissolvedOn: t.expose('dissolvedOn', { type: 'Date', nullable: true, description: 'The day the förbund was dissolved; null while active.' }),
    mergedInto: t.relation('mergedInto', { nullable: true, description: 'The förbund this one merged into, if it did.' }),
    nameHistory: t.relation('names', {
      description: 'Every name the förbund has had, oldest first.',
      query: { orderBy: NAMES_ORDER },
    }),
    // Also resolved for förbund other subgraphs return (Method.usedBy, Project.forbund, ...): an outage of this
    // subgraph nulls this field, not the entity and its key (issue 11, part 3).
    lan: t.relation('lan', { nullable: true, description: 'The län the förbund works in.' }),
    members: t.relation('memberships', {
      description: 'Memberships: every party that is or was a member, with its period. Pass activeIn for one year.',
      args: { activeIn: t.arg.int({ required: false, description: 'Only memberships that held at some time this year.' }) },
      query: (args) => ({
        where: args.activeIn == null ? {} : membershipActive(args.activeIn),
        orderBy: [{ party: { kind: 'asc' } }, { party: { name: 'asc' } }, { joinedOn: { sort: 'asc', nulls: 'first' } }],
      }),
    }),
    // Also resolved for förbund other subgraphs return (Method.usedBy, Project.forbund, ...): an outage of this
    // subgraph nulls this field, not the entity and its key (issue 11, part 3).
    kommuner: t.field({
      nullable: true,
      type: [KommunRef],
      description: 'The member kommuner at some time in the given year (default: today), by name.',
      args: { year: t.arg.int({ required: false, description: 'Calendar year; default today.' }) },
      select: (args) => ({
        memberships: {
          where: { ...membershipActive(args.year), party: { kind: 'KOMMUN' } },
          select: { party: { select: { kommun: true } } },
        },
      }),
      resolve: (forbund) => {
        const kommuner = forbund.memberships.flatMap((m) => (m.party.kommun ? [m.party.kommun] : []));
        return [...new Map(kommuner.map((k) => [k.code, k])).values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      },
    }),
    board: t.relation('boardSeats', {
      description: "The board's seats, per member party.",
      query: { orderBy: [{ party: { kind: 'asc' } }, { party: { name: 'asc' } }, { role: 'asc' }, { id: 'asc' }] },
    }),
    source: t.exposeString('source', { description: 'Where the facts come from: document title and date, or URL.' }),
  }),
});

builder.asEntity(ForbundRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx, info) => {
    entityCacheHint(info, true);
    return forbundLoader(ctx, queryFromInfo({ context: ctx, info, typeName: 'Forbund' })).load(ref.id);
  },
});

builder.queryFields((t) => ({
  forbund: t.prismaField({
    type: 'Forbund',
    nullable: true,
    description: 'One förbund by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The förbund slug, e.g. "sodertalje-nykvarn".' }) },
    resolve: (query, _root, { id }) => db().forbund.findUnique({ ...query, where: { id } }),
  }),
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  forbunds: t.prismaConnection(
    {
      nullable: true,
      type: 'Forbund',
      cursor: 'id',
      defaultSize: 20,
      description: 'Förbund, by id, as a Relay connection (at most 100 per page).',
      // Every förbund is public: a page of them is as cacheable as one.
      directives: publicCache,
      args: { filter: t.arg({ type: ForbundFilter, required: false }) },
      totalCount: (_parent, args) => db().forbund.count({ where: forbundWhere(args.filter) }),
      resolve: (query, _root, args) => db().forbund.findMany({ ...query, where: forbundWhere(args.filter), orderBy: { id: 'asc' } }),
    },
    { name: 'ForbundConnection', description: 'A page of förbund.', directives: inheritCache },
    { name: 'ForbundEdge', description: 'A förbund in a page.', directives: inheritCache },
  ),
}));

// Registry writes: national_admin only (issue "Who may read and write what"). Each is one transaction
// in the data layer that checks the rules of Lag (2003:1210) and writes an audit entry.

const RegisterForbundInput = builder.inputType('RegisterForbundInput', {
  description: 'A new förbund with its founding members.',
  fields: (t) => ({
    id: t.string({ required: true, description: 'Stable slug, lower-case ASCII words joined by hyphens.', extensions: textLimit('id') }),
    name: t.string({ required: true, description: 'The name, with Swedish characters as written.' }),
    orgNumber: t.string({ required: false, description: 'Organisationsnummer, NNNNNN-NNNN.' }),
    formedOn: t.field({ type: 'Date', required: false, description: 'The day of formation, where known.' }),
    activeSinceYear: t.int({ required: false, description: 'Without formedOn: the first year it is known to have been active.' }),
    lanCode: t.string({ required: true, description: 'SCB länskod of the län it works in.' }),
    source: t.string({ required: true, description: 'Where the facts come from: document title and date, or URL.', extensions: textLimit('reference') }),
    members: t.field({ type: [MemberInput], required: true, description: 'Försäkringskassan, Arbetsförmedlingen, a region and at least one kommun.' }),
  }),
});

const RenameForbundInput = builder.inputType('RenameForbundInput', {
  description: 'A new name, taking effect on a day.',
  fields: (t) => ({
    forbundId: t.id({ required: true, description: 'The förbund.' }),
    name: t.string({ required: true, description: 'The new name.' }),
    validFrom: t.field({ type: 'Date', required: true, description: 'First day of the new name.' }),
    source: t.string({ required: true, description: 'The decision or document behind the change.', extensions: textLimit('reference') }),
  }),
});

const AddMembershipInput = builder.inputType('AddMembershipInput', {
  description: 'A party joining a förbund.',
  fields: (t) => ({
    forbundId: t.id({ required: true, description: 'The förbund.' }),
    party: t.field({ type: PartyInput, required: true, description: 'The joining authority.' }),
    joinedOn: t.field({ type: 'Date', required: true, description: 'First day of membership.' }),
    source: t.string({ required: true, description: 'The decision or document behind the change.', extensions: textLimit('reference') }),
  }),
});

const EndMembershipInput = builder.inputType('EndMembershipInput', {
  description: "A party leaving a förbund; the förbund must keep all four kinds of member.",
  fields: (t) => ({
    forbundId: t.id({ required: true, description: 'The förbund.' }),
    partyId: t.id({ required: true, description: 'The leaving party, e.g. "kommun-0140".' }),
    leftOn: t.field({ type: 'Date', required: true, description: 'Last day of membership.' }),
  }),
});

const DissolveForbundInput = builder.inputType('DissolveForbundInput', {
  description: 'A förbund wound up, possibly by merging into another.',
  fields: (t) => ({
    forbundId: t.id({ required: true, description: 'The förbund.' }),
    dissolvedOn: t.field({ type: 'Date', required: true, description: 'The day it ceases; every current membership ends then.' }),
    mergedInto: t.id({ required: false, description: 'The förbund that takes over, when it merges.' }),
  }),
});

builder.mutationFields((t) => ({
  registerForbund: t.prismaField({
    type: 'Forbund',
    description: 'Registers a förbund with its founding members (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { input: t.arg({ type: RegisterForbundInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await registerForbund({ ...input, members: input.members.map((m) => ({ party: m.party, joinedOn: m.joinedOn ?? null })) }, actorOf(ctx.identity));
      return db().forbund.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
  renameForbund: t.prismaField({
    type: 'Forbund',
    description: 'Gives a förbund a new name from a day on; the old name stays in nameHistory (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { input: t.arg({ type: RenameForbundInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await renameForbund(input, actorOf(ctx.identity));
      return db().forbund.findUniqueOrThrow({ ...query, where: { id: input.forbundId } });
    },
  }),
  addMembership: t.prismaField({
    type: 'Forbund',
    description: 'A party joins a förbund (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { input: t.arg({ type: AddMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await addMembership(input, actorOf(ctx.identity));
      return db().forbund.findUniqueOrThrow({ ...query, where: { id: input.forbundId } });
    },
  }),
  endMembership: t.prismaField({
    type: 'Forbund',
    description: 'A party leaves a förbund (national_admin). Refused if the förbund would lack one of the four kinds.',
    authScopes: { nationalAdmin: true },
    args: { input: t.arg({ type: EndMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await endMembership(input, actorOf(ctx.identity));
      return db().forbund.findUniqueOrThrow({ ...query, where: { id: input.forbundId } });
    },
  }),
  dissolveForbund: t.prismaField({
    type: 'Forbund',
    description: 'Dissolves a förbund, optionally merging it into another (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { input: t.arg({ type: DissolveForbundInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      await dissolveForbund(input, actorOf(ctx.identity));
      return db().forbund.findUniqueOrThrow({ ...query, where: { id: input.forbundId } });
    },
  }),
}));
