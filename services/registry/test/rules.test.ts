import { parseIsoDate } from '@finsam/core';
import { describe, expect, it } from 'vitest';
import { assertMembershipRules, missingMemberKinds, overlappingParties, type MemberPeriod } from '../src/data/rules.ts';

const d = parseIsoDate;
const founding: MemberPeriod[] = [
  { partyId: 'fk', kind: 'FORSAKRINGSKASSAN', joinedOn: null, leftOn: null },
  { partyId: 'af', kind: 'ARBETSFORMEDLINGEN', joinedOn: null, leftOn: null },
  { partyId: 'region', kind: 'REGION', joinedOn: null, leftOn: null },
  { partyId: 'kommun-0181', kind: 'KOMMUN', joinedOn: null, leftOn: null },
];

describe('Lag (2003:1210) 1 §: who must be a member', () => {
  it('accepts Försäkringskassan, Arbetsförmedlingen, a region and a kommun', () => {
    expect(missingMemberKinds(founding, null)).toEqual([]);
    expect(() => assertMembershipRules('x', founding, null)).not.toThrow();
  });

  it.each([
    ['FORSAKRINGSKASSAN', 'Försäkringskassan'],
    ['ARBETSFORMEDLINGEN', 'Arbetsförmedlingen'],
    ['REGION', 'a region (landsting)'],
    ['KOMMUN', 'at least one kommun'],
  ] as const)('names a missing %s', (kind, label) => {
    const members = founding.filter((m) => m.kind !== kind);
    expect(missingMemberKinds(members, null)).toEqual([label]);
    expect(() => assertMembershipRules('x', members, null)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'RULE_VIOLATION', rule: 'FORBUND_COMPOSITION' }) }));
  });

  it('checks the members on a given day: a kommun that left no longer counts', () => {
    const members = founding.map((m) => (m.kind === 'KOMMUN' ? { ...m, leftOn: d('2010-12-31') } : m));
    expect(missingMemberKinds(members, d('2010-06-01'))).toEqual([]);
    expect(missingMemberKinds(members, d('2011-01-01'))).toEqual(['at least one kommun']);
  });
});

describe('membership periods of one party never overlap', () => {
  it('allows leaving and joining again later', () => {
    const members = [...founding, { partyId: 'kommun-0140', kind: 'KOMMUN' as const, joinedOn: d('2006-01-01'), leftOn: d('2008-12-31') }, { partyId: 'kommun-0140', kind: 'KOMMUN' as const, joinedOn: d('2010-01-01'), leftOn: null }];
    expect(overlappingParties(members)).toEqual([]);
  });

  it('refuses a second period that starts before the first ends', () => {
    const members = [...founding, { partyId: 'kommun-0140', kind: 'KOMMUN' as const, joinedOn: d('2006-01-01'), leftOn: d('2008-12-31') }, { partyId: 'kommun-0140', kind: 'KOMMUN' as const, joinedOn: d('2008-12-31'), leftOn: null }];
    expect(overlappingParties(members)).toEqual(['kommun-0140']);
    expect(() => assertMembershipRules('x', members, null)).toThrow(/overlap/);
  });

  it('treats an open start as "from the beginning"', () => {
    const members = [...founding, { partyId: 'fk', kind: 'FORSAKRINGSKASSAN' as const, joinedOn: d('2009-01-01'), leftOn: null }];
    expect(overlappingParties(members)).toEqual(['fk']);
  });
});
