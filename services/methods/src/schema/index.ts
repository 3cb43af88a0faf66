import { builder } from '../builder.ts';
import './enums.ts';
import './forbund.ts';
import './method.ts';
import './project.ts';
import './audit.ts';

// No descriptions on the root types: composition wants them equal in every subgraph (INCONSISTENT_DESCRIPTION),
// and the registry's describe the hub as a whole.
builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
