import { adminUrlOf, createDatabaseIfMissing, dropDatabase, SYNTHETIC_ID_PREFIX, SYNTHETIC_MARK, SYNTHETIC_SOURCE, useDatabase } from '@finsam/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateAll, seedAll } from '../scripts/database.ts';
import { generateNation, LAST_YEAR, loadNation, nationChecksum, TARGETS, type Nation } from '../scripts/national.ts';
import { validateReport } from '../services/funding/src/data/funding-store.ts';
import { statutoryShares } from '../services/funding/src/data/rules.ts';
import { assertComplete, assertMethodId, validateMethodFields } from '../services/methods/src/data/rules.ts';
import { assertParticipation, assertProject } from '../services/projects/src/data/rules.ts';
import { assertMembershipRules, assertSlug, type MemberPeriod } from '../services/registry/src/data/rules.ts';

/**
 * The synthetic national data set (issue 12, part 1), loaded at scale 0.05 into a database of its own
 * beside the run's shared one: the other files count rows in the shared database and must not see it.
 * The sizes at scale 1 are checked on the generated rows alone (no database), which takes a second.
 */
const SCALE = 0.05;
const name = `finsam_national_${process.pid}`;
const shared = inject('databaseUrl');
const admin = adminUrlOf(shared);
const url = (() => {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
})();

let nation: Nation;
let fullNation: Nation | undefined;
/** Scale 1, generated once for the tests that look at national sizes (about a second, no database). */
const full = () => (fullNation ??= generateNation({ scale: 1 }));
let client: pg.Client;
const lines: string[] = [];

beforeAll(async () => {
  await createDatabaseIfMissing(admin, name);
  await migrateAll(url);
  await seedAll(url);
  nation = generateNation({ scale: SCALE });
  const result = await loadNation(url, nation, (line) => lines.push(line));
  expect(result).toMatchObject({ ok: true });
  client = new pg.Client({ connectionString: url });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  // seedAll and loadNation point this worker's subgraph stores at `url`; give the shared database back.
  useDatabase(shared);
  await dropDatabase(admin, name);
});

const count = async (sql: string, params: unknown[] = []) => (await client.query<{ n: number }>(sql, params)).rows[0]!.n;
const day = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

describe('the synthetic national data set', () => {
  it('is the same on every run of the generator, and another seed gives another', () => {
    expect(nationChecksum(generateNation({ scale: SCALE }))).toBe(nationChecksum(nation));
    expect(nationChecksum(generateNation({ scale: SCALE, seed: 1 }))).not.toBe(nationChecksum(nation));
  });

  it('is about national size at scale 1 (finsam.se, January 2019)', () => {
    const national = full();
    expect(national.registry.forbund).toHaveLength(TARGETS.forbund);
    expect(national.methods.methods).toHaveLength(TARGETS.methods);
    const near = (value: number, target: number, tolerance: number) => expect(Math.abs(value - target) / target).toBeLessThan(tolerance);
    near(national.projects.projects.length, 15_000, 0.1);
    const active2018 = national.projects.projects.filter((p) => p.startsOn <= '2018-12-31' && (p.endsOn === null || p.endsOn >= '2018-01-01'));
    near(active2018.length, TARGETS.projectsActive2018, 0.2);
    near(active2018.filter((p) => p.kind === 'INDIVIDUAL').length, 559, 0.25);
    const participants2018 = national.projects.participation.filter((q) => q.year === 2018).reduce((sum, q) => sum + q.participants, 0);
    near(participants2018, TARGETS.participantsPerYear, 0.2);
    const funding2018 = national.funding.contributions.filter((c) => c.year === 2018).reduce((sum, c) => sum + c.amount, 0);
    near(funding2018, TARGETS.fundingPerYear, 0.1);
    // 260 of 290 kommuner were members in 2019.
    const members2019 = new Set(
      national.registry.memberships
        .filter((m) => m.partyId.startsWith('kommun-') && (m.joinedOn === null || m.joinedOn <= '2019-12-31') && (m.leftOn === null || m.leftOn > '2019-01-01'))
        .map((m) => m.partyId),
    );
    near(members2019.size, 260, 0.05);
    // Some methods are used by hundreds of projects, På rätt väg among them.
    const uses = new Map<string, number>();
    for (const [, methodId] of national.projects.projectMethods) uses.set(methodId, (uses.get(methodId) ?? 0) + 1);
    expect(uses.get('pa-ratt-vag')).toBeGreaterThan(300);
    expect([...uses.values()].filter((n) => n >= 100).length).toBeGreaterThanOrEqual(5);
  });

  it('is in the database exactly as generated, and said so step by step', async () => {
    const syn = [`${SYNTHETIC_ID_PREFIX}%`];
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund WHERE id LIKE $1`, syn)).toBe(nation.registry.forbund.length);
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund_name WHERE forbund_id LIKE $1`, syn)).toBe(nation.registry.names.length);
    expect(await count(`SELECT count(*)::int AS n FROM registry.membership WHERE forbund_id LIKE $1`, syn)).toBe(nation.registry.memberships.length);
    expect(await count(`SELECT count(*)::int AS n FROM funding.funding_year WHERE forbund_id LIKE $1`, syn)).toBe(nation.funding.years.length);
    expect(
      await count(`SELECT count(*)::int AS n FROM funding.contribution c JOIN funding.funding_year y ON y.id = c.funding_year_id WHERE y.forbund_id LIKE $1`, syn),
    ).toBe(nation.funding.contributions.length);
    expect(await count(`SELECT count(*)::int AS n FROM methods.method WHERE id LIKE $1`, syn)).toBe(nation.methods.methods.length);
    expect(await count(`SELECT count(*)::int AS n FROM projects.project WHERE id LIKE $1`, syn)).toBe(nation.projects.projects.length);
    expect(await count(`SELECT count(*)::int AS n FROM projects.project_method WHERE project_id LIKE $1`, syn)).toBe(nation.projects.projectMethods.length);
    expect(await count(`SELECT count(*)::int AS n FROM projects.participation WHERE project_id LIKE $1`, syn)).toBe(nation.projects.participation.length);
    expect(
      await count(`SELECT count(*)::int AS n FROM projects.participation_age_band b JOIN projects.participation p ON p.id = b.participation_id WHERE p.project_id LIKE $1`, syn),
    ).toBe(nation.projects.participation.reduce((sum, q) => sum + q.ageBands.length, 0));
    // The demo data is still there, beside it.
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund WHERE id NOT LIKE $1`, syn)).toBeGreaterThanOrEqual(6);
    expect(lines.map((line) => line.replace(/\d+(\.\d+)?/g, 'N'))).toEqual([
      expect.stringMatching(/^national data: registry N förbund, .* \(N s\)$/),
      expect.stringMatching(/^national data: funding N funding years, .* \(N s\)$/),
      expect.stringMatching(/^national data: methods N methods, .* \(N s\)$/),
      expect.stringMatching(/^national data: projects N projects, .* \(N s\)$/),
    ]);
  });

  it('refuses to load a second time and changes nothing', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM projects.project`);
    const result = await loadNation(url, nation);
    useDatabase(shared);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/already loaded .*registry 4.*nothing changed/);
    expect(await count(`SELECT count(*)::int AS n FROM projects.project`)).toBe(before);
  });

  it('says in every source and name that it is synthetic', async () => {
    const syn = [`${SYNTHETIC_ID_PREFIX}%`, SYNTHETIC_SOURCE];
    for (const [table, key] of [
      ['registry.forbund', 'id'],
      ['registry.forbund_name', 'forbund_id'],
      ['registry.membership', 'forbund_id'],
      ['funding.funding_year', 'forbund_id'],
      ['methods.method', 'id'],
      ['projects.project', 'id'],
    ] as const) {
      expect(await count(`SELECT count(*)::int AS n FROM ${table} WHERE ${key} LIKE $1 AND source IS DISTINCT FROM $2`, syn), table).toBe(0);
      expect(await count(`SELECT count(*)::int AS n FROM ${table} WHERE ${key} LIKE $1`, [syn[0]]), table).toBeGreaterThan(0);
    }
    const mark = `% ${SYNTHETIC_MARK}`;
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund_name WHERE forbund_id LIKE $1 AND name NOT LIKE $2`, [syn[0], mark])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM projects.project WHERE id LIKE $1 AND title NOT LIKE $2`, [syn[0], mark])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM methods.method WHERE id LIKE $1 AND name NOT LIKE $2`, [syn[0], mark])).toBe(0);
  });

  it('refers only to förbund and methods that exist', async () => {
    expect(await count(`SELECT count(*)::int AS n FROM projects.project p WHERE NOT EXISTS (SELECT 1 FROM registry.forbund f WHERE f.id = p.forbund_id)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM funding.funding_year y WHERE NOT EXISTS (SELECT 1 FROM registry.forbund f WHERE f.id = y.forbund_id)`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM projects.project_method pm WHERE NOT EXISTS (SELECT 1 FROM methods.method m WHERE m.id = pm.method_id)`)).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM methods.method m WHERE m.origin_forbund_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM registry.forbund f WHERE f.id = m.origin_forbund_id)`),
    ).toBe(0);
    // A synthetic project runs only while its förbund exists. (Two demo projects start in 2004, before
    // Södertälje–Nykvarn was formed in 2005, as seed 001 tells it: they are left out here.)
    expect(
      await count(`SELECT count(*)::int AS n FROM projects.project p JOIN registry.forbund f ON f.id = p.forbund_id
                   WHERE p.id LIKE 'syn-%' AND p.starts_on < f.formed_on OR (f.dissolved_on IS NOT NULL AND (p.ends_on IS NULL OR p.ends_on > f.dissolved_on))`),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund WHERE merged_into_id LIKE 'syn-%'`)).toBeGreaterThanOrEqual(1);
    expect(await count(`SELECT count(*)::int AS n FROM registry.forbund WHERE id LIKE 'syn-%' AND dissolved_on IS NOT NULL AND merged_into_id IS NULL`)).toBeGreaterThanOrEqual(1);
  });

  it('keeps the registry rules of Lag (2003:1210) at formation and at every change of members', () => {
    const { forbund, memberships, parties, names } = nation.registry;
    const kinds = new Map(parties.map((p) => [p.id, p.kind]));
    for (const f of forbund) {
      assertSlug(f.id);
      const members: MemberPeriod[] = memberships
        .filter((m) => m.forbundId === f.id)
        .map((m) => ({ partyId: m.partyId, kind: kinds.get(m.partyId)!, joinedOn: day(m.joinedOn), leftOn: day(m.leftOn) }));
      assertMembershipRules(f.id, members, null);
      for (const m of members) {
        if (m.joinedOn) assertMembershipRules(f.id, members, m.joinedOn);
        // The day after a member leaves, unless the förbund itself ended then.
        if (m.leftOn && f.dissolvedOn === null) assertMembershipRules(f.id, members, new Date(m.leftOn.getTime() + 86_400_000));
      }
      // Names follow each other without gap or overlap.
      const history = names.filter((n) => n.forbundId === f.id).sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
      expect(history[0]!.validFrom).toBe(f.formedOn);
      expect(history.at(-1)!.validTo).toBeNull();
    }
    expect(names.length).toBeGreaterThan(forbund.length);
  });

  it('keeps the funding rules: most years at 50/25/25 (17 §), some not', () => {
    const now = new Date(`${LAST_YEAR + 1}-06-01T00:00:00Z`);
    const { funding } = full();
    let compliant = 0;
    for (const year of funding.years) {
      const lines = funding.contributions.filter((c) => c.forbundId === year.forbundId && c.year === year.year);
      const accounts = funding.accounts.find((a) => a.forbundId === year.forbundId && a.year === year.year);
      const report = validateReport(
        {
          year: year.year,
          budgetedTotal: year.budgetedTotal === null ? null : BigInt(year.budgetedTotal),
          contributions: lines.map((c) => ({ ...c, amount: BigInt(c.amount) })),
          accounts: accounts ? { costs: BigInt(accounts.costs), result: BigInt(accounts.result), equity: BigInt(accounts.equity) } : null,
          source: year.source,
        },
        now,
      );
      if (statutoryShares(report.contributions, report.budgetedTotal).compliant) compliant++;
    }
    const share = compliant / funding.years.length;
    expect(share).toBeGreaterThan(0.8);
    expect(share).toBeLessThan(0.99);
  });

  it('keeps the project and participation rules, with many counts below 5', () => {
    const today = new Date();
    const byId = new Map(nation.projects.projects.map((p) => [p.id, p]));
    for (const p of nation.projects.projects) {
      assertProject({ ...p, startsOn: day(p.startsOn)!, endsOn: day(p.endsOn), budget: p.budget === null ? null : BigInt(p.budget) }, today);
    }
    for (const q of nation.projects.participation) {
      const p = byId.get(q.projectId)!;
      expect(p.kind).toBe('INDIVIDUAL');
      assertParticipation(q, { startsOn: day(p.startsOn)!, endsOn: day(p.endsOn) }, today);
    }
    const published = nation.projects.projects.filter((p) => p.published).length / nation.projects.projects.length;
    expect(published).toBeGreaterThan(0.85);
    expect(published).toBeLessThan(1);
    const small = nation.projects.participation.filter((q) => q.participants < 5).length / nation.projects.participation.length;
    expect(small).toBeGreaterThan(0.1);
    expect(nation.projects.participation.some((q) => q.situationAfter !== null)).toBe(true);
    expect(nation.projects.participation.some((q) => q.situationAfter === null)).toBe(true);
    expect(nation.projects.participation.some((q) => q.ageBands.length > 0)).toBe(true);
  });

  it('reports the situation after the insats for most project years, so outcomes are measured at national size (issue 15)', () => {
    const years = full().projects.participation;
    const reported = years.filter((q) => q.situationAfter !== null);
    expect(reported.length / years.length).toBeGreaterThan(0.85);
    expect(reported.length / years.length).toBeLessThan(1);
    // Some stated in full (the four counts add up to the participants), some with a rest not stated.
    const whole = (q: (typeof reported)[number]) => q.situationAfter!.work + q.situationAfter!.studies + q.situationAfter!.jobSeeking + q.situationAfter!.other === q.participants;
    expect(reported.some(whole)).toBe(true);
    expect(reported.some((q) => !whole(q))).toBe(true);
  });

  it('keeps the method library rules', () => {
    for (const m of nation.methods.methods) {
      assertMethodId(m.id);
      const references = nation.methods.references.filter((r) => r.methodId === m.id);
      assertComplete(validateMethodFields({ ...m, lastReviewedOn: day(m.lastReviewedOn), references }, null));
    }
    // A few are proposals that only national_admin and the proposing förbund's editors see.
    const unpublished = full().methods.methods.filter((m) => !m.published);
    expect(unpublished.length).toBeGreaterThan(0);
    for (const m of unpublished) expect(m.proposedByForbundId).toBe(m.originForbundId);
  });
});
