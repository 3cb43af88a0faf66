import { inject } from 'vitest';

// Data-layer tests import a subgraph's store directly; point them at the run's throwaway database.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.LOG_LEVEL ??= 'warn';
// Tokens and identity headers made by the tests must be signed with the secrets the run's stack uses.
Object.assign(process.env, inject('secrets'));
