import { MAX_PAGE_SIZE } from '@finsam/core';
import { builder } from '../builder.ts';
import { auditOf, projectLoader, type AuditRow } from '../data/project-store.ts';

// Named apart from the registry's AuditEntry: the two logs are different types in the supergraph.
const ProjectAuditEntry = builder.objectRef<AuditRow>('ProjectAuditEntry').implement({
  description: 'One change to a project: who, when, what.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number of the entry.' }),
    at: t.string({ description: 'When, as an ISO 8601 timestamp (UTC).', resolve: (entry) => entry.at.toISOString() }),
    actor: t.exposeString('actor', { description: 'Who: role and token subject, e.g. "forbund_editor:eva@halmstad.se".' }),
    action: t.exposeString('action', { description: 'The mutation, e.g. "updateProject".' }),
    changes: t.string({ description: 'What changed, as JSON.', resolve: (entry) => JSON.stringify(entry.changes) }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  projectAuditLog: t.field({
    nullable: true,
    type: [ProjectAuditEntry],
    description: "A project's changes, newest first: for its förbund's editors and national_admin.",
    args: {
      projectId: t.arg.id({ required: true, description: 'The project.' }),
      first: t.arg.int({ required: false, defaultValue: 50, description: `How many, 0 to ${MAX_PAGE_SIZE} (default 50).` }),
    },
    authScopes: async (_root, args, ctx) => {
      const project = await projectLoader(ctx).load(String(args.projectId));
      return project ? { editorOf: project.forbundId } : { nationalAdmin: true };
    },
    resolve: (_root, { projectId, first }) => auditOf(String(projectId), first),
  }),
}));
