import { readFileSync } from 'node:fs';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isScalarType,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeSubgraphs } from '../scripts/composition.ts';

/**
 * The committed supergraph is what the subgraphs compose to today, and it serves the client contract
 * (contract/) exactly as written.
 */

const contractDir = new URL('../contract/', import.meta.url);
const operations = parse(readFileSync(new URL('operations.graphql', contractDir), 'utf8'));
const contractTypes = parse(readFileSync(new URL('types.graphql', contractDir), 'utf8'));

/** Enums to which the contract lets the hub add values (types.graphql: "More values may be added"). */
const EXTENSIBLE_ENUMS = new Set(['TargetGroup']);

let committed: string;
let api: GraphQLSchema;

beforeAll(() => {
  committed = readFileSync(new URL('../gateway/supergraph.graphql', import.meta.url), 'utf8');
  // Through SDL: federation-internals loads graphql as CommonJS, and vitest this file as ESM.
  api = buildSchema(printSchema(Supergraph.build(committed).apiSchema()));
});

describe('supergraph', () => {
  it('is committed exactly as the subgraphs compose today, without hints that matter (npm run compose)', async () => {
    const fresh = await composeSubgraphs();
    expect(committed).toBe(fresh.supergraphSdl);
  });
});

function operationDocument(operation: OperationDefinitionNode): DocumentNode {
  return { kind: operations.kind, definitions: [operation] } as DocumentNode;
}

const contractOperations = operations.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

// it.each over an empty list runs nothing, and for ... of over no definitions defines nothing.
describe('client contract', () => {
  it('has operations and types to check', () => {
    expect(contractOperations.length).toBeGreaterThan(0);
    expect(contractTypes.definitions.length).toBeGreaterThan(0);
  });
});

describe('client contract: operations', () => {
  it.each(contractOperations.map((op) => [op.name!.value, op] as const))('%s validates against the API schema', (_name, operation) => {
    const errors = validate(api, operationDocument(operation)).map((e) => e.message);
    // graphql-js leaves a missing root type to execution; here it is a contract failure.
    if (!api.getRootType(operation.operation)) errors.push(`The schema has no ${operation.operation} type.`);
    expect(errors).toEqual([]);
  });
});

describe('client contract: enums, scalars and inputs', () => {
  for (const definition of contractTypes.definitions) {
    if (!('name' in definition) || !definition.name) continue;
    const name = definition.name.value;
    it(`${name} is defined as the contract says`, () => {
      const type = api.getType(name);
      expect(type, `${name} is missing from the API schema`).toBeDefined();
      if (definition.kind === 'ScalarTypeDefinition') {
        expect(isScalarType(type)).toBe(true);
      } else if (definition.kind === 'EnumTypeDefinition') {
        if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
        const wanted = definition.values!.map((v) => v.name.value);
        const actual = type.getValues().map((v) => v.name);
        if (EXTENSIBLE_ENUMS.has(name)) expect(actual).toEqual(expect.arrayContaining(wanted));
        else expect(actual.sort()).toEqual([...wanted].sort());
      } else if (definition.kind === 'InputObjectTypeDefinition') {
        if (!isInputObjectType(type)) throw new Error(`${name} is not an input type`);
        const fields = type.getFields();
        for (const field of definition.fields ?? []) {
          const printed = (readFileSync(new URL('types.graphql', contractDir), 'utf8').slice(field.type.loc!.start, field.type.loc!.end));
          expect(String(fields[field.name.value]?.type), `${name}.${field.name.value}`).toBe(printed);
        }
        // Fields the hub adds must be optional, so that the contract's clients never have to send them.
        const contractFields = new Set((definition.fields ?? []).map((f) => f.name.value));
        for (const [fieldName, field] of Object.entries(fields)) {
          if (!contractFields.has(fieldName)) expect(String(field.type).endsWith('!'), `${name}.${fieldName} is added and must be optional`).toBe(false);
        }
      }
    });
  }
});
