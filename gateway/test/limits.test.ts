import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { memoryBudget, refill } from '../src/budget.ts';
import { analyse, DEFAULT_LIMITS, LIST_SIZES } from '../src/limits.ts';
import { SUPERGRAPH_PATH } from '../src/gateway.ts';

/** The gateway's checks before any subgraph is asked (issue 11, parts 1 and 2), straight on analyse. */
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema()));
const CONTRACT = readFileSync(new URL('../../contract/operations.graphql', import.meta.url), 'utf8');

function refusal(query: string, variables: Record<string, unknown> = {}) {
  try {
    analyse(schema, { query, variables });
  } catch (error) {
    const e = error as { status: number; code: string; message: string; options: { extensions?: Record<string, unknown> } };
    return { status: e.status, code: e.code, message: e.message, extensions: e.options.extensions };
  }
  return undefined;
}

/** Fragments F0..F(levels-1), each spreading the next `fanout` times: fanout^levels fields expanded. */
function fragmentBomb(levels: number, fanout: number, bottom: string): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${Array(fanout).fill(i === levels - 1 ? bottom : `...F${i + 1}`).join(' ')} }`);
  return `query { ...F0 }\n${fragments.join('\n')}`;
}

describe('a hostile document is refused after one walk over it', () => {
  // With a walk once per spread, each of these visits 8^12 ≈ 69 billion fields: the test would time out.
  it('the 951-byte fragment bomb with an undefined fragment at the bottom: a validation error', () => {
    const bomb = fragmentBomb(12, 8, '...Missing');
    expect(bomb.length).toBeLessThan(1100);
    expect(refusal(bomb)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Unknown fragment "Missing".' });
  });

  it('the same bomb over a real field: too many fields, counted without expanding', () => {
    expect(refusal(fragmentBomb(12, 8, '__typename'))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringContaining('fields') });
    expect(refusal(fragmentBomb(12, 8, 'lans { code kommuner { code } }'))).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('fragment cycles and unused fragments: graphql-js validation, before any walk', () => {
    expect(refusal('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', message: expect.stringContaining('Cannot spread fragment "A" within itself') });
    expect(refusal('query { lans { code } } fragment A on Query { lans { code } }')).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('aliases, directives and repeated fields', () => {
    const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect(refusal(aliases)).toMatchObject({ code: 'TOO_MANY_ALIASES' });
    const directives = `{ lans { ${Array.from({ length: 51 }, (_, i) => `f${i % 2 ? 'code' : 'name'}: ${i % 2 ? 'code' : 'name'} @include(if: true)`).join(' ')} } }`;
    expect(refusal(directives)?.code).toMatch(/TOO_MANY_ALIASES|QUERY_TOO_COMPLEX/);
    const unaliased = `{ lans { code ${Array(60).fill('@include(if: true)').join(' ')} } }`;
    expect(refusal(unaliased)).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' }); // one directive per location
    const spreadDirectives = `{ lans { ${Array.from({ length: 60 }, () => '... on Lan @include(if: true) { code }').join(' ')} } }`;
    expect(refusal(spreadDirectives)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringContaining('directives') });
    // graphql-js compares every pair of same-named fields with their sub-selections (quadratic).
    expect(refusal(`{ ${Array(500).fill('forbund(id: "x") { id }').join(' ')} }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringContaining('pairs') });
    const viaFragments = `{ ${Array.from({ length: 60 }, (_, i) => `...G${i}`).join(' ')} }\n${Array.from({ length: 60 }, (_, i) => `fragment G${i} on Query { forbund(id: "x") { id } }`).join('\n')}`;
    expect(refusal(viaFragments)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringContaining('pairs') });
    expect(refusal(`{ ${Array(2500).fill('__typename').join(' ')} }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('depth and tokens', () => {
    expect(refusal(`{ forbund(id: "halmstad") { ${'mergedInto { '.repeat(20)} id ${'} '.repeat(20)} } }`)).toMatchObject({ code: 'QUERY_TOO_DEEP' });
    expect(refusal(`{ ${'lans { code } '.repeat(2000)} }`)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringContaining('tokens') });
  });
});

describe('every query is priced before it runs', () => {
  it('30 aliases of a page of 100 förbund with 100 projects each is refused with its cost', () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: forbunds(first: 100) { edges { node { projects(first: 100) { edges { node { id } } } } } }`).join(' ')} }`;
    const refused = refusal(query);
    expect(refused).toMatchObject({ status: 400, code: 'QUERY_TOO_COMPLEX' });
    // 30 × (forbunds 1 + 100 × (edges 1 + node 1 + projects 1 + 100 × (edges 1 + node 1 + id 1))) = 30 × 30,301
    expect(refused?.extensions).toEqual({ cost: { requested: 909_030, limit: DEFAULT_LIMITS.maxCost } });
  });

  it('prices fields × list sizes: first/last as asked, else the default page, else the national size', () => {
    const cost = (query: string, variables: Record<string, unknown> = {}) => analyse(schema, { query, variables })!.measure.cost;
    expect(cost('{ lans { code } }')).toBe(1 + LIST_SIZES['Query.lans']!);
    expect(cost('{ forbunds(first: 7) { edges { node { id name } } } }')).toBe(1 + 7 * (1 + 1 * (1 + 2)));
    expect(cost('query($n: Int) { forbunds(first: $n) { edges { node { id } } } }', { n: 3 })).toBe(1 + 3 * (1 + 2));
    expect(cost('query($n: Int = 4) { forbunds(first: $n) { edges { node { id } } } }')).toBe(1 + 4 * (1 + 2));
    expect(cost('{ forbunds { totalCount } }')).toBe(1 + LIST_SIZES['Query.forbunds']! * 1);
    expect(cost('{ method(id: "x") { usedBy { id } } }')).toBe(1 + (1 + LIST_SIZES['Method.usedBy']!));
  });

  it('refuses first/last above 100 on every connection, literal or variable', () => {
    expect(refusal('{ forbunds(first: 101) { totalCount } }')).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'first' } });
    expect(refusal('query($n: Int) { registryAuditLog(last: $n) { totalCount } }', { n: 1000 })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'last' } });
    const negative = refusal('{ registryAuditLog(first: -1) { totalCount } }');
    expect(negative, JSON.stringify(negative)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // Every argument named first/last in the API schema is a page size this check covers.
    const sliced = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter((f) => f.args.some((a) => a.name === 'first' || a.name === 'last')).map((f) => `${type.name}.${f.name}`));
    expect(sliced.length).toBeGreaterThan(3);
    for (const name of sliced) expect(LIST_SIZES[name], `${name} has a default page size in LIST_SIZES`).toBeDefined();
  });

  it('names in LIST_SIZES only list fields that exist', () => {
    for (const name of Object.keys(LIST_SIZES)) {
      const [type, field] = name.split('.') as [string, string];
      const parent = schema.getType(type);
      const definition = isObjectType(parent) ? parent.getFields()[field] : undefined;
      if (!definition) throw new Error(`${name} is not a field of the API schema`);
      const isConnection = getNamedType(definition.type).name.endsWith('Connection');
      expect(isConnection || isListType(getNullableType(definition.type)), `${name} is a list or a connection`).toBe(true);
    }
  });

  it('keeps every contract operation well inside the limits (a third of each at most)', () => {
    const document = parse(CONTRACT);
    const names = document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
    expect(names.length).toBeGreaterThan(10);
    const variables = { year: 2019, fromYear: 2005, toYear: 2025, id: 'x', code: '0181', forbundId: 'x', projectId: 'x' };
    for (const operationName of names) {
      const { measure } = analyse(schema, { query: CONTRACT, operationName, variables })!;
      expect(measure.cost, operationName).toBeGreaterThan(0);
      expect(measure.cost, operationName).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 3);
      expect(measure.depth, operationName).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth / 2);
      expect(measure.fields, operationName).toBeLessThanOrEqual(DEFAULT_LIMITS.maxFields / 3);
      expect(measure.fieldPairs, operationName).toBe(0);
    }
  });
});

describe('the query budget, a token bucket per caller', () => {
  it('refills at its rate up to its capacity and says when a refused price fits', () => {
    const options = { capacity: 100, refillPerSecond: 10 };
    expect(refill(options, 100, 0, 30)).toMatchObject({ ok: true, remaining: 70 });
    expect(refill(options, 20, 0, 30)).toMatchObject({ ok: false, remaining: 20, retryAfter: 1 });
    expect(refill(options, 20, 1_000, 30)).toMatchObject({ ok: true, remaining: 0 });
    expect(refill(options, 0, 60_000, 0)).toMatchObject({ ok: true, remaining: 100 });
    expect(refill(options, 0, 0, 95)).toMatchObject({ ok: false, retryAfter: 10 });
  });

  it('keeps one bucket per key in memory', async () => {
    let now = 0;
    const budget = memoryBudget({ capacity: 100, refillPerSecond: 10 }, () => now);
    expect(await budget.take('a', 60)).toMatchObject({ ok: true, remaining: 40 });
    expect(await budget.take('a', 60)).toMatchObject({ ok: false, remaining: 40, retryAfter: 2 });
    expect(await budget.take('b', 60)).toMatchObject({ ok: true, remaining: 40 });
    now = 2_000;
    expect(await budget.take('a', 60)).toMatchObject({ ok: true, remaining: 0 });
    await budget.close();
  });
});

describe('introspection is priced like any query', () => {
  it('prices __schema and __type by their lists', () => {
    const measure = analyse(schema, { query: '{ __schema { types { name fields { name } } } __type(name: "Forbund") { name } }' })!.measure;
    // __schema 1 + (types 1 + 10 × (name 1 + fields 1 + 10 × name 1)) + __type 1 + name 1
    expect(measure.cost).toBe(1 + (1 + 10 * (1 + (1 + 10 * 1))) + (1 + 1));
  });
});
