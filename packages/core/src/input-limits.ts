import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { fail } from './errors.ts';

/**
 * The largest page a `first`/`last` may ask for, in every subgraph and at the gateway (issue 11, part
 * 2): one number, so that a subgraph refuses exactly what the gateway refuses and prices.
 */
export const MAX_PAGE_SIZE = 100;

/**
 * How long a string argument may be, by kind. A person types none of these at megabyte length, and
 * every one of them reaches SQL (ILIKE, full-text search) or a row: a cheap refusal up front beats a
 * slow scan or a bloated row. ID arguments are `id`, other strings `text`, unless the argument or input
 * field says otherwise with `extensions: textLimit(kind)`.
 */
export const TEXT_LIMITS = {
  /** Slugs, ids and codes: the longest seed slug is under 40 characters. */
  id: 100,
  /** Names, titles, search words, keywords: a line of text. */
  text: 200,
  /** A source or a URL: a document title with its date, or an address. */
  reference: 2000,
  /** Relay's after/before: an opaque cursor, which can carry a sort key of a name and an id. */
  cursor: 2000,
  /** Summaries and descriptions: a few pages of prose. */
  prose: 20_000,
} as const;

export type TextKind = keyof typeof TEXT_LIMITS;

const MAX_LENGTH = 'maxLength';

/** `extensions` for an argument or input field whose strings are of another kind than the default. */
export function textLimit(kind: TextKind): { [MAX_LENGTH]: number } {
  return { [MAX_LENGTH]: TEXT_LIMITS[kind] };
}

export interface PageArgs {
  first?: number | null;
  last?: number | null;
}

/**
 * The page a connection or paged list returns: `first` or `last` as asked, else `defaultSize`. Outside
 * 0..MAX_PAGE_SIZE it is refused, never clamped: a client asking for 500 and silently getting 100 would
 * take the short page for the end of the list. `coordinate` ("Query.forbunds") names the field in the
 * message, which is the gateway's own (gateway/src/limits.ts, listSize).
 */
export function pageSize(args: PageArgs, { defaultSize, coordinate }: { defaultSize: number; coordinate: string }): number {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value == null) continue;
    if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
      throw fail.badInput(`${name} on ${coordinate} must be from 0 to ${MAX_PAGE_SIZE}; page through with after/before for more.`, name);
    }
  }
  return args.first ?? args.last ?? defaultSize;
}

function limitOf(holder: GraphQLArgument | GraphQLInputField, type: GraphQLInputType, cursor: boolean): number | undefined {
  const declared = holder.extensions?.[MAX_LENGTH];
  if (typeof declared === 'number') return declared;
  const named = getNullableType(type);
  const leaf = isListType(named) ? getNullableType(named.ofType) : named;
  if (!isScalarType(leaf)) return undefined;
  if (cursor) return TEXT_LIMITS.cursor;
  if (leaf.name === 'ID') return TEXT_LIMITS.id;
  if (leaf.name === 'String') return TEXT_LIMITS.text;
  return undefined;
}

/** Walks one argument's value with its type; `field` is the path inside the argument's input object. */
function checkText(coordinate: string, type: GraphQLInputType, value: unknown, field: string, limit: number | undefined): void {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) for (const item of value) checkText(coordinate, nullable.ofType, item, field, limit);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, input] of Object.entries(fields)) {
      const path = field ? `${field}.${name}` : name;
      checkText(coordinate, input.type, (value as Record<string, unknown>)[name], path, limitOf(input, input.type, false));
    }
    return;
  }
  if (typeof value === 'string' && limit !== undefined && value.length > limit) {
    throw fail.badInput(`${field} on ${coordinate} is limited to ${limit} characters.`, field);
  }
}

/**
 * Text PostgreSQL cannot store. A NUL (U+0000) fails any text column ("invalid byte sequence for
 * encoding UTF8: 0x00"), and a lone UTF-16 surrogate (half of a pair, "\uD800") fails a json column on
 * PostgreSQL 15 ("invalid input syntax for type json"), such as the audit log's; both reached clients
 * as INTERNAL_SERVER_ERROR (found by test/fuzz.test.ts). Neither is text a person means.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path to the first string holding unstorable text, e.g. "input.contributions[1].partyName".
 * Walks any value, `_entities` representations included, whose scalar _Any has no type to follow.
 */
function unstorableAt(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  // Input objects nest a few levels; the gateway bounds variable depth long before this.
  if (value === null || typeof value !== 'object' || depth > 32) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorableAt(value[i], `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    const found = unstorableAt(inner, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Checks every argument of a field before its resolver, and before its access check, as the gateway
 * does before it asks a subgraph: page sizes by `pageSize`, strings by TEXT_LIMITS, and no unstorable
 * text anywhere.
 * Applied by the builder to every field, so a new connection or argument cannot forget it.
 */
export function checkArguments(coordinate: string, definitions: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  const slicing = definitions.some((a) => a.name === 'first' || a.name === 'last');
  if (slicing) pageSize(args as PageArgs, { defaultSize: 0, coordinate });
  for (const argument of definitions) {
    const value = args[argument.name];
    if (value == null) continue;
    const unstorable = unstorableAt(value, argument.name);
    if (unstorable) {
      throw fail.badInput(`${unstorable} contains a NUL character (U+0000) or half of a UTF-16 surrogate pair, which no text in the hub can hold; remove it.`, argument.name);
    }
    // Fields of an input object are named as the other errors name them ("search", not "filter.search").
    const nested = isInputObjectType(getNullableType(argument.type));
    const cursor = slicing && (argument.name === 'after' || argument.name === 'before');
    checkText(coordinate, argument.type, value, nested ? '' : argument.name, limitOf(argument, argument.type, cursor));
  }
}

export class InputLimitsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
      checkArguments(`${info.parentType.name}.${info.fieldName}`, definitions, args as Record<string, unknown>);
      return resolver(parent, args, context, info);
    };
  }
}

const inputLimitsPlugin = 'finsamInputLimits';
SchemaBuilder.registerPlugin(inputLimitsPlugin, InputLimitsPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      finsamInputLimits: InputLimitsPlugin<Types>;
    }
  }
}

export default inputLimitsPlugin;
