import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SUPERGRAPH_PATH } from '../src/gateway.ts';
import { fieldOwners } from '../src/response-cache.ts';

/**
 * The response cache evicts by the subgraphs whose data an answer reads (gateway/src/response-cache.ts).
 * A field computed from another subgraph's fields through @requires reads that subgraph's data too, or a
 * write there would leave the cached answer stale (issue 15 review: costPerParticipant after a new
 * participation report).
 */
describe('cache tags of fields', () => {
  const owners = fieldOwners(readFileSync(SUPERGRAPH_PATH, 'utf8'));

  it('tag a field with the subgraphs its @requires fields come from', () => {
    expect([...owners.get('KeyFigures.costPerParticipant')!].sort()).toEqual(['funding', 'projects']);
    expect(owners.get('NationalKeyFigures.costPerParticipant')).toEqual(expect.arrayContaining(['funding', 'projects']));
    expect([...owners.get('Project.methods')!].sort()).toEqual(['methods', 'projects']);
  });

  it('tag a plain field with its own subgraph alone', () => {
    expect(owners.get('Forbund.name')).toEqual(['registry']);
    expect(owners.get('Method.evidenceLevel')).toEqual(['methods']);
  });
});
