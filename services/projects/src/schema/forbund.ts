import { figuresCache, inheritCache, MAX_PAGE_SIZE, restrictCache } from '@finsam/core';
import { resolveArrayConnection } from '@pothos/plugin-relay';
import { extrasFor, projectsOfForbundLoader } from '../data/project-store.ts';
import { ProjectStatusEnum } from './enums.ts';
import { ForbundRef, ProjectRef } from './refs.ts';

// The registry owns Forbund; this subgraph adds its projects. Descriptions of shared fields are the
// registry's own, word for word: composition hints at any difference.
ForbundRef.implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "sodertalje-nykvarn". Unchanged by renames.' }),
    // An outage of this subgraph nulls this field, not its parent (issue 11, part 3).
    projects: t.connection(
      {
        nullable: true,
        type: ProjectRef,
        directives: figuresCache,
        description:
          "The förbund's projects, oldest first (by startsOn, then id): published ones, and drafts for its editors and national_admin. A Relay connection with totalCount (at most 100 per page).",
        args: {
          activeIn: t.arg.int({ required: false, description: 'Only projects active at some time in this year (the period overlaps it).' }),
          status: t.arg({ type: ProjectStatusEnum, required: false, description: 'Only projects with this status.' }),
        },
        resolve: async (forbund, args, ctx, info) => {
          // Every förbund of the request with the same arguments shares one statement, with the children
          // the selection reads joined in; pages are cut here.
          const all = await projectsOfForbundLoader(ctx, { activeIn: args.activeIn, status: args.status }, extrasFor(info)).load(forbund.id);
          // Only a signed-in editor's list holds drafts, and it is no-store anyway (core uncacheableForSignedIn);
          // should a draft ever reach one, no cache keeps it.
          if (all.some((p) => !p.published)) restrictCache(info, 0);
          return { ...resolveArrayConnection({ args, defaultSize: 50, maxSize: MAX_PAGE_SIZE }, all), totalCount: all.length };
        },
      },
      {
        name: 'ProjectConnection',
        description: 'A page of projects.',
        directives: inheritCache,
        fields: (c) => ({
          totalCount: c.int({
            description: 'All projects matching the arguments, on every page.',
            resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      { name: 'ProjectEdge', description: 'A project in a page.', directives: inheritCache },
    ),
  }),
});
