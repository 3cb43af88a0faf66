import { createRequire } from 'node:module';
import type { GraphQLResolveInfo } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.ts';

/**
 * HTTP caching of public reads (issue 5: bursty conference traffic). How it works, from the sources in
 * node_modules:
 * - Each subgraph's ApolloServer installs its cache-control plugin by default
 *   (@apollo/server/src/ApolloServer.ts). The plugin reads `@cacheControl` from the astNode of types and
 *   fields (plugin/cacheControl/index.ts), which Pothos's directives plugin fills in, and writes
 *   `cache-control: max-age=N, public` on a cacheable response and `no-store` on any other.
 * - Root fields and fields returning objects without a hint get maxAge 0, so only data hinted here is
 *   ever cacheable; `_entities` returns the `_Entity` union, which carries no hint, so entity resolvers
 *   give their hint dynamically (`entityCacheHint`).
 * - The gateway's RemoteGraphQLDataSource (honorSubgraphCacheControlHeader, on by default) restricts
 *   the operation's policy by every subgraph response's header, a missing max-age counting as 0; the
 *   gateway's own cache-control plugin then writes the header. A response is cacheable only when every
 *   subgraph fetch was.
 * - `@cacheControl` is not composed into the supergraph (no @composeDirective): the gateway executes
 *   query plans, not resolvers, so it never reads hints from its own schema.
 */

// GraphQLSchema checks its directives with instanceof. Pothos, loaded by Node, gets graphql's CommonJS
// main; vitest resolves graphql's "module" (index.mjs) for source it transforms. Building the directive
// with Node's own copy keeps both in one realm under vitest (npm test) and tsx (npm start) alike.
const { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, specifiedDirectives } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/** How long public method-library and registry data may be cached, in seconds. */
export const PUBLIC_MAX_AGE = 300;

/**
 * How long the public view of figures that förbund editors write (funding, projects, participation and
 * what is summed from them: key figures, project statistics) may be cached, in seconds. Shorter than
 * PUBLIC_MAX_AGE because editors write these often and expect to see the change: the hub's own caches
 * (the gateway's response cache and page cache) are ended by every write through the gateway, by
 * generation, so the hub shows a change on the next read whatever this says; but a CDN or browser in
 * front of it sees no eviction and may serve the old figures until this runs out.
 */
export const FIGURES_MAX_AGE = 60;

/**
 * The directive as each subgraph declares it. Only maxAge and inheritMaxAge: a scope argument would
 * need the CacheControlScope enum in every subgraph and in the supergraph, and public is the default.
 */
export const CacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: 'HTTP caching hint for public data (Apollo Server cache-control plugin).',
  locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT, DirectiveLocation.INTERFACE, DirectiveLocation.UNION],
  args: {
    maxAge: { type: GraphQLInt, description: 'Seconds the data may be cached.' },
    inheritMaxAge: { type: GraphQLBoolean, description: "Take the parent field's maxAge." },
  },
});

/**
 * The `directives` option of `toSubGraphSchema` in every subgraph. graphql-js replaces its built-in
 * directives (@include, @skip, @deprecated, ...) when given a list, so they are listed too.
 */
export const SUBGRAPH_DIRECTIVES = [...specifiedDirectives, CacheControlDirective];

/** The `directives` option of a type or field whose data is public and may be cached. */
export const publicCache = { cacheControl: { maxAge: PUBLIC_MAX_AGE } } as const;
/** The `directives` option of a type or field holding the public view of figures editors write. */
export const figuresCache = { cacheControl: { maxAge: FIGURES_MAX_AGE } } as const;
/** The `directives` option of an object-valued field (or a type) that is as cacheable as its parent. */
export const inheritCache = { cacheControl: { inheritMaxAge: true } } as const;

interface CacheControlInfo {
  cacheControl?: { cacheHint: { restrict(hint: { maxAge?: number }): void } };
}

/** Restricts the current field's cache policy; maxAge 0 makes the whole response uncacheable. */
export function restrictCache(info: GraphQLResolveInfo | undefined, maxAge: number): void {
  (info as (GraphQLResolveInfo & CacheControlInfo) | undefined)?.cacheControl?.cacheHint.restrict({ maxAge });
}

/**
 * In `resolveReference`: the `_entities` field takes the hint of what it returns. Public entities keep
 * maxAge (PUBLIC_MAX_AGE, or FIGURES_MAX_AGE for a subgraph of figures editors write); anything else (a
 * draft, a private row) makes the response uncacheable.
 */
export function entityCacheHint(info: GraphQLResolveInfo | undefined, isPublic: boolean, maxAge: number = PUBLIC_MAX_AGE): void {
  restrictCache(info, isPublic ? maxAge : 0);
}

/**
 * A response for a caller with a token is never cacheable, whatever its hints: set before execution,
 * the policy stays at maxAge 0 and the cache-control plugin writes `no-store`.
 */
export function uncacheableForSignedIn<T extends { identity: Context['identity'] }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ overallCachePolicy }) {
          if (contextValue.identity.role !== 'public') overallCachePolicy.restrict({ maxAge: 0 });
        },
      };
    },
  };
}
