import pg from 'pg';
import { inject } from 'vitest';
import { SUBGRAPHS } from '../../scripts/subgraphs.ts';

/**
 * Row count and checksum of every table of every subgraph: equal fingerprints mean the database is
 * unchanged, row for row, byte for byte.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; table: string }>(
      `SELECT table_schema AS schema, table_name AS table FROM information_schema.tables
       WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      [SUBGRAPHS.map((s) => s.name)],
    );
    // Two fingerprints of nothing are equal: "unchanged" must not hold because no table was found.
    if (tables.length === 0) throw new Error(`No tables in the schemas ${SUBGRAPHS.map((s) => s.name).join(', ')}: nothing to fingerprint.`);
    const result: Record<string, string> = {};
    for (const { schema, table } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS sum FROM "${schema}"."${table}" t`,
      );
      result[`${schema}.${table}`] = `${rows[0].n}:${rows[0].sum}`;
    }
    return result;
  } finally {
    await client.end();
  }
}
