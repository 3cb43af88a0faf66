import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { Logger } from 'pino';
import type { Identity } from './identity.ts';

/**
 * Request-scoped DataLoaders, created on first use. Every entity and child list loads through one of
 * these, so a list of 100 förbund costs the same number of statements as a list of 1 (STYLE.md §4).
 *
 * What a loader has settled, by a batch or a prime, can also be read without a promise (`settled`): a
 * field that resolves to a promise for each of 1,140 projects made graphql-js settle each one on its own,
 * a fifth of the projects subgraph's time for a national year (issue 12, profiled). As DataLoader's own
 * cache, the first value for a key wins, so that every field of a request reads the same one.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly values = new WeakMap<DataLoader<unknown, unknown>, Map<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      const values = new Map<unknown, unknown>();
      loader = new DataLoader<K, V>(async (keys) => {
        const results = await batch(keys);
        keys.forEach((key, i) => {
          const value = results[i];
          if (!(value instanceof Error) && !values.has(key)) values.set(key, value);
        });
        return results;
      }) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
      this.values.set(loader, values);
    }
    return loader as DataLoader<K, V>;
  }

  /** Gives `loader` a value that a statement of this request already read (DataLoader.prime: the first wins). */
  prime<K, V>(loader: DataLoader<K, V>, key: K, value: V): void {
    loader.prime(key, value);
    const values = this.values.get(loader as DataLoader<unknown, unknown>);
    if (values && !values.has(key)) values.set(key, value);
  }

  /** The value `loader` has settled for `key` in this request, if any; undefined until then. */
  settled<K, V>(loader: DataLoader<K, V>, key: K): V | undefined {
    return this.values.get(loader as DataLoader<unknown, unknown>)?.get(key) as V | undefined;
  }
}

/** What every resolver in every subgraph receives. */
export interface Context {
  identity: Identity;
  requestId: string;
  log: Logger;
  loaders: Loaders;
}

/**
 * Carries the gateway's request id to the subgraphs, so that the log lines of one client request, in
 * five processes, share one requestId.
 */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A request id as given (letters, digits, dashes; at most 64), or a new one: never a log injection. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9-]{1,64}$/.test(given) ? given : randomUUID();
}

export function createContext(identity: Identity, log: Logger, requestId: string = randomUUID()): Context {
  return { identity, requestId, log: log.child({ requestId }), loaders: new Loaders() };
}

/** Groups rows by a key in the order DataLoader asks for them. */
export function groupBy<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = byKey.get(key);
    if (list) list.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Picks one row per key in the order DataLoader asks for them; a missing key yields null. */
export function indexBy<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}
