import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PothosPrismaDatamodel } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { SUBGRAPH_DIRECTIVES } from './cache.ts';
import ConnectionErrorsPlugin from './connection-errors.ts';
import type { Context } from './context.ts';
import { fail } from './errors.ts';
import { canEditForbund } from './identity.ts';
import InputLimitsPlugin, { MAX_PAGE_SIZE } from './input-limits.ts';
import { DateScalar, KronorScalar } from './scalars.ts';

/**
 * The scopes every subgraph checks (issue "Who may read and write what"). Declared here once; fields
 * name them in `authScopes`, resolvers never check roles themselves (STYLE.md §7).
 */
export interface AuthScopes {
  /** Anyone, with or without a token. */
  public: boolean;
  /** A national_admin of the national network or SKR. */
  nationalAdmin: boolean;
  /** Any förbund editor or national_admin. */
  editor: boolean;
  /** May write for this förbund id: its own editor, or a national_admin. */
  editorOf: string;
}

export interface HubTypes<PrismaTypes extends object> {
  PrismaTypes: PrismaTypes;
  Context: Context;
  AuthScopes: AuthScopes;
  Scalars: {
    ID: { Input: string; Output: string | number };
    Date: { Input: Date; Output: Date | string };
    Kronor: { Input: bigint; Output: bigint | number };
  };
  DefaultFieldNullability: false;
  Directives: {
    /** HTTP caching hints (cache.ts); Apollo Server's cache-control plugin reads them. */
    cacheControl: { locations: 'OBJECT' | 'FIELD_DEFINITION' | 'INTERFACE' | 'UNION'; args: { maxAge?: number; inheritMaxAge?: boolean } };
  };
}

export interface BuilderOptions {
  /** The subgraph's PrismaClient, or a function returning it (created lazily, on first query). */
  client: object | ((ctx: Context) => object);
  dmmf: PothosPrismaDatamodel;
}

/**
 * One SchemaBuilder per subgraph, configured identically: plugins, scalars, access scopes, errors and
 * Relay connections that compose across subgraphs. A subgraph adds only its own types.
 */
export function createBuilder<PrismaTypes extends object>(options: BuilderOptions) {
  const builder = new SchemaBuilder<HubTypes<PrismaTypes>>({
    // Federation comes after the plugins that wrap resolvers (Pothos federation docs), so scope-auth
    // also guards `_entities`. Input limits come first: like the gateway, a subgraph refuses an
    // oversized page, an oversized string or a NUL before it checks access or reads anything (a 1 MB id
    // never reaches SQL). ConnectionErrors wraps the plugins that parse cursors.
    plugins: [InputLimitsPlugin, ConnectionErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin],
    // Fields say null only where the domain has no value (formedOn unknown, a förbund not found).
    defaultFieldNullability: false,
    scopeAuth: {
      authScopes: (ctx) => ({
        public: true,
        nationalAdmin: ctx.identity.role === 'national_admin',
        editor: ctx.identity.role !== 'public',
        editorOf: (forbundId: string) => canEditForbund(ctx.identity, forbundId),
      }),
      unauthorizedError: (_parent, ctx) =>
        ctx.identity.role === 'public' ? fail.unauthenticated() : fail.forbidden(),
    },
    prisma: {
      client: options.client as never,
      dmmf: options.dmmf,
      exposeDescriptions: false,
      filterConnectionTotalCount: true,
      // Never reached: InputLimitsPlugin refuses a larger page first. Said here so the two agree.
      maxConnectionSize: MAX_PAGE_SIZE,
      onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      // Every subgraph defines PageInfo; federation merges it only when all of them mark it shareable.
      // inheritMaxAge: a page's pageInfo is as cacheable as the connection it belongs to (cache.ts).
      pageInfoTypeOptions: { shareable: true, directives: { cacheControl: { inheritMaxAge: true } } },
      // Global object identification would put Query.node in every subgraph, which does not compose.
      nodeQueryOptions: false,
      nodesQueryOptions: false,
    },
  });
  builder.addScalarType('Date', DateScalar);
  builder.addScalarType('Kronor', KronorScalar);
  // Every subgraph's SDL declares @cacheControl (cache.ts), which PageInfo above and hinted types use;
  // composition refuses a directive that is used but not declared.
  const toSubGraphSchema = builder.toSubGraphSchema.bind(builder);
  builder.toSubGraphSchema = (options) => toSubGraphSchema({ ...options, directives: options.directives ?? SUBGRAPH_DIRECTIVES });
  return builder;
}
