import { builder } from '../builder.ts';
import './enums.ts';
import './refs.ts';
import './project.ts';
import './forbund.ts';
import './method.ts';
import './statistics.ts';
import './outcomes.ts';
import './key-figures.ts';
import './audit.ts';

// Root types carry no description here: the registry's describes them, and differing ones do not compose.
builder.queryType({});
builder.mutationType({});

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
