import { describe, expect, it } from 'vitest';
import { maxSqlPerFetch, sqlStatements, subgraphSql, subgraphSqlFetches } from './client.ts';

/**
 * The SQL-count helpers that the "100 cost the SQL of 1" tests rest on. Each of those tests compares two
 * counts, so a helper that made a count up where the header says nothing (Number(null) is 0) would let
 * them pass on answers that carry no count: these cases must throw instead.
 */

const response = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

describe('sqlStatements', () => {
  it('reads the count, 0 included', () => {
    expect(sqlStatements(response({ 'x-sql-statements': '3' }))).toBe(3);
    expect(sqlStatements(response({ 'x-sql-statements': '0' }))).toBe(0);
  });

  it('throws on a response without the header', () => {
    expect(() => sqlStatements(response({}))).toThrow(/no x-sql-statements header/);
    expect(() => sqlStatements(new Response('{}'))).toThrow(/no x-sql-statements header/);
  });

  it.each(['', ' ', 'three', '-1', '1.5', 'NaN', '0x10', '2e3'])('throws on the header %j, which is not a count', (value) => {
    expect(() => sqlStatements(response({ 'x-sql-statements': value }))).toThrow(/not a count/);
  });
});

describe('subgraphSql', () => {
  it('reads the counts per subgraph', () => {
    expect(subgraphSql(response({ 'x-subgraph-sql': '{"registry":3,"funding":0}' }))).toEqual({ registry: 3, funding: 0 });
    expect(subgraphSql(response({ 'x-subgraph-sql': '{}' }))).toEqual({});
  });

  it('throws on a response without the header', () => {
    expect(() => subgraphSql(response({}))).toThrow(/no x-subgraph-sql header/);
  });

  it.each(['', 'registry=3', 'null', '3', '[1,2]', '{"registry":"3"}', '{"registry":-1}', '{"registry":1.5}', '{"registry":null}'])(
    'throws on the header %j, which is not a map of counts',
    (value) => {
      expect(() => subgraphSql(response({ 'x-subgraph-sql': value }))).toThrow(/x-subgraph-sql header is not/);
    },
  );
});

describe('subgraphSqlFetches and maxSqlPerFetch', () => {
  it('reads the counts per fetch and their maximum', () => {
    const fetches = response({ 'x-subgraph-sql-fetches': '{"registry":[2,1],"projects":[0,3]}' });
    expect(subgraphSqlFetches(fetches)).toEqual({ registry: [2, 1], projects: [0, 3] });
    expect(maxSqlPerFetch(fetches)).toBe(3);
    expect(maxSqlPerFetch(response({ 'x-subgraph-sql-fetches': '{}' }))).toBe(0);
  });

  it('throws on a response without the header', () => {
    expect(() => maxSqlPerFetch(response({}))).toThrow(/no x-subgraph-sql-fetches header/);
  });

  it.each(['', 'null', '[1]', '{"registry":3}', '{"registry":[]}', '{"registry":["3"]}', '{"registry":[-1]}', '{"registry":[1.5]}'])(
    'throws on the header %j, which is not a map of counts per fetch',
    (value) => {
      expect(() => subgraphSqlFetches(response({ 'x-subgraph-sql-fetches': value }))).toThrow(/x-subgraph-sql-fetches header is not/);
    },
  );
});
