import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema } from 'graphql';
import { bench, describe, expect } from 'vitest';
import { SUPERGRAPH_PATH } from '../gateway/src/gateway.ts';
import { analyse } from '../gateway/src/limits.ts';

/**
 * The gateway's CPU per hostile document at the token limit (issue 11: at most 50 ms each), beside a
 * contract operation's own check. Each iteration checks the refusal, so a document that slipped through
 * never counts.
 */
const schema = buildSchema(printSchema(Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema()));
const CONTRACT = readFileSync(new URL('../contract/operations.graphql', import.meta.url), 'utf8');
const bomb = (bottom: string) =>
  `query { ...F0 }\n${Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ${Array(8).fill(i === 11 ? bottom : `...F${i + 1}`).join(' ')} }`).join('\n')}`;

const refused: [string, string, string][] = [
  ['fragment bomb, undefined fragment', bomb('...Missing'), 'GRAPHQL_VALIDATION_FAILED'],
  ['fragment bomb over a field', bomb('lans { code kommuner { code name } }'), 'QUERY_TOO_COMPLEX'],
  ['2,400 same-named fields', `{ ${Array(2400).fill('__typename').join(' ')} }`, 'QUERY_TOO_COMPLEX'],
  ['800 same-named fields with sub-selections', `{ ${Array(800).fill('forbund(id: "x") { id }').join(' ')} }`, 'QUERY_TOO_COMPLEX'],
  ['1,600 aliases', `{ ${Array.from({ length: 1600 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'TOO_MANY_ALIASES'],
  ['1,200 directives on inline fragments', `{ lans { ${Array(1200).fill('... @include(if: true) { code }').join(' ')} } }`, 'QUERY_TOO_COMPLEX'],
];

describe('the gateway check of one document at the token limit', () => {
  for (const [name, query, code] of refused) {
    bench(name, () => {
      expect(() => analyse(schema, { query })).toThrow(expect.objectContaining({ code }));
    });
  }
  bench('ForbundComparison, the contract operation (accepted)', () => {
    expect(analyse(schema, { query: CONTRACT, operationName: 'ForbundComparison', variables: { year: 2019 } })?.measure.cost).toBeGreaterThan(0);
  });
});
