import { inject } from 'vitest';

// Data-layer tests import a subgraph's store directly; point them at the run's throwaway database.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.LOG_LEVEL ??= 'warn';
