import { entityCacheHint, inheritCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { visibleMethods } from '../data/method-store.ts';
import { MethodRef } from './method.ts';

/**
 * The projects subgraph's Project, extended here with the methods it uses. The projects subgraph keeps
 * only the keys (`methodIds`, inaccessible to clients: a withdrawn method must not show even its id);
 * which of them the caller may see is the method library's to say. The gateway brings the keys along
 * (@requires), so no subgraph asks another in the middle of a read (issue 12, part 3), and an outage of
 * the method library fails this field visibly instead of hiding every method.
 */
export const ProjectRef = builder
  .externalRef('Project', builder.selection<{ id: string }>('id'), (ref, _ctx, info) => {
    // What this subgraph adds to a project holds only what the caller may see: as cacheable as Method.
    entityCacheHint(info, true);
    return ref;
  })
  .implement({
    externalFields: (t) => ({ methodIds: t.idList() }),
    fields: (t) => ({
      // Word for word the projects subgraph's description: composition hints at any difference.
      id: t.exposeID('id', { description: 'Stable slug, e.g. "pa-ratt-vag-halmstad".' }),
      methods: t.field({
        type: [MethodRef],
        directives: inheritCache,
        nullable: { list: true, items: true },
        requires: builder.selection<{ methodIds: string[] }>('methodIds'),
        description: 'Methods of the method library the project uses; one you may not see (unpublished) is null.',
        resolve: (project, _args, ctx) => visibleMethods(ctx, project.methodIds),
      }),
    }),
  });
