import { publicCache } from '@finsam/core';
import { extrasFor, projectsOfMethodLoader, usedByLoader } from '../data/project-store.ts';
import { ForbundRef, MethodRef, ProjectRef } from './refs.ts';

// The method library owns Method; this subgraph adds where each method is used.
MethodRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "pa-ratt-vag".' }),
    // An outage of this subgraph nulls this field, not its parent (issue 11, part 3).
    projects: t.field({
      nullable: true,
      type: [ProjectRef],
      // For the public role: published projects only, so the conference site's MethodPage stays cacheable.
      directives: publicCache,
      description: 'Projects using the method that you may see (published ones, and your own drafts), oldest first.',
      resolve: (method, _args, ctx, info) => projectsOfMethodLoader(ctx, extrasFor(info)).load(method.id),
    }),
    // An outage of this subgraph nulls this field, not its parent (issue 11, part 3).
    usedBy: t.field({
      nullable: true,
      type: [ForbundRef],
      directives: publicCache,
      description: 'The förbund whose published projects use the method, each once, by id.',
      resolve: async (method, _args, ctx) => (await usedByLoader(ctx).load(method.id)).map((id) => ({ id })),
    }),
  }),
});
