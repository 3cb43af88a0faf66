/** The connection URL of one subgraph's PostgreSQL schema, as Prisma expects it (`?schema=`). */
export function schemaUrl(databaseUrl: string, schema: string): string {
  if (!databaseUrl) return '';
  const url = new URL(databaseUrl);
  url.searchParams.set('schema', schema);
  return url.toString();
}
