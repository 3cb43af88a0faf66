import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  Kind,
  parse,
  print,
  visit,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ErrorCode } from '@finsam/core';
import { contract, evictCachedAnswers, gateway, sql, tokens } from './support/client.ts';
import { databaseFingerprint } from './support/fingerprint.ts';

/**
 * Issue 11, part 8: generated hostile requests against the run's real gateway. Whatever arrives, the
 * hub answers with HTTP below 500, in JSON, each error with a code a client can branch on, and is still
 * whole afterwards.
 *
 * Writes are sent with the token of an editor of a förbund this file registers itself (test-fuzz), so
 * scope-auth confines whatever the fuzz manages to write to that förbund; ids that do not exist are
 * used too. Everything the file wrote is deleted at the end, and the database is compared row for row
 * with the state before the file ran, because later files count förbund, projects and funding years.
 *
 * Replay a failure with FUZZ_SEED (and FUZZ_PATH) from the message fast-check prints; FUZZ_REQUESTS
 * sets how many requests run (default 10,000); FUZZ_SHRINK=1 shrinks a failure to a small case.
 */

/** The seed CI replays: the one that found the lone surrogate PostgreSQL 15 cannot store. */
const CI_SEED = 1600429900;
const FORBUND = 'test-fuzz';
const BATCH = 8;
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
/** A healthy answer takes milliseconds; ten seconds is a hang, and the gateway's subgraph timeout too. */
const TIMEOUT_MS = 10_000;

/**
 * The codes a client may meet here. INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE and SUBGRAPH_UNAVAILABLE
 * are missing on purpose: every process and the database are up, so each of them would be a defect.
 * RATE_LIMITED cannot happen with the run's budget. Apollo's own: a document that does not parse, a
 * body that is not a GraphQL request (or CSRF prevention's refusal), an operationName the document
 * lacks, an automatic persisted query the gateway has not seen.
 */
const ACCEPTED_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.RULE_VIOLATION,
  ErrorCode.QUERY_TOO_DEEP,
  ErrorCode.TOO_MANY_ALIASES,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.BATCHING_NOT_SUPPORTED,
  ErrorCode.PAYLOAD_TOO_LARGE,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

const CONTRACT_TEXT = readFileSync(new URL('../contract/operations.graphql', import.meta.url), 'utf8');
const CONTRACT = parse(CONTRACT_TEXT);
const OPERATIONS = CONTRACT.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const OPERATION_NAMES = OPERATIONS.map((o) => o.name!.value);

// ---------------------------------------------------------------------------------------------------
// Requests, as recipes: a 1 MB string is built when the request is sent, so that fast-check's report
// of a counterexample stays readable.
// ---------------------------------------------------------------------------------------------------

type Auth = 'none' | 'editor' | 'garbage';

interface Recipe {
  label: string;
  method: 'POST' | 'GET';
  auth: Auth;
  contentType: string;
  /** The body's text, with "@@BIG<n>:<unit>@@" standing for unit repeated n times, and "@@RAW:<json>@@" (quotes included) for raw JSON text. */
  body: string;
  /** For GET: the query string. */
  search?: string;
}

const RAW = (text: string) => `@@RAW:${text}@@`;
const BIG = (n: number, unit: string) => `@@BIG${n}:${unit}@@`;

function materialise(body: string): string {
  return body
    .replace(/"@@RAW:(.*?)@@"/g, (_m, text: string) => text)
    .replace(/@@BIG(\d+):(.*?)@@/g, (_m, n: string, unit: string) => unit.repeat(Number(n)));
}

/** Serialises a request body, leaving the @@ markers to materialise(). */
const json = (value: unknown) => JSON.stringify(value);

// ---------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------

const nfc = 'Södertälje–Nykvarn Åre Ölme';
const UNICODE = [
  '\u0000',
  `a\u0000b`,
  nfc,
  nfc.normalize('NFD'),
  `${nfc} ${nfc.normalize('NFD')}`,
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  '\uFEFFbom',
  '\u202Eevil\u202C',
  '🧑‍🤝‍🧑🇸🇪',
  'ﬁ ẛ̣ Å Å Å',
  '\u0000\u0001\u001F\u007F',
  "'; DROP TABLE project; --",
  '%_\\',
  '<script>alert(1)</script>',
  ':*|&!()',
];

const unicodeString = fc.oneof(
  fc.constantFrom(...UNICODE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.constantFrom(...UNICODE), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
);

/** Strings of about 1 MB: some fit the body limit with room for the rest, some pass it. */
const bigString = fc
  .record({ bytes: fc.constantFrom(990_000, 999_800, 1_000_001, 1_048_576), unit: fc.constantFrom('a', 'å', '\u0000', '€') })
  .map(({ bytes, unit }) => BIG(Math.floor(bytes / Buffer.byteLength(JSON.stringify(unit).slice(1, -1))), JSON.stringify(unit).slice(1, -1)));

const INVALID_DATES = ['2021-02-30', '2021-13-01', '2021-00-10', '0000-00-00', '20210101', '2021-1-1', '', ' 2021-01-01', '2021-02-29', '1900-02-29', '9999-12-31', '-001000-01-01', '+275760-09-13', '2021-01-01T00:00:00Z', '2021-01-01\u0000', 'yesterday', '١٩٩٩-٠١-٠١'];

const hugeNumber = fc.oneof(
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e21),
  fc.constantFrom(RAW('1e400'), RAW('-1e400'), RAW('123456789012345678901234567890'), RAW('-0'), RAW('1.0'), RAW('9007199254740993'), RAW('1E2')),
);
const oddNumber = fc.oneof(hugeNumber, fc.integer({ min: -1_000_000, max: -1 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0.5, -0.5, 2005.5));

/** Anything a client could put where a value of another kind belongs. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  oddNumber,
  unicodeString,
  fc.constantFrom(...INVALID_DATES),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom([], {}, [1, 2], { id: 'x' }, [[[]]], '1', '2020', 'true', 'NaN', 'Infinity'),
  fc.jsonValue({ maxDepth: 3 }),
);

const validYear = fc.integer({ min: 2004, max: 2030 });
const int = fc.oneof({ weight: 3, arbitrary: validYear }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 3, arbitrary: oddNumber }, { weight: 1, arbitrary: wrongValue });
const kronor = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) }, { weight: 1, arbitrary: fc.maxSafeInteger() }, { weight: 3, arbitrary: oddNumber }, { weight: 1, arbitrary: wrongValue });
const date = fc.oneof({ weight: 2, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) }, { weight: 3, arbitrary: fc.constantFrom(...INVALID_DATES) }, { weight: 1, arbitrary: wrongValue });
const text = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 30 }) }, { weight: 3, arbitrary: unicodeString }, { weight: 1, arbitrary: wrongValue });
const largeText = fc.oneof({ weight: 20, arbitrary: text }, { weight: 1, arbitrary: bigString });
const forbundId = fc.oneof({ weight: 4, arbitrary: fc.constant(FORBUND) }, { weight: 1, arbitrary: fc.constantFrom('test-fuzz-missing', 'nope', '', FORBUND.normalize('NFD') + '\u0301') }, { weight: 1, arbitrary: text });
const enumOf = (...values: string[]) => fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: text });
const listOf = <T>(item: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: wrongValue });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const TARGET_GROUPS = ['YOUNG_PEOPLE_SPECIAL_NEEDS', 'NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE', 'SUBSTANCE_ABUSE', 'MENTAL_ILL_HEALTH', 'LONG_TERM_SICK_LEAVE', 'LONG_TERM_UNEMPLOYED', 'NEWLY_ARRIVED', 'DISABILITY'];
const PARTY_KINDS = ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN'];
const PROJECT_KINDS = ['INDIVIDUAL', 'STRUCTURAL'];
const STATUSES = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'];

/** Drops undefined fields, so that fast-check's option() leaves a field out instead of sending null. */
const defined = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

const inputs = {
  CreateProjectInput: fc
    .record({
      forbundId,
      title: largeText,
      summary: maybe(largeText),
      kind: enumOf(...PROJECT_KINDS),
      startsOn: date,
      endsOn: maybe(date),
      targetGroups: listOf(enumOf(...TARGET_GROUPS)),
      partyKinds: listOf(enumOf(...PARTY_KINDS)),
      methodIds: maybe(listOf(fc.oneof(fc.constantFrom('pa-ratt-vag', 'ips', 'no-such-method'), text))),
      budget: maybe(kronor),
    })
    .map(defined),
  UpdateProjectInput: fc
    .record({
      expectedVersion: int,
      title: maybe(largeText),
      summary: maybe(largeText),
      status: maybe(enumOf(...STATUSES)),
      startsOn: maybe(date),
      endsOn: maybe(date),
      targetGroups: maybe(listOf(enumOf(...TARGET_GROUPS))),
      partyKinds: maybe(listOf(enumOf(...PARTY_KINDS))),
      methodIds: maybe(listOf(text)),
      budget: maybe(kronor),
    })
    .map(defined),
  ParticipationInput: fc.record({ year: int, participants: int, women: int, men: int }),
  FundingYearInput: fc
    .record({
      year: int,
      budgetedTotal: maybe(kronor),
      contributions: listOf(
        fc.record({ partyKind: enumOf(...PARTY_KINDS), partyName: largeText, kommunCode: maybe(fc.oneof(fc.constantFrom('0980', '0181', '9999'), text)), amount: kronor }).map(defined),
      ),
      accounts: maybe(fc.record({ costs: kronor, result: kronor, equity: kronor })),
    })
    .map(defined),
} satisfies Record<string, fc.Arbitrary<unknown>>;

/** A value for a variable of the given type (as written in the operation), hostile or not. */
function valueFor(type: string, projectIds: string[]): fc.Arbitrary<unknown> {
  const named = type.replace(/[[\]!]/g, '');
  const base: fc.Arbitrary<unknown> = (() => {
    switch (named) {
      case 'Int':
        return int;
      case 'String':
        return fc.oneof(fc.constantFrom('0181', '01', '25', '09'), largeText);
      case 'ID':
        return fc.oneof(forbundId, fc.constantFrom(...projectIds, 'sodertalje-nykvarn', 'pa-ratt-vag', 'no-such-project'), largeText);
      case 'TargetGroup':
        return enumOf(...TARGET_GROUPS);
      default:
        return (inputs as Record<string, fc.Arbitrary<unknown>>)[named] ?? wrongValue;
    }
  })();
  // Now and then the wrong kind of value altogether.
  return fc.oneof({ weight: 6, arbitrary: base }, { weight: 1, arbitrary: wrongValue });
}

function variablesFor(operation: OperationDefinitionNode, projectIds: string[]): fc.Arbitrary<Record<string, unknown>> {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const definition of operation.variableDefinitions ?? []) shape[definition.variable.name.value] = valueFor(print(definition.type), projectIds);
  // Variables may be left out, and unknown ones added.
  return fc.tuple(fc.record(shape, { requiredKeys: [] }), fc.dictionary(fc.string({ maxLength: 8 }), wrongValue, { maxKeys: 2 })).map(([known, extra]) => (Object.keys(extra).length > 0 ? { ...extra, ...known } : known));
}

// ---------------------------------------------------------------------------------------------------
// Documents: the contract's operations, mutated
// ---------------------------------------------------------------------------------------------------

const FIELD_NAMES = ['id', 'name', 'code', 'nope', '__typename', '__schema', 'projects', 'forbund', 'edges', 'node', 'totalCount', 'participants', 'Ä', 'methods'];

function fieldsOf(document: DocumentNode): FieldNode[] {
  const fields: FieldNode[] = [];
  visit(document, { Field: (node) => void fields.push(node) });
  return fields;
}

function argumentsOf(document: DocumentNode): ArgumentNode[] {
  const nodes: ArgumentNode[] = [];
  visit(document, { Argument: (node) => void nodes.push(node) });
  return nodes;
}

const literal: fc.Arbitrary<ValueNode> = fc.oneof(
  fc.constantFrom('0', '-1', '2147483648', '99999999999999999999', '100', '101').map((value): ValueNode => ({ kind: Kind.INT, value })),
  fc.constantFrom('1.5', '1e400', '-0.0').map((value): ValueNode => ({ kind: Kind.FLOAT, value })),
  fc.oneof(unicodeString, fc.constantFrom(...INVALID_DATES)).map((value): ValueNode => ({ kind: Kind.STRING, value })),
  fc.boolean().map((value): ValueNode => ({ kind: Kind.BOOLEAN, value })),
  fc.constant<ValueNode>({ kind: Kind.NULL }),
  fc.constantFrom('LONG_TERM_UNEMPLOYED', 'NOPE').map((value): ValueNode => ({ kind: Kind.ENUM, value })),
  fc.constantFrom('year', 'nope', 'first').map((value): ValueNode => ({ kind: Kind.VARIABLE, name: { kind: Kind.NAME, value } })),
  fc.constant<ValueNode>({ kind: Kind.LIST, values: [{ kind: Kind.INT, value: '1' }] }),
  fc.constant<ValueNode>({ kind: Kind.OBJECT, fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: 'activeIn' }, value: { kind: Kind.STRING, value: '2020' } }] }),
);

type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number; times: number }
  | { kind: 'rename'; at: number; to: string }
  | { kind: 'argument'; at: number; value: ValueNode }
  | { kind: 'swapVariables'; a: number; b: number }
  | { kind: 'operationType'; to: 'query' | 'mutation' | 'subscription' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), to: fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.stringMatching(/^[_A-Za-z][_0-9A-Za-z]{0,10}$/)) }),
  fc.record({ kind: fc.constant('argument' as const), at: fc.nat(), value: literal }),
  fc.record({ kind: fc.constant('swapVariables' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('operationType' as const), to: fc.constantFrom('query' as const, 'mutation' as const, 'subscription' as const) }),
);

function applyMutation(document: DocumentNode, m: Mutation): DocumentNode {
  switch (m.kind) {
    case 'drop':
    case 'duplicate':
    case 'rename': {
      const fields = fieldsOf(document);
      const target = fields[m.at % fields.length]!;
      if (m.kind === 'rename') return visit(document, { Field: (node) => (node === target ? { ...node, name: { kind: Kind.NAME, value: m.to } } : undefined) });
      return visit(document, {
        SelectionSet: (node: SelectionSetNode) =>
          node.selections.includes(target)
            ? { ...node, selections: node.selections.flatMap((s) => (s !== target ? [s] : m.kind === 'drop' ? [] : Array<FieldNode>(m.times + 1).fill(target))) }
            : undefined,
      });
    }
    case 'argument': {
      const args = argumentsOf(document);
      if (args.length === 0) return document;
      const target = args[m.at % args.length]!;
      return visit(document, { Argument: (node) => (node === target ? { ...node, value: m.value } : undefined) });
    }
    case 'swapVariables': {
      const names = [...new Set(document.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? (d.variableDefinitions ?? []).map((v) => v.variable.name.value) : [])))];
      if (names.length < 2) return document;
      const a = names[m.a % names.length]!;
      const b = names[m.b % names.length]!;
      // Only the uses swap, not the definitions: $year where $first was is a type error or a new meaning.
      return visit(document, {
        VariableDefinition: () => false,
        Variable: (node) => (node.name.value === a ? { ...node, name: { ...node.name, value: b } } : node.name.value === b ? { ...node, name: { ...node.name, value: a } } : undefined),
      });
    }
    case 'operationType':
      return visit(document, { OperationDefinition: (node) => ({ ...node, operation: m.to as OperationDefinitionNode['operation'] }) });
  }
}

// ---------------------------------------------------------------------------------------------------
// The generators of requests
// ---------------------------------------------------------------------------------------------------

const auth = fc.constantFrom<Auth>('none', 'editor', 'editor', 'none', 'garbage');
/** fast-check prints a counterexample with this, so that a failure's report stays a few lines long. */
const recipe = (r: Recipe): Recipe => Object.assign(r, { [fc.toStringMethod]: () => describeRecipe(r) });
const post = (label: string, a: Auth, body: string, contentType = 'application/json'): Recipe => recipe({ label, method: 'POST', auth: a, contentType, body });

function requests(projectIds: string[]): fc.Arbitrary<Recipe> {
  const operation = fc.constantFrom(...OPERATIONS);
  const contractCall = operation.chain((op) => fc.record({ op: fc.constant(op), variables: variablesFor(op, projectIds), a: auth }));

  /** A contract operation as written, with generated variables of the right and wrong kinds. */
  const variablesRequest = contractCall.map(({ op, variables, a }) => post(`variables ${op.name!.value}`, a, json({ query: print(op), operationName: op.name!.value, variables })));

  /** The contract's writes, signed in as test-fuzz's editor, so that the subgraphs' validation runs. */
  const writes = OPERATIONS.filter((o) => o.operation === 'mutation');
  const writeRequest = fc
    .constantFrom(...writes)
    .chain((op) => variablesFor(op, projectIds).map((variables) => post(`write ${op.name!.value}`, 'editor', json({ query: print(op), operationName: op.name!.value, variables }))));

  /** A contract operation with a few random changes to its document. */
  const mutatedRequest = fc
    .record({ call: contractCall, mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) })
    .map(({ call, mutations }) => {
      const document = mutations.reduce(applyMutation, { kind: Kind.DOCUMENT, definitions: [call.op] } as DocumentNode);
      return post(`mutated ${call.op.name!.value} (${mutations.map((m) => m.kind).join(', ')})`, call.a, json({ query: print(document), variables: call.variables }));
    });

  /** A contract operation cut at a random place. */
  const cutRequest = fc.record({ call: contractCall, at: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ call, at }) => {
    const textOf = print(call.op);
    return post(`cut ${call.op.name!.value}`, call.a, json({ query: textOf.slice(0, Math.floor(textOf.length * at)), variables: call.variables }));
  });

  /** The whole contract sent, with an operation name it has, lacks, or garbles. */
  const operationNameRequest = fc
    .record({ name: fc.oneof(fc.constantFrom(...OPERATION_NAMES), fc.constantFrom('', 'nope', 'methodlibrary', 'MethodLibrary\u0000', 'MethodLibrary '.normalize('NFD')), unicodeString, wrongValue), a: auth })
    .map(({ name, a }) => post('operation name', a, json({ query: CONTRACT_TEXT, operationName: name, variables: { year: 2020, id: 'x', fromYear: 2020, toYear: 2021, code: '0181' } })));

  /** A single contract operation under a name it does not have. */
  const unknownOperation = fc
    .record({ call: contractCall, name: fc.oneof(fc.constantFrom('Nope', 'query', '__schema'), fc.string({ maxLength: 12 })) })
    .map(({ call, name }) => post('unknown operation', call.a, json({ query: print(call.op), operationName: name, variables: call.variables })));

  /** Bodies that are not JSON, or JSON that is not a GraphQL request. */
  const malformedRequest = fc.oneof(
    contractCall.chain(({ op, variables, a }) =>
      fc.nat().map((at) => {
        const body = json({ query: print(op), variables });
        return post('malformed: cut JSON', a, body.slice(0, at % body.length));
      }),
    ),
    fc.tuple(auth, fc.string({ maxLength: 60 })).map(([a, body]) => post('malformed: any text', a, body)),
    fc.tuple(auth, fc.constantFrom('{', '}', '[', 'null', 'true', '1', '"query"', '{"query":}', '{"query":"{ lans { code } }",}', '{"query": "{ lans { code } }"} trailing', "{'query':'{ lans { code } }'}", '\uFEFF{"query":"{ lans { code } }"}', '{"query":"{ lans { code } }","query":"{ kommuner { code } }"}', '{"query":"\\ud800"}', '{"query":"\\u0000"}', '{"query":1e400}', '{"__proto__":{"query":"{ lans { code } }"}}')).map(([a, body]) => post('malformed: near JSON', a, body)),
    fc.tuple(auth, fc.jsonValue({ maxDepth: 3 })).map(([a, value]) => post('malformed: JSON not a request', a, json(value))),
    fc.tuple(auth, fc.array(fc.record({ query: fc.constant('{ lans { code } }') }), { maxLength: 3 })).map(([a, value]) => post('malformed: batch', a, json(value))),
    fc.tuple(auth, fc.record({ query: wrongValue, variables: wrongValue, operationName: wrongValue, extensions: wrongValue }, { requiredKeys: [] })).map(([a, value]) => post('malformed: wrong member types', a, json(value))),
    fc.tuple(auth, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/graphql', '')).map(([a, type]) => post(`content type "${type}"`, a, json({ query: '{ lans { code } }' }), type)),
    auth.map((a) => post('persisted query hash', a, json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }))),
  );

  /** About a megabyte, in the query itself, in a variable, or in a string argument of a write. */
  const bigRequest = fc.oneof(
    bigString.map((s) => post('1 MB: query text', 'none', `{"query":"{ lans { code } } #${s}"}`)),
    fc.tuple(bigString, auth).map(([s, a]) => post('1 MB: search variable', a, json({ query: print(OPERATIONS.find((o) => o.name!.value === 'MethodLibrary')!), variables: { search: s } }))),
    bigString.map((s) => post('1 MB: project title', 'editor', json({ query: print(OPERATIONS.find((o) => o.name!.value === 'CreateProject')!), variables: { input: { forbundId: FORBUND, title: s, kind: 'INDIVIDUAL', startsOn: '2021-01-01', targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'REGION'] } } }))),
    bigString.map((s) => post('1 MB: kommun code', 'none', json({ query: print(OPERATIONS.find((o) => o.name!.value === 'KommunLookup')!), variables: { code: s } }))),
  );

  /** Queries over GET, mutations included (405). */
  const getRequest = contractCall.map(({ op, variables, a }): Recipe => recipe({
    label: `GET ${op.operation}`,
    method: 'GET',
    auth: a,
    contentType: '',
    body: '',
    search: new URLSearchParams({ query: print(op), variables: json(variables) }).toString(),
  }));

  return fc.oneof(
    { weight: 25, arbitrary: variablesRequest },
    { weight: 20, arbitrary: writeRequest },
    { weight: 25, arbitrary: mutatedRequest },
    { weight: 6, arbitrary: cutRequest },
    { weight: 4, arbitrary: operationNameRequest },
    { weight: 4, arbitrary: unknownOperation },
    { weight: 12, arbitrary: malformedRequest },
    { weight: 1, arbitrary: bigRequest },
    { weight: 3, arbitrary: getRequest },
  );
}

// ---------------------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------------------

interface Outcome {
  status: number;
  codes: string[];
  problem?: string;
}

const statuses = new Map<number, number>();
const codes = new Map<string, number>();
let sent = 0;

let editorToken = '';

async function send(recipe: Recipe): Promise<Outcome> {
  const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
  if (recipe.contentType) headers['content-type'] = recipe.contentType;
  if (recipe.method === 'GET') headers['apollo-require-preflight'] = 'true';
  if (recipe.auth === 'editor') headers.authorization = `Bearer ${editorToken}`;
  if (recipe.auth === 'garbage') headers.authorization = 'Bearer \u00e5.not.a.jwt';
  const url = recipe.method === 'GET' ? `${inject('gatewayUrl')}?${recipe.search}` : inject('gatewayUrl');
  let response: Response;
  try {
    response = await fetch(url, {
      method: recipe.method,
      headers,
      body: recipe.method === 'POST' ? materialise(recipe.body) : undefined,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { status: 0, codes: [], problem: `no answer: ${String((error as { cause?: unknown }).cause ?? error)}` };
  }
  sent += 1;
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const raw = await response.text();
  let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    return { status: response.status, codes: [], problem: `HTTP ${response.status} with a body that is not JSON: ${raw.slice(0, 200)}` };
  }
  const found = (body.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : '(none)'));
  for (const code of found) codes.set(code, (codes.get(code) ?? 0) + 1);
  if (response.status >= 500) return { status: response.status, codes: found, problem: `HTTP ${response.status}: ${raw.slice(0, 300)}` };
  const unknown = (body.errors ?? []).find((e) => !ACCEPTED_CODES.has(String(e.extensions?.code)));
  if (unknown) return { status: response.status, codes: found, problem: `an error with code ${String(unknown.extensions?.code ?? '(none)')}: ${String(unknown.message).slice(-600)}` };
  if (!body.errors?.length && (body.data === undefined || body.data === null)) return { status: response.status, codes: found, problem: `HTTP ${response.status} with neither data nor errors: ${raw.slice(0, 200)}` };
  return { status: response.status, codes: found };
}

function describeRecipe(r: Recipe): string {
  const text = r.search ?? r.body;
  // The head names the operation, the tail holds the variables.
  const shown = text.length <= 700 ? text : `${text.slice(0, 200)} … ${text.slice(-500)}`;
  return `${r.method} ${r.label} [${r.auth}] ${r.contentType} ${JSON.stringify(shown)}`;
}

// ---------------------------------------------------------------------------------------------------

let fingerprintBefore: Record<string, string>;
let partiesBefore: string[];
const projectIds: string[] = [];

/** Everything the fuzz could have written lives under test-fuzz, its projects and new parties. */
async function cleanUp(): Promise<void> {
  await sql(`/* fuzzCleanUpProjects */ DELETE FROM projects.audit_entry WHERE forbund_id = $1 OR project_id IN (SELECT id FROM projects.project WHERE forbund_id = $1)`, [FORBUND]);
  await sql(`DELETE FROM projects.project WHERE forbund_id = $1`, [FORBUND]);
  await sql(`/* fuzzCleanUpFunding */ DELETE FROM funding.audit_entry WHERE forbund_id = $1`, [FORBUND]);
  await sql(`DELETE FROM funding.funding_year WHERE forbund_id = $1`, [FORBUND]);
  await sql(`/* fuzzCleanUpRegistry */ DELETE FROM registry.audit_entry WHERE forbund_id = $1`, [FORBUND]);
  await sql(`DELETE FROM registry.forbund WHERE id = $1`, [FORBUND]);
  await sql(`DELETE FROM registry.party WHERE NOT (id = ANY($1)) AND NOT EXISTS (SELECT 1 FROM registry.membership m WHERE m.party_id = party.id)`, [partiesBefore]);
  await evictCachedAnswers();
}

beforeAll(async () => {
  fingerprintBefore = await databaseFingerprint();
  partiesBefore = (await sql<{ id: string }>('SELECT id FROM registry.party')).map((r) => r.id);
  const registered = await gateway(
    `mutation ($input: RegisterForbundInput!) { registerForbund(input: $input) { id } }`,
    {
      input: {
        id: FORBUND,
        name: 'Fuzzförbundet',
        activeSinceYear: 2004,
        lanCode: '09',
        source: 'test',
        members: [
          { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
          { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
          { party: { kind: 'REGION', name: 'Region Gotland', lanCode: '09' } },
          { party: { kind: 'KOMMUN', name: 'Gotlands kommun', kommunCode: '0980' } },
        ],
      },
    },
    await tokens.admin(),
  );
  expect(registered.errors).toBeUndefined();
  editorToken = await tokens.editor(FORBUND);
  for (const title of ['Fuzzinsatsen', 'Fuzzinsatsen publicerad']) {
    const created = await contract<{ createProject: { id: string } }>(
      'CreateProject',
      { input: { forbundId: FORBUND, title, kind: 'INDIVIDUAL', startsOn: '2020-01-01', endsOn: '2030-12-31', targetGroups: ['NEWLY_ARRIVED'], partyKinds: ['KOMMUN', 'REGION'] } },
      editorToken,
    );
    expect(created.errors).toBeUndefined();
    projectIds.push(created.data!.createProject.id);
  }
});

afterAll(async () => {
  if (partiesBefore) await cleanUp();
});

describe('fuzzing the gateway (issue 11, part 8)', () => {
  it(`answers ${REQUESTS} generated hostile requests without a 5xx, each error with a known code`, async () => {
    // A person's run explores a new seed each time; CI replays one known seed, so that a landing is
    // judged on the change and not on what a new seed happens to find (FUZZ_SEED overrides both).
    const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.CI ? CI_SEED : undefined;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.array(requests(projectIds), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const outcomes = await Promise.all(batch.map(send));
        const failed = outcomes.findIndex((o) => o.problem !== undefined);
        if (failed >= 0) throw new Error(`${outcomes[failed]!.problem}\n  request: ${describeRecipe(batch[failed]!)}`);
      }),
      {
        numRuns: Math.ceil(REQUESTS / BATCH),
        ...(seed === undefined ? {} : { seed }),
        ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}),
        endOnFailure: process.env.FUZZ_SHRINK !== '1',
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const sorted = <K>(m: Map<K, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${String(k)} ${n}`).join(', ');
    console.log(`[fuzz] ${sent} requests in ${seconds.toFixed(1)} s; HTTP: ${sorted(statuses)}; codes: ${sorted(codes)}`);
    // A replay (FUZZ_PATH) runs the one failing batch only.
    if (!process.env.FUZZ_PATH) expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect([...statuses.keys()].filter((s) => s >= 500)).toEqual([]);
  }, 300_000);

  it('leaves the gateway and every subgraph alive: /health, /ready and a contract read answer whole', async () => {
    const base = inject('gatewayUrl').replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const profile = await contract<{ forbund: { id: string; members: unknown[]; fundingHistory: unknown[] | null; projects: { totalCount: number } | null } }>(
      'ForbundProfile',
      { id: 'sodertalje-nykvarn', fromYear: 2005, toYear: 2006 },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data!.forbund.members.length).toBeGreaterThan(0);
    expect(profile.data!.forbund.fundingHistory).toHaveLength(2);
    expect(profile.data!.forbund.projects?.totalCount).toBeGreaterThan(0);
    const library = await contract<{ methods: { edges: { node: { usedBy: unknown[] | null } }[] } }>('MethodLibrary', {});
    expect(library.errors).toBeUndefined();
    expect(library.data!.methods.edges.every((e) => Array.isArray(e.node.usedBy))).toBe(true);
  });

  it('leaves nothing behind once it has cleaned up: the database is as before, row for row', async () => {
    await cleanUp();
    expect(await databaseFingerprint()).toEqual(fingerprintBefore);
  });
});
