import { createHash } from 'node:crypto';
import { ErrorCode, HttpError, MAX_PAGE_SIZE, withoutSuggestions } from '@finsam/core';
import { LRUCache } from 'lru-cache';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OverlappingFieldsCanBeMergedRule,
  parse,
  print,
  SchemaMetaFieldDef,
  specifiedRules,
  TypeMetaFieldDef,
  validate,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What the gateway refuses before any subgraph is asked. The order matters for a hostile document:
 * parse with a token bound, then graphql-js's validation rules except the one that is quadratic in the
 * number of fields (OverlappingFieldsCanBeMerged, which Apollo runs later on a document already
 * known to be small), then one walk that visits every fragment once (memoised), never once per spread.
 * A fragment spread eight times, twelve levels deep, is 8^12 fields when expanded and a few hundred
 * nodes to walk (issue 11: a 951-byte query used to stop the gateway).
 * The limits sit well above the deepest and widest client operation in contract/.
 */
export interface OperationLimits {
  /** Nesting of selection sets, fragments expanded. The contract's deepest operation needs 7. */
  maxDepth: number;
  /** Aliased fields in the operation, fragments expanded. The contract uses none. */
  maxAliases: number;
  /** Field selections in the operation, fragments expanded: a size bound independent of depth. */
  maxFields: number;
  /** Directives in the operation, fragments expanded (GraphQL Armor's max-directives default is 50). */
  maxDirectives: number;
  /**
   * Pairs of fields with one response name in one selection set, fragments merged in. graphql-js's
   * OverlappingFieldsCanBeMerged rule, which Apollo runs after this check, compares every such pair
   * and their sub-selections: 500 copies of `forbund(id: "x") { id }` kept it busy for a third of a
   * second. The contract has none.
   */
  maxFieldPairs: number;
  /** Lexer tokens: bounds parsing itself. */
  maxTokens: number;
  /**
   * Nesting of lists and objects in the variables. The deepest input type needs 3; a list nested
   * 100,000 deep for a custom scalar, which the gateway knows only by name, would overflow the stack
   * of whatever serialises it on the way to the subgraph.
   */
  maxVariableDepth: number;
  /** The price of one operation (see price below); GitHub and Shopify refuse over a fixed price too. */
  maxCost: number;
  /** The largest page a `first`/`last` may ask for, in every subgraph. */
  maxPageSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxFields: 1000,
  maxDirectives: 50,
  maxFieldPairs: 1000,
  maxTokens: 5000,
  maxVariableDepth: 20,
  maxCost: 200_000,
  maxPageSize: MAX_PAGE_SIZE,
};

/**
 * How many items a list field is priced at. A connection without `first`/`last` is priced at the page
 * size its subgraph gives by default; a plain list at the size it can reach in the national network
 * (about 80 förbund over 290 kommuner in 21 län, a few hundred projects per method). A list not named
 * here is priced at DEFAULT_LIST_SIZE. test/limits.test.ts checks that every name exists in the schema.
 */
export const LIST_SIZES: Record<string, number> = {
  // Connections: the subgraphs' default page sizes (services/*/src/schema).
  'Query.forbunds': 20,
  'Query.methods': 20,
  'Query.registryAuditLog': 50,
  'Query.methodAuditLog': 50,
  'Query.fundingAuditLog': 50,
  'Query.projectAuditLog': 50,
  'Forbund.projects': 50,
  // Plain lists, at the size they reach nationally.
  'Query.kommuner': 290,
  'Query.lans': 21,
  'Coverage.byLan': 21,
  'NationalKeyFigures.byLan': 21,
  // A trend of every year since Lag 2003:1210 came into force.
  'Query.keyFigureTrend': 22,
  'Method.projects': 200,
  'Method.usedBy': 80,
  'Forbund.members': 30,
  'Forbund.kommuner': 30,
  'Lan.kommuner': 50,
};
export const DEFAULT_LIST_SIZE = 10;

/** What one operation costs, fragments expanded; counts past a limit stop growing to be exact. */
export interface Measure {
  depth: number;
  aliases: number;
  fields: number;
  directives: number;
  /** Pairs of same-named fields in one selection set (see maxFieldPairs). */
  fieldPairs: number;
  /** Each field costs 1 times the sizes of the lists around it: GitHub's and Shopify's model. */
  cost: number;
}

/** A selection set's measure, and how often each response name occurs at its own level. */
interface SetMeasure extends Measure {
  names: Map<string, number>;
}

/** A refusal before any subgraph is asked, with the cost when the cost is the reason. */
function refuse(code: string, message: string, extensions: Record<string, unknown> = {}): HttpError {
  return new HttpError(400, code, message, { extensions });
}

interface Walk {
  schema: GraphQLSchema;
  limits: OperationLimits;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  operation: OperationDefinitionNode;
  /** A fragment's measure at the type its condition names, computed once. */
  memo: Map<string, SetMeasure>;
}

const ZERO: Measure = { depth: 0, aliases: 0, fields: 0, directives: 0, fieldPairs: 0, cost: 0 };

function add(a: Measure, b: Measure): Measure {
  return {
    depth: Math.max(a.depth, b.depth),
    aliases: a.aliases + b.aliases,
    fields: a.fields + b.fields,
    directives: a.directives + b.directives,
    fieldPairs: a.fieldPairs + b.fieldPairs,
    cost: a.cost + b.cost,
  };
}

function fieldDefinition(walk: Walk, parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  // Introspection's root fields are nobody's getFields(); graphql-js exports their definitions.
  if (name === SchemaMetaFieldDef.name && parent === walk.schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === walk.schema.getQueryType()) return TypeMetaFieldDef;
  if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
  return undefined; // a union: only __typename, a leaf
}

/** The value of an argument, literal or variable (the caller's, else the variable's default). */
function argumentValue(walk: Walk, node: ValueNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (name in walk.variables) return walk.variables[name];
    const definition = walk.operation.variableDefinitions?.find((d) => d.variable.name.value === name);
    return argumentValue(walk, definition?.defaultValue);
  }
  return undefined;
}

/**
 * How many items the field's list holds for pricing: `first`/`last` as asked (refused above the page
 * limit), else the connection's default page or the list's national size; 1 for a single object.
 */
function listSize(walk: Walk, parent: GraphQLCompositeType, node: FieldNode, field: GraphQLField<unknown, unknown>): number {
  const name = `${parent.name}.${node.name.value}`;
  const slicing = field.args.some((a) => a.name === 'first' || a.name === 'last');
  if (slicing) {
    let asked: number | undefined;
    for (const argument of node.arguments ?? []) {
      if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
      const value = argumentValue(walk, argument.value);
      if (typeof value !== 'number') continue;
      if (value > walk.limits.maxPageSize || value < 0) {
        throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `${argument.name.value} on ${name} must be from 0 to ${walk.limits.maxPageSize}; page through with after/before for more.`, {
          extensions: { field: argument.name.value },
        });
      }
      asked = Math.max(asked ?? 0, value);
    }
    // A page of 0 still costs its request: priced as 1.
    return Math.max(1, asked ?? LIST_SIZES[name] ?? walk.limits.maxPageSize);
  }
  // The edges of a connection are the page already priced on the connection field.
  if (parent.name.endsWith('Connection') && (node.name.value === 'edges' || node.name.value === 'nodes')) return 1;
  return isListType(getNullableType(field.type)) ? (LIST_SIZES[name] ?? DEFAULT_LIST_SIZE) : 1;
}

function measureSet(walk: Walk, set: SelectionSetNode, parent: GraphQLCompositeType): SetMeasure {
  let total = ZERO;
  const names = new Map<string, number>();
  const count = (name: string, times: number) => names.set(name, (names.get(name) ?? 0) + times);
  // graphql-js merges a fragment spread twice into one selection set once when it compares fields.
  const spread = new Set<string>();
  const merge = (inner: SetMeasure, directives: number, once: boolean) => {
    // The inner set's pairs are counted again below, with this set's names merged in.
    total = add(total, { ...inner, directives: inner.directives + directives, fieldPairs: 0 });
    if (once) for (const [name, times] of inner.names) count(name, times);
  };
  for (const selection of set.selections) {
    const directives = selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      const own: Measure = { depth: 1, aliases: selection.alias ? 1 : 0, fields: 1, directives, fieldPairs: 0, cost: 1 };
      count(selection.alias?.value ?? selection.name.value, 1);
      const field = selection.name.value === '__typename' ? undefined : fieldDefinition(walk, parent, selection.name.value);
      const type = field ? getNamedType(field.type) : undefined;
      if (selection.selectionSet && field && type && isCompositeType(type)) {
        const child = measureSet(walk, selection.selectionSet, type);
        // The document's size grows with the child once; its price with every item of the list.
        own.depth = child.depth + 1;
        own.aliases += child.aliases;
        own.fields += child.fields;
        own.directives += child.directives;
        own.fieldPairs += child.fieldPairs;
        own.cost += child.cost * listSize(walk, parent, selection, field);
      }
      total = add(total, own);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      const inner = condition && isCompositeType(condition) ? measureSet(walk, selection.selectionSet, condition) : { ...ZERO, names: new Map() };
      total = add(total, { ...ZERO, fieldPairs: inner.fieldPairs - pairsOf(inner.names) });
      merge(inner, directives, true);
    } else {
      const inner = measureFragment(walk, selection.name.value);
      total = add(total, { ...ZERO, fieldPairs: inner.fieldPairs - pairsOf(inner.names) });
      merge(inner, directives, !spread.has(selection.name.value));
      spread.add(selection.name.value);
    }
  }
  return { ...total, fieldPairs: total.fieldPairs + pairsOf(names), names };
}

/** Pairs among same-named fields of one level: n fields of one name make n(n-1)/2. */
function pairsOf(names: Map<string, number>): number {
  let pairs = 0;
  for (const n of names.values()) pairs += (n * (n - 1)) / 2;
  return pairs;
}

function measureFragment(walk: Walk, name: string): SetMeasure {
  const known = walk.memo.get(name);
  if (known) return known;
  const fragment = walk.fragments.get(name);
  const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
  // Validation ran first, so the fragment exists and no cycle leads back here.
  const measured = fragment && type && isCompositeType(type) ? measureSet(walk, fragment.selectionSet, type) : { ...ZERO, names: new Map<string, number>() };
  walk.memo.set(name, measured);
  return measured;
}

/**
 * The operation a request names, else the document's only one. Refused here, because Apollo Server
 * hands a gateway the document without resolving the name, and @apollo/gateway's query planner then
 * throws INVALID_GRAPHQL as an HTTP 500 for an unknown name or a missing one among several (found by
 * test/fuzz.test.ts). Code and messages are those Apollo Server and graphql-js give without a gateway.
 */
function resolveOperation(operations: OperationDefinitionNode[], operationName: string | undefined): OperationDefinitionNode {
  const found = operationName === undefined ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
  if (found) return found;
  const message =
    operationName !== undefined
      ? `Unknown operation named "${operationName}".`
      : operations.length === 0
        ? 'Must provide an operation.'
        : 'Must provide operation name if query contains multiple operations.';
  throw new HttpError(400, ErrorCode.OPERATION_RESOLUTION_FAILURE, message);
}

/** Every rule of the GraphQL specification but the quadratic one; each is linear in the document. */
const LINEAR_RULES = specifiedRules.filter((rule) => rule !== OverlappingFieldsCanBeMergedRule);

export interface Analysis {
  document: DocumentNode;
  measure: Measure;
  /** The type of the operation that runs; absent when none will (an operationName of another type). */
  operationType?: OperationDefinitionNode['operation'];
  /** Its name, absent for an anonymous operation. */
  operationName?: string;
}

/**
 * Documents that parsed and validated, by their text and schema: clients send the same few operations
 * over and over (Apollo keeps such a cache too). Only the walk, which depends on the variables, runs
 * again. Refused documents are not kept, so hostile ones cannot crowd out the good.
 */
const validated = new WeakMap<GraphQLSchema, LRUCache<string, DocumentNode>>();

function validDocument(schema: GraphQLSchema, query: string, limits: OperationLimits, production: boolean): DocumentNode | undefined {
  let cache = validated.get(schema);
  if (!cache) validated.set(schema, (cache = new LRUCache({ max: 1000 })));
  const known = cache.get(query);
  if (known) return known;
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (String((error as Error).message).includes('tokens')) {
      throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The document has more than ${limits.maxTokens} tokens.`);
    }
    return undefined;
  }
  const errors = validate(schema, document, LINEAR_RULES, { maxErrors: 10 });
  if (errors.length > 0) {
    const say = (message: string) => (production ? withoutSuggestions(message) : message);
    throw new HttpError(400, ErrorCode.GRAPHQL_VALIDATION_FAILED, say(errors[0]!.message), {
      more: errors.slice(1).map((e) => ({ message: say(e.message), extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } })),
    });
  }
  cache.set(query, document);
  return document;
}

/**
 * Parses, validates and measures one request's operation; throws an HttpError naming the limit it
 * passes, or the validation errors. Returns undefined for a syntax error, which Apollo reports as
 * GRAPHQL_PARSE_FAILED.
 */
export function analyse(
  schema: GraphQLSchema,
  request: { query: string; operationName?: unknown; variables?: unknown },
  limits: OperationLimits = DEFAULT_LIMITS,
  production = false,
): Analysis | undefined {
  const document = validDocument(schema, request.query, limits, production);
  if (!document) return undefined;
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  // A name of another type is Apollo's to refuse (BAD_REQUEST); nothing runs, so nothing is priced.
  if (request.operationName !== undefined && request.operationName !== null && typeof request.operationName !== 'string') return { document, measure: { ...ZERO } };
  const named = resolveOperation(operations, request.operationName ?? undefined);
  const root = named.operation === 'mutation' ? schema.getMutationType() : named.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  // graphql-js 16 has no rule for an operation type the schema lacks, and @apollo/gateway's planner
  // then throws INVALID_GRAPHQL as an HTTP 500 (found by test/fuzz.test.ts); graphql-js 17's
  // KnownOperationTypesRule makes it a validation error, as here.
  if (!root) throw new HttpError(400, ErrorCode.GRAPHQL_VALIDATION_FAILED, `The schema is not configured to execute ${named.operation} operations; the hub serves queries and mutations.`);
  const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const { names: _names, ...measure } = measureSet({ schema, limits, fragments, variables, operation: named, memo: new Map() }, named.selectionSet, root);
  if (measure.depth > limits.maxDepth) {
    throw refuse(ErrorCode.QUERY_TOO_DEEP, `The query nests deeper than ${limits.maxDepth} levels.`);
  }
  if (measure.aliases > limits.maxAliases) {
    throw refuse(ErrorCode.TOO_MANY_ALIASES, `The query uses more than ${limits.maxAliases} aliases.`);
  }
  if (measure.directives > limits.maxDirectives) {
    throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query uses more than ${limits.maxDirectives} directives.`);
  }
  if (measure.fieldPairs > limits.maxFieldPairs) {
    throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query selects fields of one name in one selection set too often (${measure.fieldPairs} pairs to compare, at most ${limits.maxFieldPairs}); select each field once.`);
  }
  if (measure.fields > limits.maxFields) {
    throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query selects more than ${limits.maxFields} fields.`);
  }
  if (!(measure.cost <= limits.maxCost)) {
    const requested = Number.isFinite(measure.cost) ? measure.cost : Number.MAX_SAFE_INTEGER;
    throw refuse(ErrorCode.QUERY_TOO_COMPLEX, `The query costs ${requested}, more than the limit of ${limits.maxCost}: ask for smaller pages (first/last) or fewer nested lists.`, {
      cost: { requested, limit: limits.maxCost },
    });
  }
  return { document, measure, operationType: named.operation, operationName: named.name?.value };
}

/** Refuses variables nested deeper than the limit, without recursion (the input may be 100,000 deep). */
export function checkVariables(variables: unknown, limits: OperationLimits = DEFAULT_LIMITS): void {
  const stack: [unknown, number][] = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxVariableDepth) {
      throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `The variables nest deeper than ${limits.maxVariableDepth} levels; no input of this API needs that.`);
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

/** sha256 of an operation as printed with the fragments it uses: the key of a trusted document. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One entry per operation of a client document: its normalised text, keyed by its hash. */
export function manifestOf(source: string | DocumentNode): Record<string, string> {
  const document = typeof source === 'string' ? parse(source) : source;
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const manifest: Record<string, string> = {};
  for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const used = fragments.filter((f) => print(operation).includes(`...${f.name.value}`));
    const text = [operation, ...used].map((d) => print(d)).join('\n\n');
    manifest[documentHash(text)] = text;
  }
  return manifest;
}

export interface PreflightOptions {
  /** The API schema the gateway serves (the supergraph's, without federation's own types). */
  schema: GraphQLSchema;
  limits?: OperationLimits;
  /** When set, only these documents run (trusted documents); clients may send the hash alone. */
  trustedDocuments?: Record<string, string>;
  /** Production: no field suggestions in validation errors. */
  production?: boolean;
}

export interface Preflight {
  /** A replacement body (a trusted document sent by its hash). */
  body?: unknown;
  /** The operation's price, 0 when nothing will run (a syntax error, an unknown operation). */
  cost: number;
  /** The parsed, valid operation, when there is one (the response cache's key needs its type and fields). */
  analysis?: Analysis;
  /** The operation's text: the body's, the GET parameter's, or a trusted document's for its hash. */
  query?: string;
}

/** The gateway's preflight for serveApollo: batching, trusted documents, then validation and price. */
export function createPreflight(options: PreflightOptions) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return ({ body, search }: { method: string; body: unknown; search: URLSearchParams }): Preflight => {
    if (Array.isArray(body)) {
      throw new HttpError(400, ErrorCode.BATCHING_NOT_SUPPORTED, 'Send one operation per request; batched requests are not accepted.');
    }
    const request = (body && typeof body === 'object' ? body : {}) as {
      query?: unknown;
      operationName?: unknown;
      variables?: unknown;
      extensions?: { persistedQuery?: { sha256Hash?: unknown } };
    };
    let query = typeof request.query === 'string' ? request.query : (search.get('query') ?? undefined);
    let variables = request.variables;
    if (variables === undefined && search.has('variables')) {
      try {
        variables = JSON.parse(search.get('variables')!);
      } catch {
        variables = undefined; // Apollo refuses it with its own message
      }
    }
    checkVariables(variables, limits);
    const operationName = request.operationName ?? search.get('operationName') ?? undefined;
    let replaced: unknown = undefined;
    if (options.trustedDocuments) {
      const hash = request.extensions?.persistedQuery?.sha256Hash;
      if (!query && typeof hash === 'string') {
        query = options.trustedDocuments[hash];
        if (!query) throw new HttpError(400, ErrorCode.PERSISTED_QUERY_NOT_FOUND, `No trusted document has the hash ${hash}.`);
        const { extensions: _ignored, ...rest } = request;
        replaced = { ...rest, query };
      } else if (query !== undefined) {
        const analysis = analyse(options.schema, { query, operationName, variables }, limits, options.production);
        const trusted = options.trustedDocuments;
        if (!analysis || !Object.keys(manifestOf(analysis.document)).every((h) => trusted[h] !== undefined)) {
          throw new HttpError(400, ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'Only trusted documents run here; this operation is not in the manifest.');
        }
        return { cost: analysis.measure.cost, analysis, query };
      }
    }
    const analysis = query === undefined ? undefined : analyse(options.schema, { query, operationName, variables }, limits, options.production);
    return { body: replaced, cost: analysis?.measure.cost ?? 0, analysis, query };
  };
}
