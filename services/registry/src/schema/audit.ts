import { builder } from '../builder.ts';
import { db } from '../data/db.ts';

export const AuditEntryRef = builder.prismaObject('AuditEntry', {
  description: 'One change to the registry: who, when, what. Visible to national_admin only.',
  authScopes: { nationalAdmin: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number of the entry.' }),
    at: t.string({ description: 'When, as an ISO 8601 timestamp (UTC).', resolve: (entry) => entry.at.toISOString() }),
    actor: t.exposeString('actor', { description: 'Who: role and token subject, e.g. "national_admin:anna@skr.se".' }),
    action: t.exposeString('action', { description: 'The mutation, e.g. "renameForbund".' }),
    forbundId: t.exposeID('forbundId', { nullable: true, description: 'The förbund changed.' }),
    changes: t.string({ description: 'What changed, as JSON.', resolve: (entry) => JSON.stringify(entry.changes) }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  registryAuditLog: t.prismaConnection(
    {
      nullable: true,
      type: 'AuditEntry',
      cursor: 'id',
      defaultSize: 50,
      description: 'Changes to the registry, newest first (national_admin).',
      authScopes: { nationalAdmin: true },
      args: { forbundId: t.arg.id({ required: false, description: 'Only changes to this förbund.' }) },
      totalCount: (_parent, args) => db().auditEntry.count({ where: args.forbundId ? { forbundId: args.forbundId } : {} }),
      resolve: (query, _root, args) =>
        db().auditEntry.findMany({ ...query, where: args.forbundId ? { forbundId: args.forbundId } : {}, orderBy: { id: 'desc' } }),
    },
    { name: 'AuditEntryConnection', description: 'A page of audit entries.' },
    { name: 'AuditEntryEdge', description: 'An audit entry in a page.' },
  ),
}));
