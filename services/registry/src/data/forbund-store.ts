import { fail, indexBy, yearRange, today, type Context, type PartyKind } from '@finsam/core';
import { db, type Prisma } from './db.ts';
import { assertMembershipRules, assertOrgNumber, assertSlug, type MemberPeriod } from './rules.ts';

/**
 * Reads and writes of förbund, their names and memberships. SQL lives here and in the other stores;
 * resolvers pass arguments in and take results out (STYLE.md §3).
 */

export interface ForbundFilter {
  activeIn?: number | null;
  lan?: string | null;
  kommun?: string | null;
  search?: string | null;
}

/** Active in year Y: known active by Y and not dissolved before Y began. */
export function activeInYear(year: number): Prisma.ForbundWhereInput {
  const { start } = yearRange(year);
  return { activeSinceYear: { lte: year }, OR: [{ dissolvedOn: null }, { dissolvedOn: { gte: start } }] };
}

/** A membership that overlaps year Y; with no year, one that holds today. */
export function membershipActive(year?: number | null): Prisma.MembershipWhereInput {
  const { start, end } = year == null ? { start: today(), end: today() } : yearRange(year);
  return {
    AND: [
      { OR: [{ joinedOn: null }, { joinedOn: { lte: end } }] },
      { OR: [{ leftOn: null }, { leftOn: { gte: start } }] },
    ],
  };
}

/**
 * The name in force on the last day of year Y, latest start first (a name from the start, validFrom
 * null, last); without a year, the current one (validTo null: for a dissolved förbund, its last).
 * Picked from all of a förbund's names rather than in SQL, so that `name` and `nameHistory` read the
 * names in one selection and one statement (issue 12, part 3).
 */
export function nameInForce(names: readonly { name: string; validFrom: Date | null; validTo: Date | null }[], year?: number | null): string {
  const end = year == null ? null : yearRange(year).end;
  const inForce = names.filter((n) =>
    end === null ? n.validTo === null : (n.validFrom === null || n.validFrom <= end) && (n.validTo === null || n.validTo >= end),
  );
  const latest = inForce.reduce<(typeof inForce)[number] | undefined>(
    (best, n) => (!best || (n.validFrom !== null && (best.validFrom === null || n.validFrom > best.validFrom)) ? n : best),
    undefined,
  );
  return latest?.name ?? '';
}

/** Names oldest first, as nameHistory lists them and `name` reads them (one selection for both). */
export const NAMES_ORDER = { validFrom: { sort: 'asc', nulls: 'first' } } as const satisfies Prisma.ForbundNameOrderByWithRelationInput;

const LAN_CODE = /^\d{2}$/;
const KOMMUN_CODE = /^\d{4}$/;

export function forbundWhere(filter: ForbundFilter | null | undefined): Prisma.ForbundWhereInput {
  const and: Prisma.ForbundWhereInput[] = [];
  if (filter?.activeIn != null) and.push(activeInYear(filter.activeIn));
  if (filter?.lan != null) {
    if (!LAN_CODE.test(filter.lan)) throw fail.badInput(`"${filter.lan}" is not a länskod: use two digits, e.g. "01".`, 'lan');
    and.push({ lanCode: filter.lan });
  }
  if (filter?.kommun != null) {
    if (!KOMMUN_CODE.test(filter.kommun)) {
      throw fail.badInput(`"${filter.kommun}" is not a kommunkod: use four digits, e.g. "0181".`, 'kommun');
    }
    and.push({ memberships: { some: { party: { kommunCode: filter.kommun } } } });
  }
  const search = filter?.search?.trim();
  if (search) {
    // Any name the förbund has had, or its ASCII slug, so "sodertalje" finds "Södertälje".
    and.push({
      OR: [{ names: { some: { name: { contains: search, mode: 'insensitive' } } } }, { id: { contains: search.toLowerCase() } }],
    });
  }
  return { AND: and };
}

/**
 * What an entity's fields read beyond its own columns (queryFromInfo of the `_entities` field), so that
 * one statement loads the rows with their relations joined: Pothos then reads none of them again
 * (issue 12, part 3). Loaders are per selection; the gateway sends one per type in a fetch.
 */
export type EntityQuery = { include?: object; select?: object };

function queryKey(query: EntityQuery): string {
  return JSON.stringify(query);
}

/** Förbund by id, batched per request: 100 references cost one statement. */
export function forbundLoader(ctx: Context, query: EntityQuery = {}) {
  return ctx.loaders.get<string, Prisma.ForbundGetPayload<object> | null>(`registry.forbund:${queryKey(query)}`, async (ids) =>
    indexBy(ids, await db().forbund.findMany({ ...(query as object), where: { id: { in: [...ids] } } }), (f) => f.id),
  );
}

export function kommunLoader(ctx: Context, query: EntityQuery = {}) {
  return ctx.loaders.get<string, Prisma.KommunGetPayload<object> | null>(`registry.kommun:${queryKey(query)}`, async (codes) =>
    indexBy(codes, await db().kommun.findMany({ ...(query as object), where: { code: { in: [...codes] } } }), (k) => k.code),
  );
}

export function lanLoader(ctx: Context, query: EntityQuery = {}) {
  return ctx.loaders.get<string, Prisma.LanGetPayload<object> | null>(`registry.lan:${queryKey(query)}`, async (codes) =>
    indexBy(codes, await db().lan.findMany({ ...(query as object), where: { code: { in: [...codes] } } }), (l) => l.code),
  );
}

// ---------------------------------------------------------------------------------------------
// Writes. Each is one transaction that checks the rules of Lag (2003:1210) against the result and
// records an audit entry; nothing is half-written.
// ---------------------------------------------------------------------------------------------

export interface PartyInput {
  kind: PartyKind;
  /** The party's name as the förbundsordning gives it, e.g. "Länsarbetsnämnden i Stockholms län". */
  name: string;
  /** Required for a KOMMUN party. */
  kommunCode?: string | null;
  /** For a REGION party: the län it serves. */
  lanCode?: string | null;
}

export interface MemberInput {
  party: PartyInput;
  joinedOn?: Date | null;
  leftOn?: Date | null;
  source?: string | null;
}

export interface BoardSeatInput {
  party: PartyInput;
  role: 'LEDAMOT' | 'ERSATTARE';
  officer?: 'CHAIR' | 'VICE_CHAIR' | null;
}

export interface RegisterForbundInput {
  id: string;
  name: string;
  orgNumber?: string | null;
  formedOn?: Date | null;
  activeSinceYear?: number | null;
  lanCode: string;
  source: string;
  members: MemberInput[];
  board?: BoardSeatInput[];
}

type Tx = Prisma.TransactionClient;

/** A stable party id: one row per authority as the sources name it ("region-halland", "kommun-0181"). */
export function partyId(party: PartyInput): string {
  if (party.kind === 'KOMMUN') {
    if (!party.kommunCode || !KOMMUN_CODE.test(party.kommunCode)) {
      throw fail.badInput(`Kommun party "${party.name}" needs its four-digit kommunCode.`, 'kommunCode');
    }
    return `kommun-${party.kommunCode}`;
  }
  const slug = party.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug;
}

async function upsertParty(tx: Tx, party: PartyInput): Promise<string> {
  const id = partyId(party);
  await tx.party.upsert({
    where: { id },
    create: { id, kind: party.kind, name: party.name, kommunCode: party.kind === 'KOMMUN' ? party.kommunCode! : null, lanCode: party.lanCode ?? null },
    update: {},
  });
  return id;
}

async function membersOf(tx: Tx, forbundId: string): Promise<MemberPeriod[]> {
  const rows = await tx.membership.findMany({ where: { forbundId }, include: { party: { select: { kind: true } } } });
  return rows.map((m) => ({ partyId: m.partyId, kind: m.party.kind, joinedOn: m.joinedOn, leftOn: m.leftOn }));
}

async function audit(tx: Tx, actor: string, action: string, forbundId: string, changes: Prisma.InputJsonValue) {
  await tx.auditEntry.create({ data: { actor, action, forbundId, changes } });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'P2002';
}

export async function registerForbund(input: RegisterForbundInput, actor: string) {
  assertSlug(input.id);
  if (input.orgNumber) assertOrgNumber(input.orgNumber);
  const name = input.name.trim();
  if (!name) throw fail.badInput('A förbund needs a name.', 'name');
  const activeSinceYear = input.formedOn ? input.formedOn.getUTCFullYear() : input.activeSinceYear;
  if (activeSinceYear == null || activeSinceYear < 2004) {
    throw fail.badInput('Give formedOn, or activeSinceYear from 2004 on (Lag 2003:1210 applies from 2004-01-01).', 'formedOn');
  }
  try {
    return await db().$transaction(async (tx) => {
      const lan = await tx.lan.findUnique({ where: { code: input.lanCode } });
      if (!lan) throw fail.badInput(`Unknown länskod "${input.lanCode}".`, 'lanCode');
      await tx.forbund.create({
        data: {
          id: input.id,
          orgNumber: input.orgNumber ?? null,
          formedOn: input.formedOn ?? null,
          activeSinceYear,
          lanCode: input.lanCode,
          source: input.source,
          names: { create: { name, validFrom: input.formedOn ?? null, source: input.source } },
        },
      });
      for (const member of input.members) {
        const party = await upsertParty(tx, member.party);
        await tx.membership.create({
          data: { forbundId: input.id, partyId: party, joinedOn: member.joinedOn ?? null, leftOn: member.leftOn ?? null, source: member.source ?? input.source },
        });
      }
      for (const seat of input.board ?? []) {
        const party = await upsertParty(tx, seat.party);
        await tx.boardSeat.create({ data: { forbundId: input.id, partyId: party, role: seat.role, officer: seat.officer ?? null, source: input.source } });
      }
      assertMembershipRules(input.id, await membersOf(tx, input.id), null);
      await audit(tx, actor, 'registerForbund', input.id, { name, lanCode: input.lanCode, members: input.members.length });
      return tx.forbund.findUniqueOrThrow({ where: { id: input.id } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fail.conflict(`A förbund with id "${input.id}" or that orgNumber already exists.`);
    throw error;
  }
}

export async function renameForbund(input: { forbundId: string; name: string; validFrom: Date; source: string }, actor: string) {
  const name = input.name.trim();
  if (!name) throw fail.badInput('The new name is empty.', 'name');
  return db().$transaction(async (tx) => {
    const current = await tx.forbundName.findFirst({ where: { forbundId: input.forbundId, validTo: null } });
    if (!current) throw fail.notFound('Förbund', input.forbundId);
    if (current.validFrom && current.validFrom >= input.validFrom) {
      throw fail.rule(`The rename must take effect after the current name's start (${current.validFrom.toISOString().slice(0, 10)}).`, 'NAME_HISTORY_ORDER');
    }
    const dayBefore = new Date(input.validFrom.getTime() - 86_400_000);
    await tx.forbundName.update({ where: { id: current.id }, data: { validTo: dayBefore } });
    await tx.forbundName.create({ data: { forbundId: input.forbundId, name, validFrom: input.validFrom, source: input.source } });
    await audit(tx, actor, 'renameForbund', input.forbundId, { from: current.name, to: name, validFrom: input.validFrom.toISOString().slice(0, 10) });
    return tx.forbund.findUniqueOrThrow({ where: { id: input.forbundId } });
  });
}

export async function addMembership(input: { forbundId: string; party: PartyInput; joinedOn: Date; source: string }, actor: string) {
  return db().$transaction(async (tx) => {
    const forbund = await tx.forbund.findUnique({ where: { id: input.forbundId } });
    if (!forbund) throw fail.notFound('Förbund', input.forbundId);
    if (forbund.dissolvedOn) throw fail.rule(`Förbund "${input.forbundId}" is dissolved.`, 'FORBUND_DISSOLVED');
    const party = await upsertParty(tx, input.party);
    await tx.membership.create({ data: { forbundId: input.forbundId, partyId: party, joinedOn: input.joinedOn, source: input.source } });
    assertMembershipRules(input.forbundId, await membersOf(tx, input.forbundId), input.joinedOn);
    await audit(tx, actor, 'addMembership', input.forbundId, { partyId: party, joinedOn: input.joinedOn.toISOString().slice(0, 10) });
    return tx.forbund.findUniqueOrThrow({ where: { id: input.forbundId } });
  });
}

export async function endMembership(input: { forbundId: string; partyId: string; leftOn: Date }, actor: string) {
  return db().$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({ where: { forbundId: input.forbundId, partyId: input.partyId, leftOn: null } });
    if (!membership) throw fail.notFound('Current membership', `${input.forbundId}/${input.partyId}`);
    if (membership.joinedOn && membership.joinedOn > input.leftOn) {
      throw fail.badInput('leftOn cannot come before the membership began.', 'leftOn');
    }
    await tx.membership.update({ where: { id: membership.id }, data: { leftOn: input.leftOn } });
    assertMembershipRules(input.forbundId, await membersOf(tx, input.forbundId), new Date(input.leftOn.getTime() + 86_400_000));
    await audit(tx, actor, 'endMembership', input.forbundId, { partyId: input.partyId, leftOn: input.leftOn.toISOString().slice(0, 10) });
    return tx.forbund.findUniqueOrThrow({ where: { id: input.forbundId } });
  });
}

export async function dissolveForbund(input: { forbundId: string; dissolvedOn: Date; mergedInto?: string | null }, actor: string) {
  return db().$transaction(async (tx) => {
    const forbund = await tx.forbund.findUnique({ where: { id: input.forbundId } });
    if (!forbund) throw fail.notFound('Förbund', input.forbundId);
    if (forbund.dissolvedOn) {
      throw fail.rule(`Förbund "${input.forbundId}" was already dissolved on ${forbund.dissolvedOn.toISOString().slice(0, 10)}.`, 'FORBUND_DISSOLVED');
    }
    if (forbund.formedOn && input.dissolvedOn < forbund.formedOn) {
      throw fail.badInput('dissolvedOn cannot come before formedOn.', 'dissolvedOn');
    }
    if (input.mergedInto) {
      if (input.mergedInto === input.forbundId) throw fail.badInput('A förbund cannot merge into itself.', 'mergedInto');
      const target = await tx.forbund.findUnique({ where: { id: input.mergedInto } });
      if (!target) throw fail.notFound('Förbund', input.mergedInto);
      if (target.dissolvedOn) throw fail.rule(`Förbund "${input.mergedInto}" is dissolved and cannot take over another.`, 'FORBUND_DISSOLVED');
    }
    // Dissolution ends every current membership on the same day (Lag 2003:1210, 26 §: the förbund is wound up).
    await tx.membership.updateMany({ where: { forbundId: input.forbundId, leftOn: null }, data: { leftOn: input.dissolvedOn } });
    await tx.forbund.update({ where: { id: input.forbundId }, data: { dissolvedOn: input.dissolvedOn, mergedIntoId: input.mergedInto ?? null } });
    await audit(tx, actor, 'dissolveForbund', input.forbundId, {
      dissolvedOn: input.dissolvedOn.toISOString().slice(0, 10),
      mergedInto: input.mergedInto ?? null,
    });
    return tx.forbund.findUniqueOrThrow({ where: { id: input.forbundId } });
  });
}
