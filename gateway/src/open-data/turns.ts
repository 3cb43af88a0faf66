import { ErrorCode, HttpError } from '@finsam/core';

export interface TurnsOptions {
  /** How many files may be in the making at once, over all callers. */
  atOnce: number;
  /** How long a request waits for a turn before it is answered 503 with Retry-After. */
  waitMs: number;
}

/**
 * Bounds the work behind open-data files. A file is cheap to price (the statistics of every year since
 * 2004 cost about 20,000 of a caller's 1,000,000) but dear to make (one projectStatistics answer per
 * län and year: seconds of the projects subgraph's CPU), so the budget alone would let one address keep
 * the subgraph busy for everyone. Two rules, neither of which serves anything older than the API would:
 * - the same file asked for while it is being made is made once, and every asker gets that answer;
 * - at most `atOnce` files are made at a time; the rest wait their turn, and after `waitMs` get 503 with
 *   Retry-After, so a burst of downloads never queues without end and GraphQL clients keep their share.
 */
export function createTurns(options: TurnsOptions) {
  const making = new Map<string, Promise<unknown>>();
  let active = 0;
  const waiting: (() => void)[] = [];

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }

  async function turn(): Promise<void> {
    if (active < options.atOnce) {
      active++;
      return;
    }
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(
          new HttpError(503, ErrorCode.SERVICE_UNAVAILABLE, `The hub is making other open-data files; this one waited ${Math.round(options.waitMs / 1000)} s for its turn. Try again shortly.`, {
            headers: { 'retry-after': '10' },
          }),
        );
      }, options.waitMs);
      waiting.push(wake);
    });
  }

  return function make<T>(key: string, work: () => Promise<T>): Promise<T> {
    const current = making.get(key);
    if (current) return current as Promise<T>;
    const made = (async () => {
      await turn();
      try {
        return await work();
      } finally {
        release();
      }
    })().finally(() => making.delete(key));
    making.set(key, made);
    return made;
  };
}
