import { builder } from '../builder.ts';
import './enums.ts';
import './lan.ts';
import './kommun.ts';
import './party.ts';
import './forbund.ts';
import './coverage.ts';
import './key-figures.ts';
import './audit.ts';

builder.queryType({ description: 'The förbund registry: förbund, their members, kommuner and län.' });
builder.mutationType({ description: 'Registry writes, for national_admin.' });

export const schema = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
