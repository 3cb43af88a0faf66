// For the Prisma CLI where its schema engine is available (`prisma migrate deploy --config
// prisma/methods/prisma.config.ts`). The project's own runner (npm run db:migrate) applies the same
// migrations with the same bookkeeping, so either can take over from the other.
import { defineConfig } from 'prisma/config';
import { schemaUrl } from '../url.ts';

export default defineConfig({
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  datasource: { url: schemaUrl(process.env.DATABASE_URL ?? '', 'methods') },
});
