import { createHash } from 'node:crypto';
import { ErrorCode, HttpError } from '@finsam/core';
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What the gateway refuses before any subgraph is asked, and before Apollo validates (graphql-js's
 * overlapping-fields rule is quadratic in the number of fields: 10,000 aliases would keep it busy).
 * The limits sit well above the deepest and widest client operation in contract/.
 */
export interface OperationLimits {
  /** Nesting of selection sets, fragments expanded. The contract's deepest operation needs 7. */
  maxDepth: number;
  /** Aliased fields in one document. The contract uses none. */
  maxAliases: number;
  /** Field selections in one document, fragments expanded: a cost bound independent of depth. */
  maxFields: number;
  /** Lexer tokens: bounds parsing itself. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 15, maxAliases: 30, maxFields: 1000, maxTokens: 5000 };

interface Measure {
  depth: number;
  aliases: number;
  fields: number;
}

function measure(document: DocumentNode, limits: OperationLimits): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const total: Measure = { depth: 0, aliases: 0, fields: 0 };
  const visit = (set: SelectionSetNode, depth: number, path: ReadonlySet<string>) => {
    total.depth = Math.max(total.depth, depth);
    // Stop as soon as a limit is passed: an abusive document must not cost time to measure.
    if (total.depth > limits.maxDepth || total.fields > limits.maxFields || total.aliases > limits.maxAliases) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total.fields += 1;
        if (selection.alias) total.aliases += 1;
        if (selection.selectionSet) visit(selection.selectionSet, depth + 1, path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, depth, path);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // A fragment cycle is a validation error Apollo reports; here it must not recurse forever.
        if (fragment && !path.has(name)) visit(fragment.selectionSet, depth, new Set([...path, name]));
      }
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) visit(d.selectionSet, 1, new Set());
  return total;
}

/** Parses and measures one query text; throws an HttpError naming the limit it passes. */
export function checkLimits(query: string, limits: OperationLimits = DEFAULT_LIMITS): DocumentNode | undefined {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens, noLocation: true });
  } catch (error) {
    if (String((error as Error).message).includes('tokens')) {
      throw new HttpError(400, ErrorCode.QUERY_TOO_COMPLEX, `The document has more than ${limits.maxTokens} tokens.`);
    }
    return undefined; // a syntax error: Apollo reports it as GRAPHQL_PARSE_FAILED
  }
  const m = measure(document, limits);
  if (m.depth > limits.maxDepth) {
    throw new HttpError(400, ErrorCode.QUERY_TOO_DEEP, `The query nests deeper than ${limits.maxDepth} levels.`);
  }
  if (m.aliases > limits.maxAliases) {
    throw new HttpError(400, ErrorCode.TOO_MANY_ALIASES, `The query uses more than ${limits.maxAliases} aliases.`);
  }
  if (m.fields > limits.maxFields) {
    throw new HttpError(400, ErrorCode.QUERY_TOO_COMPLEX, `The query selects more than ${limits.maxFields} fields.`);
  }
  return document;
}

/** sha256 of an operation as printed with the fragments it uses: the key of a trusted document. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** One entry per operation of a client document: its normalised text, keyed by its hash. */
export function manifestOf(source: string): Record<string, string> {
  const document = parse(source);
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
  limits?: OperationLimits;
  /** When set, only these documents run (trusted documents); clients may send the hash alone. */
  trustedDocuments?: Record<string, string>;
}

/** The gateway's preflight for serveApollo: batching, trusted documents and limits, in that order. */
export function createPreflight(options: PreflightOptions) {
  return ({ body, search }: { method: string; body: unknown; search: URLSearchParams }): unknown => {
    if (Array.isArray(body)) {
      throw new HttpError(400, ErrorCode.BATCHING_NOT_SUPPORTED, 'Send one operation per request; batched requests are not accepted.');
    }
    const request = (body && typeof body === 'object' ? body : {}) as { query?: unknown; extensions?: { persistedQuery?: { sha256Hash?: unknown } } };
    let query = typeof request.query === 'string' ? request.query : (search.get('query') ?? undefined);
    let replaced: unknown = undefined;
    if (options.trustedDocuments) {
      const hash = request.extensions?.persistedQuery?.sha256Hash;
      if (!query && typeof hash === 'string') {
        query = options.trustedDocuments[hash];
        if (!query) throw new HttpError(400, ErrorCode.PERSISTED_QUERY_NOT_FOUND, `No trusted document has the hash ${hash}.`);
        const { extensions: _ignored, ...rest } = request;
        replaced = { ...rest, query };
      } else if (query !== undefined) {
        const trusted = options.trustedDocuments;
        const document = checkLimits(query, options.limits);
        if (!document || !Object.keys(manifestOf(query)).every((h) => trusted[h] !== undefined)) {
          throw new HttpError(400, ErrorCode.PERSISTED_QUERY_NOT_FOUND, 'Only trusted documents run here; this operation is not in the manifest.');
        }
        return undefined;
      }
    }
    if (query !== undefined) checkLimits(query, options.limits);
    return replaced;
  };
}
