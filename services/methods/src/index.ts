import { config, startSubgraph } from '@finsam/core';
import { pool } from './data/db.ts';
import { schema } from './schema/index.ts';

await startSubgraph({ name: 'methods', schema, port: config().METHODS_PORT, host: process.env.HOST, pool: pool() });
