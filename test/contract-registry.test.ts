import { describe, expect, it } from 'vitest';
import { contract, gateway } from './support/client.ts';

/** The registry's part of the client contract, sent through the gateway exactly as clients write it. */
const run = contract;

describe('KommunLookup', () => {
  it('finds the förbund covering Södertälje, with its members', async () => {
    const result = await run<{ kommun: { code: string; name: string; lan: { code: string; name: string }; forbund: { id: string; name: string; formedOn: string; members: { party: { kind: string; name: string }; joinedOn: string | null; leftOn: string | null }[] }[] } }>(
      'KommunLookup',
      { code: '0181' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.kommun).toEqual({
      code: '0181',
      name: 'Södertälje',
      lan: { code: '01', name: 'Stockholms län' },
      forbund: [
        {
          id: 'sodertalje-nykvarn',
          name: 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn',
          formedOn: '2005-09-01',
          members: [
            { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan i Stockholms län' }, joinedOn: null, leftOn: null },
            { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Länsarbetsnämnden i Stockholms län' }, joinedOn: null, leftOn: null },
            { party: { kind: 'REGION', name: 'Stockholms läns landsting' }, joinedOn: null, leftOn: null },
            { party: { kind: 'KOMMUN', name: 'Nykvarns kommun' }, joinedOn: null, leftOn: null },
            { party: { kind: 'KOMMUN', name: 'Södertälje kommun' }, joinedOn: null, leftOn: null },
          ],
        },
      ],
    });
  });

  it('answers an empty list for a kommun no förbund covers', async () => {
    const result = await run<{ kommun: { name: string; forbund: unknown[] } }>('KommunLookup', { code: '0180' });
    expect(result.data!.kommun).toMatchObject({ name: 'Stockholm', forbund: [] });
  });

  it('answers null for a code no kommun has', async () => {
    const result = await run<{ kommun: null }>('KommunLookup', { code: '9999' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.kommun).toBeNull();
  });
});

describe('registry fields of ForbundComparison and ForbundProfile', () => {
  it('lists förbund active in a year per län, paginated with stable cursors', async () => {
    const query = `query ($year: Int!, $lan: String, $first: Int, $after: String) {
      forbunds(filter: { activeIn: $year, lan: $lan }, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name lan { code name } kommuner(year: $year) { code name } } }
      } }`;
    const page1 = await gateway<{ forbunds: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(query, { year: 2014, lan: '24', first: 2 });
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.forbunds.totalCount).toBe(3);
    expect(page1.data!.forbunds.edges.map((e) => e.node.id)).toEqual(['skelleftea-norsjo', 'sodra-lappland']);
    expect(page1.data!.forbunds.pageInfo.hasNextPage).toBe(true);
    const page2 = await gateway<typeof page1.data>(query, { year: 2014, lan: '24', first: 2, after: page1.data!.forbunds.pageInfo.endCursor });
    expect(page2.data!.forbunds.edges.map((e) => e.node.id)).toEqual(['umearegionen']);
    expect(page2.data!.forbunds.pageInfo.hasNextPage).toBe(false);
  });

  it('serves the profile: names, members with their parties, board', async () => {
    const result = await gateway<{ forbund: { id: string; orgNumber: string | null; formedOn: string; dissolvedOn: null; nameHistory: unknown[]; members: { party: { kind: string; kommun: { code: string } | null } }[]; board: { party: { name: string }; role: string }[] } }>(
      `{ forbund(id: "sodertalje-nykvarn") { id orgNumber formedOn dissolvedOn nameHistory { name validFrom validTo }
         members { party { kind name kommun { code } } joinedOn leftOn } board { party { name } role officer } } }`,
    );
    expect(result.errors).toBeUndefined();
    const forbund = result.data!.forbund;
    expect(forbund).toMatchObject({ id: 'sodertalje-nykvarn', orgNumber: null, formedOn: '2005-09-01', dissolvedOn: null });
    expect(forbund.nameHistory).toEqual([{ name: 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn', validFrom: '2005-09-01', validTo: null }]);
    expect(forbund.members.filter((m) => m.party.kind === 'KOMMUN').map((m) => m.party.kommun!.code).sort()).toEqual(['0140', '0181']);
    // Seed 001: two ledamöter and two ersättare from each of four parties, one and one from Nykvarn.
    expect(forbund.board).toHaveLength(18);
    expect(forbund.board.filter((s) => s.party.name === 'Nykvarns kommun').map((s) => s.role)).toEqual(['LEDAMOT', 'ERSATTARE']);
  });
});
