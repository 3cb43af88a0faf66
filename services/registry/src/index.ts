import { config, startSubgraph } from '@finsam/core';
import { pool } from './data/db.ts';
import { schema } from './schema/index.ts';

await startSubgraph({ name: 'registry', schema, port: config().REGISTRY_PORT, host: process.env.HOST, pool: pool() });
