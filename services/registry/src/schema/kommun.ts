import { fail, entityCacheHint, publicCache } from '@finsam/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.ts';
import { ForbundRef } from './forbund.ts';
import { db } from '../data/db.ts';
import { kommunLoader, membershipActive } from '../data/forbund-store.ts';

export const KommunRef = builder.prismaObject('Kommun', {
  description: 'A kommun (municipality), identified by its SCB kommunkod. Reference data: all 290 kommuner.',
  // Public reference data: cacheable for PUBLIC_MAX_AGE (core cache.ts), also through _entities.
  directives: publicCache,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'SCB kommunkod, four digits, e.g. "0181" for Södertälje.' }),
    name: t.exposeString('name', { description: 'Official name without the word "kommun", e.g. "Södertälje".' }),
    lan: t.relation('lan', { description: 'The län the kommun lies in.' }),
  }),
});

// Added apart from the type's other fields: Forbund's fields refer to Kommun, and TypeScript cannot infer
// two object types that name each other in their initialisers.
builder.prismaObjectField(KommunRef, 'forbund', (t) =>
  t.field({
    type: [ForbundRef],
    description:
      'The samordningsförbund the kommun is a member of today (normally one; empty where finansiell samordning has not reached it).',
    // nestedSelection: the förbund's own fields (name, members, ...) load in the same statement,
    // joined, instead of in a second one (issue 12, part 3).
    select: (_args, _ctx, nestedSelection) => ({
      parties: {
        select: {
          memberships: { where: { ...membershipActive(), forbund: { dissolvedOn: null } }, select: { forbund: nestedSelection(true) } },
        },
      },
    }),
    resolve: (kommun) => {
      const forbunds = kommun.parties.flatMap((p) => p.memberships.map((m) => m.forbund));
      return [...new Map(forbunds.map((f) => [f.id, f])).values()];
    },
  }),
);

builder.asEntity(KommunRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (ref, ctx, info) => {
    entityCacheHint(info, true);
    return kommunLoader(ctx, queryFromInfo({ context: ctx, info, typeName: 'Kommun' })).load(ref.code);
  },
});

builder.queryFields((t) => ({
  kommun: t.prismaField({
    type: 'Kommun',
    nullable: true,
    description: 'One kommun by its SCB kommunkod; null when no kommun has that code.',
    args: { code: t.arg.string({ required: true, description: 'SCB kommunkod, e.g. "0181".' }) },
    resolve: (query, _root, { code }) => {
      if (!/^\d{4}$/.test(code)) throw fail.badInput(`"${code}" is not a kommunkod: use four digits, e.g. "0181".`, 'code');
      return db().kommun.findUnique({ ...query, where: { code } });
    },
  }),
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  kommuner: t.prismaField({
    nullable: true,
    type: ['Kommun'],
    description: 'All kommuner, or those of one län, by kommunkod.',
    args: { lan: t.arg.string({ required: false, description: 'SCB länskod, e.g. "01".' }) },
    resolve: (query, _root, { lan }) =>
      db().kommun.findMany({ ...query, where: lan ? { lanCode: lan } : {}, orderBy: { code: 'asc' } }),
  }),
}));
