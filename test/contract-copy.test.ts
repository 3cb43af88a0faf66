import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The client contract lives in the repository (contract/), so that a clone with nothing beside it
 * tests, composes and builds its trusted documents. Where the shared folder it was copied from sits
 * beside the repository (../shared/contract, the project's working layout), the copy must not drift
 * from it. A clone on its own has nothing to compare with: then this is skipped, not passed.
 */

const local = new URL('../contract/', import.meta.url);
const upstream = new URL('../../shared/contract/', import.meta.url);
const beside = existsSync(upstream);
const FILES = ['operations.graphql', 'types.graphql'];
const why = beside ? '' : ' (skipped: no ../shared/contract beside the repository to compare with)';

describe('contract/, the copy of ../shared/contract', () => {
  it('holds the contract a clone needs, whatever lies beside the repository', () => {
    for (const file of FILES) expect(readFileSync(new URL(file, local), 'utf8'), file).toMatch(/\S/);
  });

  it.skipIf(!beside)(`has the same files as ../shared/contract${why}`, () => {
    const graphql = (dir: URL) => readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
    expect(graphql(local)).toEqual(graphql(upstream));
    expect(graphql(local)).toEqual(FILES);
  });

  it.skipIf(!beside).each(FILES)(`has %s byte for byte as ../shared/contract has it${why}`, (file) => {
    const mine = readFileSync(new URL(file, local));
    const theirs = readFileSync(new URL(file, upstream));
    expect(mine.equals(theirs), `contract/${file} differs from ../shared/contract/${file}: copy it again`).toBe(true);
  });
});
