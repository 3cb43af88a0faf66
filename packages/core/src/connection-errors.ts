import SchemaBuilder, { BasePlugin, PothosValidationError, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { fail } from './errors.ts';

/**
 * A cursor a client made up, or `last` without `before`, is the client's mistake, not the hub's.
 * Pothos's Relay and Prisma plugins refuse them with a PothosValidationError ("Invalid cursor: 25",
 * "Invalid base64 string"), which reached clients as INTERNAL_SERVER_ERROR (found by
 * test/fuzz.test.ts). Every connection field, in every subgraph, turns those into BAD_USER_INPUT
 * naming the argument. Other Pothos errors stay what they are: bugs.
 */
const pluginName = 'connectionErrors';

type ConnectionArgs = { after?: unknown; before?: unknown };

function asInputError(error: unknown, args: ConnectionArgs): unknown {
  if (!(error instanceof PothosValidationError)) return error;
  if (/cursor|base64/i.test(error.message)) {
    const field = args.before != null && args.after == null ? 'before' : 'after';
    return fail.badInput(`The ${field} cursor "${String(args[field])}" is not one this list gave out; use a pageInfo cursor from an earlier page.`, field);
  }
  const argument = /^Argument "(first|last)"/.exec(error.message);
  return argument ? fail.badInput(`${error.message}.`, argument[1]) : error;
}

export class ConnectionErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('after' in fieldConfig.args) && !('before' in fieldConfig.args)) return resolver;
    return (parent, args, context, info) => {
      const cursors = args as ConnectionArgs;
      try {
        const result: unknown = resolver(parent, args, context, info);
        return result instanceof Promise ? result.catch((error: unknown) => Promise.reject(asInputError(error, cursors))) : result;
      } catch (error) {
        throw asInputError(error, cursors);
      }
    };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos declares its plugin registry as a global namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      connectionErrors: ConnectionErrorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin(pluginName, ConnectionErrorsPlugin);

export default pluginName;
