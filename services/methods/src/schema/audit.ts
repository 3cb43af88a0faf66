import { builder } from '../builder.ts';
import { db } from '../data/db.ts';

// Named apart from the registry's AuditEntry: composition would merge two types of one name.
export const MethodAuditEntryRef = builder.prismaObject('AuditEntry', {
  name: 'MethodAuditEntry',
  description: 'One change to the method library: who, when, what. Visible to national_admin only.',
  authScopes: { nationalAdmin: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number of the entry.' }),
    at: t.string({ description: 'When, as an ISO 8601 timestamp (UTC).', resolve: (entry) => entry.at.toISOString() }),
    actor: t.exposeString('actor', { description: 'Who: role and token subject, e.g. "forbund_editor:anna@halmstad.se".' }),
    action: t.exposeString('action', { description: 'The mutation, e.g. "publishMethod".' }),
    methodId: t.exposeID('methodId', { nullable: true, description: 'The method changed.' }),
    changes: t.string({ description: 'What changed, as JSON.', resolve: (entry) => JSON.stringify(entry.changes) }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  methodAuditLog: t.prismaConnection(
    {
      nullable: true,
      type: MethodAuditEntryRef,
      cursor: 'id',
      defaultSize: 50,
      description: 'Changes to the method library, newest first (national_admin).',
      authScopes: { nationalAdmin: true },
      args: { methodId: t.arg.id({ required: false, description: 'Only changes to this method.' }) },
      totalCount: (_parent, args) => db().auditEntry.count({ where: args.methodId ? { methodId: String(args.methodId) } : {} }),
      resolve: (query, _root, args) =>
        db().auditEntry.findMany({ ...query, where: args.methodId ? { methodId: String(args.methodId) } : {}, orderBy: { id: 'desc' } }),
    },
    { name: 'MethodAuditEntryConnection', description: 'A page of method library audit entries.' },
    { name: 'MethodAuditEntryEdge', description: 'An audit entry in a page.' },
  ),
}));
