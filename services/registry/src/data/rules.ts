import { fail, periodsOverlap, type PartyKind } from '@finsam/core';

/**
 * The registry rules of Lag (2003:1210), as pure functions so that tests reach them without a
 * database or HTTP. The store calls them inside every write transaction.
 */

export interface MemberPeriod {
  partyId: string;
  kind: PartyKind;
  joinedOn: Date | null;
  leftOn: Date | null;
}

const REQUIRED: ReadonlyArray<{ kind: PartyKind; label: string }> = [
  { kind: 'FORSAKRINGSKASSAN', label: 'Försäkringskassan' },
  { kind: 'ARBETSFORMEDLINGEN', label: 'Arbetsförmedlingen' },
  { kind: 'REGION', label: 'a region (landsting)' },
  { kind: 'KOMMUN', label: 'at least one kommun' },
];

function isMemberOn(member: MemberPeriod, day: Date | null): boolean {
  // day null: at formation, when only founding members (no join date recorded) count.
  if (day === null) return member.joinedOn === null;
  return (member.joinedOn === null || member.joinedOn <= day) && (member.leftOn === null || member.leftOn > day);
}

/**
 * Lag (2003:1210) 1 §: Försäkringskassan, Arbetsförmedlingen, a region and one or more kommuner form
 * the förbund together; all four must be members. Returns what is missing on the given day
 * (null: at formation).
 */
export function missingMemberKinds(members: readonly MemberPeriod[], day: Date | null): string[] {
  const present = new Set(members.filter((m) => isMemberOn(m, day)).map((m) => m.kind));
  return REQUIRED.filter((r) => !present.has(r.kind)).map((r) => r.label);
}

/** A party's membership periods in one förbund never overlap. Returns the party ids that break this. */
export function overlappingParties(members: readonly MemberPeriod[]): string[] {
  const offenders = new Set<string>();
  members.forEach((a, i) => {
    for (const b of members.slice(i + 1)) {
      if (a.partyId === b.partyId && periodsOverlap({ from: a.joinedOn, to: a.leftOn }, { from: b.joinedOn, to: b.leftOn })) {
        offenders.add(a.partyId);
      }
    }
  });
  return [...offenders];
}

/** Throws RULE_VIOLATION naming the rule when the members break either rule on the given day. */
export function assertMembershipRules(forbundId: string, members: readonly MemberPeriod[], day: Date | null): void {
  const overlapping = overlappingParties(members);
  if (overlapping.length > 0) {
    throw fail.rule(
      `Förbund "${forbundId}": membership periods of ${overlapping.join(', ')} overlap. A party is a member at most once at a time.`,
      'MEMBERSHIP_PERIODS_OVERLAP',
    );
  }
  const missing = missingMemberKinds(members, day);
  if (missing.length > 0) {
    const when = day === null ? 'at formation' : `on ${day.toISOString().slice(0, 10)}`;
    throw fail.rule(
      `Förbund "${forbundId}" would lack ${missing.join(', ')} ${when}. Lag (2003:1210) 1 § requires Försäkringskassan, Arbetsförmedlingen, a region and at least one kommun.`,
      'FORBUND_COMPOSITION',
    );
  }
}

const ORG_NUMBER = /^\d{6}-\d{4}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function assertOrgNumber(orgNumber: string): void {
  if (!ORG_NUMBER.test(orgNumber)) {
    throw fail.badInput(`"${orgNumber}" is not an organisationsnummer: use the form NNNNNN-NNNN.`, 'orgNumber');
  }
}

export function assertSlug(id: string): void {
  if (!SLUG.test(id)) {
    throw fail.badInput(`"${id}" is not a valid förbund id: use lower-case ASCII words joined by hyphens, e.g. "sodertalje-nykvarn".`, 'id');
  }
}
