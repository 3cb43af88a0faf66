import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { manifestOf } from '../gateway/src/limits.ts';
import { SUBGRAPHS } from './subgraphs.ts';

/**
 * Hint codes that say nothing is wrong here. Any other hint fails `npm run compose` and the drift test,
 * so a composition quirk is looked at, not scrolled past.
 */
const HARMLESS_HINTS = new Set<string>([
  // Entity fields owned by one subgraph and merely referenced by another (Forbund.id) are expected.
  'INCONSISTENT_ENTITY',
]);

export interface Composition {
  supergraphSdl: string;
  hints: string[];
  subgraphs: string[];
}

export async function subgraphSdls(): Promise<{ name: string; sdl: string }[]> {
  return Promise.all(SUBGRAPHS.map(async (s) => ({ name: s.name, sdl: printSubgraphSchema(await s.schema()) })));
}

export async function composeSubgraphs(): Promise<Composition> {
  const sdls = await subgraphSdls();
  const result = composeServices(
    sdls.map(({ name, sdl }) => ({ name, typeDefs: parse(sdl), url: `http://${name}.subgraph.invalid/graphql` })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  ${e.message}`).join('\n')}`);
  }
  const hints = result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`);
  const serious = result.hints.filter((hint) => !HARMLESS_HINTS.has(hint.definition.code));
  if (serious.length > 0) {
    throw new Error(`Composition hints that need a look:\n${serious.map((h) => `  ${h.definition.code}: ${h.message}`).join('\n')}`);
  }
  return { supergraphSdl: `${result.supergraphSdl.trimEnd()}\n`, hints, subgraphs: sdls.map((s) => s.name) };
}

const WEB_OPERATIONS = new URL('../web/src/lib/graphql/operations/', import.meta.url);

/** The pages' own operations (web/, issue 13), one .graphql file per group of pages. */
export function webOperations(): string {
  return readdirSync(WEB_OPERATIONS)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => readFileSync(new URL(name, WEB_OPERATIONS), 'utf8'))
    .join('\n');
}

/**
 * The trusted-documents manifest: the client contract's operations (contract/operations.graphql, a
 * copy of the shared contract, left as it is) and the pages' operations, which the pages send as
 * graphql-js prints them (web/src/lib/server/api.ts), as the manifest holds them.
 */
export function trustedDocuments(): Record<string, string> {
  return {
    ...manifestOf(readFileSync(new URL('../contract/operations.graphql', import.meta.url), 'utf8')),
    ...manifestOf(webOperations()),
  };
}
