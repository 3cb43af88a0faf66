import { config, startSubgraph } from '@finsam/core';
import { pool } from './data/db.ts';
import { schema } from './schema/index.ts';

await startSubgraph({ name: 'projects', schema, port: config().PROJECTS_PORT, host: process.env.HOST, pool: pool() });
