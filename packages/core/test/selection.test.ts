import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedBelow } from '../src/selection.ts';

/** What a list loader learns of the selection beneath its field (issue 12, part 3), through real execution. */
async function namesBelow(source: string): Promise<string[]> {
  const schema = buildSchema(`
    type Query { projects: [Project!]! }
    type Project { id: ID! participation: [Year!]! participantCount(year: Int!): Int methodIds: [ID!]! forbund: Forbund! }
    type Forbund { id: ID! methodIds: [ID!]! }
    type Year { year: Int! }
  `);
  let found: string[] = [];
  const rootValue = {
    projects: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      found = [...selectedBelow(info, ['participation', 'participantCount', 'methodIds'])].sort();
      return [];
    },
  };
  const result = await graphql({ schema, source, rootValue });
  expect(result.errors).toBeUndefined();
  return found;
}

describe('selectedBelow', () => {
  it('finds fields at any depth, through inline fragments and named fragments', async () => {
    expect(await namesBelow('{ projects { id } }')).toEqual([]);
    expect(await namesBelow('{ projects { participantCount(year: 2019) } }')).toEqual(['participantCount']);
    expect(await namesBelow('{ projects { ... on Project { participation { year } } } }')).toEqual(['participation']);
    expect(await namesBelow('{ projects { ...P } } fragment P on Project { methodIds }')).toEqual(['methodIds']);
  });

  it('answers yes for a field of the same name on another type: a join too many, never a wrong answer', async () => {
    expect(await namesBelow('{ projects { forbund { methodIds } } }')).toEqual(['methodIds']);
  });
});
