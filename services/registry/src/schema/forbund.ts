import { builder } from '../builder.ts';
import { KommunRef } from './kommun.ts';
import { db } from '../data/db.ts';
import { forbundLoader, forbundWhere, membershipActive } from '../data/forbund-store.ts';

export const ForbundFilter = builder.inputType('ForbundFilter', {
  description: 'Narrows a list of förbund; every given condition must hold.',
  fields: (t) => ({
    activeIn: t.int({ required: false, description: 'Active at some time in this year (formed by then, not dissolved before it).' }),
    lan: t.string({ required: false, description: 'SCB länskod of the förbund, e.g. "01".' }),
    kommun: t.string({ required: false, description: 'SCB kommunkod of a kommun that is or was a member.' }),
    search: t.string({ required: false, description: 'Part of any name the förbund has had, or of its id; case-insensitive.' }),
  }),
});

export const ForbundRef = builder.prismaObject('Forbund', {
  description:
    'A samordningsförbund: Försäkringskassan, Arbetsförmedlingen, a region and one or more kommuner pooling money for coordinated rehabilitation under Lag (2003:1210).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "sodertalje-nykvarn". Unchanged by renames.' }),
    name: t.string({
      description: 'The current name (for a dissolved förbund, its last name).',
      select: { names: { where: { validTo: null }, select: { name: true }, take: 1 } },
      resolve: (forbund) => forbund.names[0]?.name ?? '',
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
      query: { orderBy: { validFrom: { sort: 'asc', nulls: 'first' } } },
    }),
    lan: t.relation('lan', { description: 'The län the förbund works in.' }),
    members: t.relation('memberships', {
      description: 'Memberships: every party that is or was a member, with its period. Pass activeIn for one year.',
      args: { activeIn: t.arg.int({ required: false, description: 'Only memberships that held at some time this year.' }) },
      query: (args) => ({
        where: args.activeIn == null ? {} : membershipActive(args.activeIn),
        orderBy: [{ party: { kind: 'asc' } }, { party: { name: 'asc' } }, { joinedOn: { sort: 'asc', nulls: 'first' } }],
      }),
    }),
    kommuner: t.field({
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
  resolveReference: (ref, ctx) => forbundLoader(ctx).load(ref.id),
});

builder.queryFields((t) => ({
  forbund: t.prismaField({
    type: 'Forbund',
    nullable: true,
    description: 'One förbund by id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The förbund slug, e.g. "sodertalje-nykvarn".' }) },
    resolve: (query, _root, { id }) => db().forbund.findUnique({ ...query, where: { id } }),
  }),
  forbunds: t.prismaConnection(
    {
      type: 'Forbund',
      cursor: 'id',
      defaultSize: 20,
      maxSize: 100,
      description: 'Förbund, by id, as a Relay connection (at most 100 per page).',
      args: { filter: t.arg({ type: ForbundFilter, required: false }) },
      totalCount: (_parent, args) => db().forbund.count({ where: forbundWhere(args.filter) }),
      resolve: (query, _root, args) => db().forbund.findMany({ ...query, where: forbundWhere(args.filter), orderBy: { id: 'asc' } }),
    },
    { name: 'ForbundConnection', description: 'A page of förbund.' },
    { name: 'ForbundEdge', description: 'A förbund in a page.' },
  ),
}));
