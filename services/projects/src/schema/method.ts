import { publicCache } from '@finsam/core';
import { methodUsedBy } from '../data/outcomes-store.ts';
import { extrasFor, projectsOfMethodLoader } from '../data/project-store.ts';
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
      // From the statement Method.outcomes makes when both are asked (outcomes-store.ts methodUseLoader).
      resolve: async (method, _args, ctx) => (await methodUsedBy(ctx, method.id)).map((id) => ({ id })),
    }),
  }),
});
