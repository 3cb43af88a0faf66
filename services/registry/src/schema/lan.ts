import { entityCacheHint, publicCache } from '@finsam/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { builder } from '../builder.ts';
import { db } from '../data/db.ts';
import { lanLoader } from '../data/forbund-store.ts';

export const LanRef = builder.prismaObject('Lan', {
  description: 'A län (county), identified by its SCB länskod. Reference data: all 21 län.',
  // Public reference data: cacheable for PUBLIC_MAX_AGE (core cache.ts), also through _entities.
  directives: publicCache,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'SCB länskod, two digits, e.g. "01" for Stockholms län.' }),
    name: t.exposeString('name', { description: 'Official name, e.g. "Västra Götalands län".' }),
    kommuner: t.relation('kommuner', {
      description: 'The kommuner in this län, by kommunkod.',
      query: { orderBy: { code: 'asc' } },
    }),
  }),
});

builder.asEntity(LanRef, {
  key: builder.selection<{ code: string }>('code'),
  resolveReference: (ref, ctx, info) => {
    entityCacheHint(info, true);
    return lanLoader(ctx, queryFromInfo({ context: ctx, info, typeName: 'Lan' })).load(ref.code);
  },
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  lans: t.prismaField({
    nullable: true,
    type: ['Lan'],
    description: 'All 21 län, by länskod.',
    resolve: (query) => db().lan.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
}));
