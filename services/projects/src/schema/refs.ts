import { entityCacheHint, FIGURES_MAX_AGE } from '@finsam/core';
import { builder } from '../builder.ts';
import type { ParticipationYear, ProjectRow } from '../data/project-store.ts';

/**
 * The object refs, declared before they are implemented so that project.ts, forbund.ts and method.ts
 * can point at each other without import cycles.
 */
export const ProjectRef = builder.objectRef<ProjectRow>('Project');
export const ParticipationYearRef = builder.objectRef<ParticipationYear>('ParticipationYear');

// Entities owned by other subgraphs (registry: Forbund; method library: Method), extended here and
// returned as references `{ id }` that their owners resolve.
// A Forbund's fields here (projects, keyFigures) hold only what the caller may see and give their own
// hints; the reference itself holds nothing but the key.
export const ForbundRef = builder.externalRef('Forbund', builder.selection<{ id: string }>('id'), (ref, _ctx, info) => {
  entityCacheHint(info, true, FIGURES_MAX_AGE);
  return { id: ref.id };
});
// A Method's fields here (usedBy, projects) hold only what the caller may see, published for the public
// role, so `_entities` of Method is as cacheable as the method library's own answer (core cache.ts).
export const MethodRef = builder.externalRef('Method', builder.selection<{ id: string }>('id'), (ref, _ctx, info) => {
  entityCacheHint(info, true);
  return { id: ref.id };
});
