import { describe, expect, it } from 'vitest';
import { HttpError } from '@finsam/core';
import { createTurns } from '../src/open-data/turns.ts';

/** A promise and the function that settles it, to hold work open while the test looks. */
function gate<T>() {
  let open!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (open = resolve));
  return { promise, open };
}

describe('open-data turns (gateway/src/open-data/turns.ts)', () => {
  it('makes a file asked for twice while in the making once, and gives both askers that answer', async () => {
    const make = createTurns({ atOnce: 2, waitMs: 1_000 });
    let runs = 0;
    const held = gate<string>();
    const work = () => {
      runs++;
      return held.promise;
    };
    const first = make('tackning:2006', work);
    const second = make('tackning:2006', work);
    held.open('rows');
    expect(await Promise.all([first, second])).toEqual(['rows', 'rows']);
    expect(runs).toBe(1);
    // Made and forgotten: the next ask makes it again, from the data as it is then.
    await make('tackning:2006', async () => 'again');
    expect(await make('tackning:2006', async () => 'fresh')).toBe('fresh');
  });

  it('makes at most atOnce files at a time; the next waits its turn, then runs', async () => {
    const make = createTurns({ atOnce: 1, waitMs: 5_000 });
    const held = gate<string>();
    const order: string[] = [];
    const first = make('a', async () => {
      order.push('a starts');
      const value = await held.promise;
      order.push('a ends');
      return value;
    });
    const second = make('b', async () => {
      order.push('b starts');
      return 'b';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['a starts']);
    held.open('a');
    expect(await Promise.all([first, second])).toEqual(['a', 'b']);
    expect(order).toEqual(['a starts', 'a ends', 'b starts']);
  });

  it('answers 503 with Retry-After when the turn does not come within waitMs, and a failure frees the turn', async () => {
    const make = createTurns({ atOnce: 1, waitMs: 50 });
    const held = gate<string>();
    const first = make('a', () => held.promise);
    const refused = await make('b', async () => 'b').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HttpError);
    expect(refused).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', options: { headers: { 'retry-after': '10' } } });
    held.open('a');
    await first;
    await expect(make('c', async () => Promise.reject(new Error('subgraph away')))).rejects.toThrow('subgraph away');
    expect(await make('d', async () => 'd')).toBe('d');
  });
});
