import { builder } from '../builder.ts';
import './enums.ts';
import './kommun.ts';
import './funding-year.ts';
import './inputs.ts';
import './forbund.ts';
import './funding-check.ts';
import './national.ts';
import './key-figures.ts';
import './audit.ts';

// No descriptions on the root types: the registry's describe them, and composition takes a subgraph's
// differing description as a hint that fails `npm run compose`.
builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
