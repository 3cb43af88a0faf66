import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
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

/** The client contract's operations (contract/operations.graphql) as a trusted-documents manifest. */
export function trustedDocuments(): Record<string, string> {
  return manifestOf(readFileSync(new URL('../contract/operations.graphql', import.meta.url), 'utf8'));
}
