import { MAX_PAGE_SIZE } from '@finsam/core';
import { builder } from '../builder.ts';
import { fundingAuditLog } from '../data/funding-store.ts';

const FundingAuditEntryRef = builder.prismaObject('AuditEntry', {
  name: 'FundingAuditEntry',
  description: 'One funding report: who, when, and the year before and after. Visible to national_admin only.',
  authScopes: { nationalAdmin: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sequence number of the entry.' }),
    at: t.string({ description: 'When, as an ISO 8601 timestamp (UTC).', resolve: (entry) => entry.at.toISOString() }),
    actor: t.exposeString('actor', { description: 'Who: role and token subject, e.g. "national_admin:anna@skr.se".' }),
    action: t.exposeString('action', { description: '"reportFunding" for a first report of the year, "replaceFunding" for a later one.' }),
    forbundId: t.exposeID('forbundId', { description: 'The förbund reported for.' }),
    year: t.exposeInt('year', { description: 'The year reported.' }),
    changes: t.string({ description: 'What changed, as JSON: { before, after }, before null on a first report.', resolve: (entry) => JSON.stringify(entry.changes) }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  fundingAuditLog: t.field({
    nullable: true,
    type: [FundingAuditEntryRef],
    description: 'Funding reports, newest first (national_admin).',
    authScopes: { nationalAdmin: true },
    args: {
      forbundId: t.arg.id({ required: false, description: 'Only reports for this förbund.' }),
      first: t.arg.int({ required: false, defaultValue: 50, description: `How many, 0 to ${MAX_PAGE_SIZE} (default 50).` }),
    },
    resolve: (_root, args) => fundingAuditLog(args.forbundId == null ? null : String(args.forbundId), args.first),
  }),
}));
