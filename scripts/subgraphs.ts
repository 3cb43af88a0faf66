import type { GraphQLSchema } from 'graphql';

/**
 * The subgraphs of the hub, in one list that start, compose, migrate and seed all read. Each owns a
 * PostgreSQL schema of the same name and a Prisma schema at prisma/<name>/.
 */
export interface SubgraphEntry {
  name: 'registry' | 'funding' | 'projects' | 'methods';
  portEnv: 'REGISTRY_PORT' | 'FUNDING_PORT' | 'PROJECTS_PORT' | 'METHODS_PORT';
  /** Loads the subgraph's schema in-process, for composition. */
  schema: () => Promise<GraphQLSchema>;
  /** Loads the subgraph's demo data when its tables are empty; resolves to whether it loaded anything. */
  seed: () => Promise<boolean>;
  /** Closes the subgraph's database pool after an in-process seed. */
  disconnect: () => Promise<void>;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  {
    name: 'registry',
    portEnv: 'REGISTRY_PORT',
    schema: async () => (await import('../services/registry/src/schema/index.ts')).schema,
    seed: async () => (await import('../services/registry/src/data/seed.ts')).seed(),
    disconnect: async () => (await import('../services/registry/src/data/db.ts')).disconnect(),
  },
  {
    name: 'funding',
    portEnv: 'FUNDING_PORT',
    schema: async () => (await import('../services/funding/src/schema/index.ts')).schema,
    seed: async () => (await import('../services/funding/src/data/seed.ts')).seed(),
    disconnect: async () => (await import('../services/funding/src/data/db.ts')).disconnect(),
  },
  {
    name: 'methods',
    portEnv: 'METHODS_PORT',
    schema: async () => (await import('../services/methods/src/schema/index.ts')).schema,
    seed: async () => (await import('../services/methods/src/data/seed.ts')).seed(),
    disconnect: async () => (await import('../services/methods/src/data/db.ts')).disconnect(),
  },
  {
    name: 'projects',
    portEnv: 'PROJECTS_PORT',
    schema: async () => (await import('../services/projects/src/schema/index.ts')).schema,
    seed: async () => (await import('../services/projects/src/data/seed.ts')).seed(),
    disconnect: async () => (await import('../services/projects/src/data/db.ts')).disconnect(),
  },
];
