import { MAX_PAGE_SIZE, type Identity } from '@finsam/core';
import { expect, it } from 'vitest';
import { sqlStatements, subgraph } from './client.ts';

/** One connection or paged list of a subgraph, asked straight, signed as the gateway signs. */
export interface PagedField {
  /** "Query.forbunds": how the refusal names the field, as the gateway's does. */
  coordinate: string;
  /** The slicing arguments the field has. */
  slicing: ('first' | 'last')[];
  /** The operation, with `${slice}: $n` where the page size goes ($n: Int). */
  query: (slice: 'first' | 'last') => string;
  variables?: Record<string, unknown>;
  identity: Identity;
}

/**
 * Every paged field refuses a page outside 0..MAX_PAGE_SIZE with the gateway's message, field and code,
 * before any SQL, and answers a full page of MAX_PAGE_SIZE (issue 11, part 2: some clamped silently).
 */
export function itRefusesPagesOutside0To100(name: string, fields: PagedField[]) {
  const refused = fields.flatMap((f) => [...f.slicing.map((slice) => [f, slice, MAX_PAGE_SIZE + 1] as const), [f, f.slicing[0]!, -1] as const]);
  it.each(refused.map(([f, slice, n]) => [f.coordinate, slice, n, f] as const))('%s refuses %s: %i', async (coordinate, slice, n, f) => {
    const result = await subgraph(name, f.query(slice), { ...f.variables, n }, f.identity);
    expect(result.errors?.[0]).toMatchObject({
      message: `${slice} on ${coordinate} must be from 0 to ${MAX_PAGE_SIZE}; page through with after/before for more.`,
      extensions: { code: 'BAD_USER_INPUT', field: slice },
    });
    expect(sqlStatements(result)).toBe(0);
  });

  const accepted = fields.flatMap((f) => f.slicing.map((slice) => [f.coordinate, slice, f] as const));
  it.each(accepted)(`%s accepts %s: ${MAX_PAGE_SIZE}`, async (_coordinate, slice, f) => {
    const result = await subgraph(name, f.query(slice), { ...f.variables, n: MAX_PAGE_SIZE }, f.identity);
    expect(result.errors).toBeUndefined();
  });
}

/** An argument or input field over its length limit is refused, naming it, before any SQL. */
export async function expectTooLong(name: string, query: string, variables: Record<string, unknown>, identity: Identity, field: string) {
  const result = await subgraph(name, query, variables, identity);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(result.errors?.[0]?.message).toMatch(new RegExp(`^${field} on \\w+\\.\\w+ is limited to \\d+ characters\\.$`));
  expect(sqlStatements(result)).toBe(0);
}
