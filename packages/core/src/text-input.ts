import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { fail } from './errors.ts';

/**
 * PostgreSQL's text cannot hold U+0000: a NUL in any argument that reaches SQL failed the statement
 * ("invalid byte sequence for encoding UTF8: 0x00"), and the client got INTERNAL_SERVER_ERROR (found by
 * test/fuzz.test.ts with an id of "\u0000"). No text of the hub has a use for it, so every field of
 * every subgraph refuses it before its resolver runs, naming the argument.
 */
const pluginName = 'textInput';

/** The path to the first string holding a NUL, e.g. "input.contributions[1].partyName". */
function nulAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  // Input objects nest a few levels; the gateway bounds variable depth long before this.
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulAt(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    const found = nulAt(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export class TextInputPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      for (const [name, value] of Object.entries(args)) {
        const path = nulAt(value, name);
        if (path) throw fail.badInput(`${path} contains a NUL character (U+0000), which no text in the hub can hold; remove it.`, name);
      }
      return resolver(parent, args, context, info);
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugin registry as a global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      textInput: TextInputPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, TextInputPlugin);

export default pluginName;
