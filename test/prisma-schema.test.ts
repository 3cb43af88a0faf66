import { readFileSync } from 'node:fs';
import internals from '@prisma/internals';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPHS } from '../scripts/subgraphs.ts';

/**
 * Each subgraph's Prisma schema and its migrated database agree: every model and field has its table
 * and column (type, nullability, primary key, unique, foreign keys, enum values), and every table and
 * column has its model and field. Prisma's own `migrate diff` needs the schema engine, which cannot be
 * downloaded here (DEVELOPERS.md); this is the same check from the other side.
 */

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported';
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUnique: boolean;
  isId: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[]; uniqueFields: string[][]; primaryKey: { fields: string[] } | null };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName?: string | null }[] };

interface Column {
  table: string;
  column: string;
  dataType: string;
  udtName: string;
  nullable: boolean;
  maxLength: number | null;
  precision: number | null;
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  Decimal: 'numeric',
  Json: 'jsonb',
  DateTime: 'timestamp without time zone',
};

const NATIVE_TYPES: Record<string, string> = {
  VarChar: 'character varying',
  Date: 'date',
  Timestamptz: 'timestamp with time zone',
  Timestamp: 'timestamp without time zone',
  Text: 'text',
  Uuid: 'uuid',
};

function expectedColumnType(field: DmmfField, enums: Map<string, DmmfEnum>): { dataType: string; udtName?: string; maxLength?: number; precision?: number } {
  if (field.kind === 'enum') {
    const udt = enums.get(field.type)?.dbName ?? field.type;
    return field.isList ? { dataType: 'ARRAY', udtName: `_${udt}` } : { dataType: 'USER-DEFINED', udtName: udt };
  }
  const [native, args] = field.nativeType ?? [undefined, []];
  const dataType = native ? NATIVE_TYPES[native] : SCALAR_TYPES[field.type];
  if (!dataType) throw new Error(`No column type known for ${field.name}: ${field.type} ${native ?? ''}`);
  const result: { dataType: string; maxLength?: number; precision?: number; udtName?: string } = { dataType };
  if (native === 'VarChar' && args[0]) result.maxLength = Number(args[0]);
  if ((native === 'Timestamptz' || native === 'Timestamp') && args[0]) result.precision = Number(args[0]);
  if (!native && field.type === 'DateTime') result.precision = 3;
  if (field.isList) return { dataType: 'ARRAY', udtName: `_${dataType === 'text' ? 'text' : dataType}` };
  return result;
}

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
});
afterAll(() => client.end());

describe.each(SUBGRAPHS.map((s) => s.name))('Prisma schema of %s and its migrated database', (schema) => {
  let models: DmmfModel[];
  let enums: Map<string, DmmfEnum>;
  let columns: Column[];

  beforeAll(async () => {
    const dmmf = await internals.getDMMF({ datamodel: readFileSync(new URL(`../prisma/${schema}/schema.prisma`, import.meta.url), 'utf8') });
    models = dmmf.datamodel.models as unknown as DmmfModel[];
    enums = new Map((dmmf.datamodel.enums as unknown as DmmfEnum[]).map((e) => [e.name, e]));
    const { rows } = await client.query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, character_maximum_length, datetime_precision
       FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`,
      [schema],
    );
    columns = rows.map((r) => ({
      table: r.table_name,
      column: r.column_name,
      dataType: r.data_type,
      udtName: r.udt_name,
      nullable: r.is_nullable === 'YES',
      maxLength: r.character_maximum_length,
      precision: r.datetime_precision,
    }));
  });

  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (field: DmmfField) => field.dbName ?? field.name;

  it('has a table for every model and a model for every table', () => {
    const tables = new Set(columns.map((c) => c.table));
    // Two empty lists agree too: a schema read from the wrong file or database must not pass as equal.
    expect(models.length).toBeGreaterThan(0);
    expect([...tables].sort()).toEqual(models.map(tableOf).sort());
  });

  it('has a column of the right type and nullability for every field, and a field for every column', () => {
    for (const model of models) {
      const scalarFields = model.fields.filter((f) => f.kind === 'scalar' || f.kind === 'enum');
      const tableColumns = columns.filter((c) => c.table === tableOf(model));
      expect(tableColumns.map((c) => c.column).sort(), `columns of ${model.name}`).toEqual(scalarFields.map(columnOf).sort());
      for (const field of scalarFields) {
        const column = tableColumns.find((c) => c.column === columnOf(field))!;
        const expected = expectedColumnType(field, enums);
        const actual = { dataType: column.dataType, nullable: column.nullable } as Record<string, unknown>;
        const wanted = { dataType: expected.dataType, nullable: !field.isRequired && !field.isList } as Record<string, unknown>;
        if (expected.udtName) {
          actual.udtName = column.udtName;
          wanted.udtName = expected.udtName;
        }
        if (expected.maxLength !== undefined) {
          actual.maxLength = column.maxLength;
          wanted.maxLength = expected.maxLength;
        }
        if (expected.precision !== undefined) {
          actual.precision = column.precision;
          wanted.precision = expected.precision;
        }
        expect(actual, `${model.name}.${field.name}`).toEqual(wanted);
      }
    }
  });

  it('has the primary keys, unique constraints and foreign keys the schema declares, and no others', async () => {
    const { rows } = await client.query(
      `SELECT c.conrelid::regclass::text AS table_name, c.contype,
              array_agg(a.attname::text ORDER BY k.ord) AS columns,
              c.confrelid::regclass::text AS ref_table
       FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace
       CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       WHERE n.nspname = $1 AND c.contype IN ('p', 'f') AND c.conrelid::regclass::text NOT LIKE '%_prisma_migrations'
       GROUP BY c.oid, c.conrelid, c.contype, c.confrelid`,
      [schema],
    );
    const { rows: uniqueRows } = await client.query(
      `SELECT t.relname AS table_name, array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_index i
       JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = $1 AND i.indisunique AND NOT i.indisprimary AND t.relname <> '_prisma_migrations'
       GROUP BY i.indexrelid, t.relname`,
      [schema],
    );
    const bare = (name: string) => name.replace(/^.*\./, '').replaceAll('"', '');
    const actual = [
      ...rows.map((r) => `${r.contype === 'p' ? 'PK' : 'FK'} ${bare(r.table_name)}(${r.columns.join(',')})${r.contype === 'f' ? ` -> ${bare(r.ref_table)}` : ''}`),
      ...uniqueRows.map((r) => `UNIQUE ${r.table_name}(${r.columns.join(',')})`),
    ].sort();
    const expected: string[] = [];
    for (const model of models) {
      const table = tableOf(model);
      const fieldColumn = (name: string) => columnOf(model.fields.find((f) => f.name === name)!);
      const idFields = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
      expected.push(`PK ${table}(${idFields.map(fieldColumn).join(',')})`);
      for (const field of model.fields) {
        if (field.isUnique) expected.push(`UNIQUE ${table}(${columnOf(field)})`);
        if (field.kind === 'object' && field.relationFromFields?.length) {
          const target = models.find((m) => m.name === field.type)!;
          expected.push(`FK ${table}(${field.relationFromFields.map(fieldColumn).join(',')}) -> ${tableOf(target)}`);
        }
      }
      for (const unique of model.uniqueFields) expected.push(`UNIQUE ${table}(${unique.map(fieldColumn).join(',')})`);
    }
    expect(actual).toEqual(expected.sort());
  });

  it('has every enum with the same values, and no others', async () => {
    const { rows } = await client.query(
      `SELECT t.typname, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = $1 GROUP BY t.typname`,
      [schema],
    );
    const actual = Object.fromEntries(rows.map((r) => [r.typname, r.labels]));
    const expected = Object.fromEntries([...enums.values()].map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });
});
