import { config, startSubgraph } from '@finsam/core';
import { pool } from './data/db.ts';
import { schema } from './schema/index.ts';

await startSubgraph({ name: 'funding', schema, port: config().FUNDING_PORT, host: process.env.HOST, pool: pool() });
