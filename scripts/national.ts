import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SYNTHETIC_ID_PREFIX as SYN,
  SYNTHETIC_MARK,
  SYNTHETIC_SOURCE,
  useDatabase,
  type EvidenceLevel,
  type PartyKind,
  type ProjectKind,
  type ProjectStatus,
  type TargetGroup,
} from '@finsam/core';
import type { NationalContribution, NationalFunding } from '../services/funding/src/data/national-seed.ts';
import type { NationalMethods } from '../services/methods/src/data/national-seed.ts';
import type { NationalParticipation, NationalProject, NationalProjects } from '../services/projects/src/data/national-seed.ts';
import type { PeriodPrecision } from '../services/projects/src/data/rules.ts';
import type { NationalMembership, NationalParty, NationalRegistry } from '../services/registry/src/data/national-seed.ts';

/**
 * The synthetic national data set (issue 12, part 1): the one place that decides what the synthetic
 * nation looks like, so that registry, funding, projects and methods agree (the same förbund ids in
 * each, the same method ids in methods and projects). Each subgraph's src/data/national-seed.ts only
 * writes the rows it is given.
 *
 * The sizes follow finsam.se's statistics of January 2019, as issue 12 quotes them: 83 förbund, 260 of
 * the 290 kommuner as members, 678 MSEK a year from the parties, 1,105 insatser financed in 2018 (559
 * individinriktade, 546 strukturövergripande) and about 32,700 participants in the individual insatser.
 * The kommuner and län are the real ones (the registry's migration 20261124070100_reference_data, read
 * here so that there is one list). Everything else is invented: ids start with "syn-", every source
 * is SYNTHETIC_SOURCE and every name and title ends with SYNTHETIC_MARK.
 *
 * Deterministic: one seeded PRNG (mulberry32) per part, so two runs give identical rows and a change in
 * how projects are drawn does not move the förbund. `scale` multiplies the counts (förbund, methods and
 * so projects, participants and money); past 1, förbund repeat the layout of the first 80 on the same
 * kommuner, so a kommun is then a member of several förbund (a stress run, not a picture of Sweden).
 */

export const NATIONAL_SEED = 20190101;
/** finsam.se, January 2019 (issue 12). */
export const TARGETS = { forbund: 80, methods: 200, fundingPerYear: 678_000_000, projectsActive2018: 1_105, participantsPerYear: 32_700 } as const;
export const FIRST_YEAR = 2005;
export const LAST_YEAR = 2025;
/** Projects that run past it are still ongoing, with no end decided: their status holds on any later day. */
const HORIZON = '2025-12-31';
const ACTOR = 'seed:national';

export interface Nation {
  scale: number;
  registry: NationalRegistry;
  funding: NationalFunding;
  methods: NationalMethods;
  projects: NationalProjects;
}

// ---------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32 (Tommy Ettinger, public domain): a 32-bit state, good enough for test data, and tiny. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number, part: string) {
    // Each part draws from its own stream, derived from the seed and the part's name.
    this.next = mulberry32(seed ^ createHash('sha256').update(part).digest().readUInt32LE(0));
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
  /** Poisson by Knuth's method; the means here are small. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
  /** k of n with probability p each; by sum for small n, by the normal approximation above. */
  binomial(n: number, p: number): number {
    if (n <= 60) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.next() < p) k++;
      return k;
    }
    const k = Math.round(n * p + Math.sqrt(n * p * (1 - p)) * this.normal());
    return Math.min(n, Math.max(0, k));
  }
}

// ---------------------------------------------------------------------------------------------
// The real kommuner and län
// ---------------------------------------------------------------------------------------------

export interface Kommun {
  code: string;
  name: string;
  lanCode: string;
}

export interface Lan {
  code: string;
  name: string;
}

const REFERENCE_DATA = join(new URL('..', import.meta.url).pathname, 'prisma/registry/migrations/20261124070100_reference_data/migration.sql');

/** The 21 län and 290 kommuner as the registry's reference-data migration inserts them. */
export function referenceData(): { lan: Lan[]; kommuner: Kommun[] } {
  const sql = readFileSync(REFERENCE_DATA, 'utf8');
  const lan = [...sql.matchAll(/\('(\d{2})', '([^']+)'\)/g)].map(([, code, name]) => ({ code: code!, name: name! }));
  const kommuner = [...sql.matchAll(/\('(\d{4})', '([^']+)', '(\d{2})'\)/g)].map(([, code, name, lanCode]) => ({ code: code!, name: name!, lanCode: lanCode! }));
  return { lan, kommuner };
}

/** The regions by their current names (each region's own; Västra Götaland's is "Västra Götalandsregionen"). */
const REGION_NAMES: Record<string, string> = {
  '01': 'Region Stockholm',
  '03': 'Region Uppsala',
  '04': 'Region Sörmland',
  '05': 'Region Östergötland',
  '06': 'Region Jönköpings län',
  '07': 'Region Kronoberg',
  '08': 'Region Kalmar län',
  '09': 'Region Gotland',
  '10': 'Region Blekinge',
  '12': 'Region Skåne',
  '13': 'Region Halland',
  '14': 'Västra Götalandsregionen',
  '17': 'Region Värmland',
  '18': 'Region Örebro län',
  '19': 'Region Västmanland',
  '20': 'Region Dalarna',
  '21': 'Region Gävleborg',
  '22': 'Region Västernorrland',
  '23': 'Region Jämtland Härjedalen',
  '24': 'Region Västerbotten',
  '25': 'Region Norrbotten',
};

/** "Nykvarns kommun", "Umeå kommun", "Borås kommun": the genitive as the demo data writes it. */
export function kommunPartyName(name: string): string {
  return /[aeiouyåäös]$/i.test(name) || /[xz]$/i.test(name) ? `${name} kommun` : `${name}s kommun`;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const marked = (text: string) => `${text} ${SYNTHETIC_MARK}`;
const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const yearOf = (iso: string) => Number(iso.slice(0, 4));

// ---------------------------------------------------------------------------------------------
// Registry: the förbund, their names and members over time
// ---------------------------------------------------------------------------------------------

/** A förbund as the other parts need it: who it is, where, when, and its kommuner year by year. */
interface ForbundPlan {
  id: string;
  lanCode: string;
  formedOn: string;
  endedOn: string | null;
  /** Relative size: funding and the number of insatser follow it. */
  weight: number;
  members: NationalMembership[];
}

interface Slot {
  lanCode: string;
  kommuner: Kommun[];
}

/**
 * The layout of 80 förbund over the 290 kommuner: each län gets förbund in proportion to its kommuner
 * (at least one), about 13 % of the kommuner are left out at first (finsam.se: 260 of 290 were members
 * in 2019), and each förbund takes 1 to 13 kommuner of its län (the issue's range; with 80 förbund over 290 kommuner it comes to 1 to 5).
 */
function layout(rng: Random, lan: Lan[], kommuner: Kommun[]): { slots: Slot[]; outside: Kommun[] } {
  const total = TARGETS.forbund;
  const byLan = lan.map((l) => ({ lan: l, kommuner: rng.shuffle(kommuner.filter((k) => k.lanCode === l.code)) }));
  // Largest remainder, at least one förbund per län.
  const quota = byLan.map((l) => (l.kommuner.length * total) / kommuner.length);
  const counts = quota.map((q) => Math.max(1, Math.floor(q)));
  while (counts.reduce((a, b) => a + b, 0) < total) {
    const i = quota.map((q, j) => q - counts[j]!).reduce((best, r, j, all) => (r > all[best]! ? j : best), 0);
    counts[i]! += 1;
  }
  const slots: Slot[] = [];
  const outside: Kommun[] = [];
  byLan.forEach(({ lan: l, kommuner: list }, i) => {
    const left = list.length > 1 ? Math.round(list.length * 0.13) : 0;
    outside.push(...list.slice(0, left));
    const members = list.slice(left);
    const n = Math.min(counts[i]!, members.length);
    // Sizes: random weights, each förbund at least one kommun and at most 13 (the issue's range).
    const weights = Array.from({ length: n }, () => 0.4 + rng.next());
    const sum = weights.reduce((a, b) => a + b, 0);
    const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * members.length)));
    let surplus = members.length - sizes.reduce((a, b) => a + b, 0);
    for (let j = 0; surplus > 0; j = (j + 1) % n) {
      if (sizes[j]! < 13) {
        sizes[j]! += 1;
        surplus--;
      }
    }
    let at = 0;
    for (const size of sizes) {
      slots.push({ lanCode: l.code, kommuner: members.slice(at, at + size) });
      at += size;
    }
  });
  return { slots, outside };
}

function forbundName(kommuner: readonly Kommun[]): string {
  const names = kommuner.map((k) => k.name);
  if (names.length === 1) return `Samordningsförbundet i ${names[0]}`;
  if (names.length <= 3) return `Samordningsförbundet ${names.join('–')}`;
  return `Samordningsförbundet ${names[0]} med ${names.length - 1} grannkommuner`;
}

function generateRegistry(seed: number, scale: number): { registry: NationalRegistry; plans: ForbundPlan[] } {
  const rng = new Random(seed, 'registry');
  const { lan, kommuner } = referenceData();
  const { slots: unordered, outside } = layout(rng, lan, kommuner);
  // Small scales take the first few slots: put two of one län first, so that even 4 förbund have a merger.
  const slots = rng.shuffle(unordered);
  const sibling = slots.findIndex((s, i) => i > 0 && s.lanCode === slots[0]!.lanCode);
  if (sibling > 1) [slots[1], slots[sibling]] = [slots[sibling]!, slots[1]!];

  const n = Math.max(4, Math.round(TARGETS.forbund * scale));
  const parties = new Map<string, NationalParty>();
  const party = (p: NationalParty) => (parties.set(p.id, p), p.id);
  const fk = party({ id: `${SYN}forsakringskassan`, kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan', kommunCode: null, lanCode: null });
  const af = party({ id: `${SYN}arbetsformedlingen`, kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen', kommunCode: null, lanCode: null });
  const region = (lanCode: string) => party({ id: `${SYN}region-${lanCode}`, kind: 'REGION', name: REGION_NAMES[lanCode]!, lanCode, kommunCode: null });
  // A kommun's party is shared with the demo data (party.kommun_code is unique): "kommun-0181", as
  // registerForbund names it.
  const kommunParty = (k: Kommun) => party({ id: `kommun-${k.code}`, kind: 'KOMMUN', name: kommunPartyName(k.name), kommunCode: k.code, lanCode: null });

  const forbund: NationalRegistry['forbund'] = [];
  const names: NationalRegistry['names'] = [];
  const memberships: NationalMembership[] = [];
  const plans: ForbundPlan[] = [];
  const ids = new Set<string>();
  const source = SYNTHETIC_SOURCE;

  for (let i = 0; i < n; i++) {
    const slot = slots[i % slots.length]!;
    const round = Math.floor(i / slots.length);
    let id = `${SYN}${slot.kommuner.slice(0, 2).map((k) => slug(k.name)).join('-')}${round > 0 ? `-${round + 1}` : ''}`;
    while (ids.has(id)) id += '-b';
    ids.add(id);
    // Most förbund were formed 2005–2010, a few later (finsam.se: 83 by 2019).
    const year = rng.chance(0.85) ? rng.int(2005, 2010) : rng.int(2011, 2016);
    const formedOn = rng.chance(0.6) ? isoDay(year, 1, 1) : isoDay(year, rng.int(2, 12), 1);
    const name = forbundName(slot.kommuner) + (round > 0 ? ` ${round + 1}` : '');
    const members: NationalMembership[] = [
      { forbundId: id, partyId: fk, joinedOn: null, leftOn: null, source },
      { forbundId: id, partyId: af, joinedOn: null, leftOn: null, source },
      { forbundId: id, partyId: region(slot.lanCode), joinedOn: null, leftOn: null, source },
      ...slot.kommuner.map((k) => ({ forbundId: id, partyId: kommunParty(k), joinedOn: null, leftOn: null, source })),
    ];
    forbund.push({ id, formedOn, activeSinceYear: year, dissolvedOn: null, mergedIntoId: null, lanCode: slot.lanCode, source });
    names.push({ forbundId: id, name: marked(name), validFrom: formedOn, validTo: null, source });
    plans.push({ id, lanCode: slot.lanCode, formedOn, endedOn: null, weight: Math.pow(slot.kommuner.length, 0.7) * rng.logNormal(1, 0.35), members });
    memberships.push(...members);
  }

  const rename = (i: number, to: string, validFrom: string) => {
    const current = names.find((x) => x.forbundId === plans[i]!.id && x.validTo === null)!;
    if (current.validFrom !== null && current.validFrom >= validFrom) return;
    current.validTo = dayBefore(validFrom);
    names.push({ forbundId: plans[i]!.id, name: marked(to), validFrom, validTo: null, source });
  };
  const end = (i: number, on: string, mergedInto: string | null) => {
    const f = forbund[i]!;
    f.dissolvedOn = on;
    f.mergedIntoId = mergedInto;
    plans[i]!.endedOn = on;
    // Dissolution ends every current membership on the same day (as dissolveForbund does; Lag 2003:1210, 26 §).
    for (const m of plans[i]!.members) if (m.leftOn === null) m.leftOn = on;
  };
  const kommunMembers = (i: number) => plans[i]!.members.filter((m) => m.partyId.startsWith('kommun-'));

  // Mergers: förbund 1 into förbund 0 (same län, see above), then one per further 80.
  const events = Math.max(1, Math.round(n / TARGETS.forbund));
  for (let e = 0; e < events; e++) {
    const [into, from] = [e * TARGETS.forbund, e * TARGETS.forbund + 1];
    if (from >= n) break;
    const on = isoDay(Math.max(2015, yearOf(plans[into]!.formedOn) + 2, yearOf(plans[from]!.formedOn) + 2), 1, 1);
    const moving = kommunMembers(from).filter((m) => m.leftOn === null);
    end(from, on, plans[into]!.id);
    for (const m of moving) {
      const joined = { forbundId: plans[into]!.id, partyId: m.partyId, joinedOn: on, leftOn: null, source };
      plans[into]!.members.push(joined);
      memberships.push(joined);
    }
    rename(into, `${forbundName(slots[into % slots.length]!.kommuner.slice(0, 1))} med omnejd`, on);
  }
  // Dissolutions: förbund 2, then one per further 80.
  for (let e = 0; e < events; e++) {
    const i = e * TARGETS.forbund + 2;
    if (i >= n) break;
    end(i, isoDay(Math.max(2013, yearOf(plans[i]!.formedOn) + 3), 6, 30), null);
  }
  // Kommuner joining later: those left out at first, into a förbund of their län (one in eight förbund).
  const pool = rng.shuffle(outside);
  for (let i = 3; i < n; i += 8) {
    const at = pool.findIndex((k) => k.lanCode === plans[i]!.lanCode);
    if (at < 0 || plans[i]!.endedOn !== null) continue;
    const [k] = pool.splice(at, 1);
    const on = isoDay(Math.max(yearOf(plans[i]!.formedOn) + 1, rng.int(2008, 2021)), 1, 1);
    const joined = { forbundId: plans[i]!.id, partyId: kommunParty(k!), joinedOn: on, leftOn: null, source };
    plans[i]!.members.push(joined);
    memberships.push(joined);
    const slot = slots[i % slots.length]!;
    // The Västerbotten förbund took new names when kommuner joined (seed 003); so do some of these.
    if (slot.kommuner.length <= 2) rename(i, forbundName([...slot.kommuner, k!]), on);
  }
  // Kommuner leaving (one in twenty förbund, where another kommun stays).
  for (let i = 5; i < n; i += 20) {
    const current = kommunMembers(i).filter((m) => m.leftOn === null && m.joinedOn === null);
    if (current.length < 2 || plans[i]!.endedOn !== null) continue;
    current[current.length - 1]!.leftOn = isoDay(Math.max(yearOf(plans[i]!.formedOn) + 2, rng.int(2010, 2020)), 12, 31);
  }
  // Renames without a change of members: about one in seven.
  for (let i = 4; i < n; i += 7) {
    if (plans[i]!.endedOn !== null) continue;
    const k = slots[i % slots.length]!.kommuner[0]!;
    rename(i, `Finsam ${k.name}`, isoDay(Math.max(yearOf(plans[i]!.formedOn) + 1, rng.int(2012, 2022)), 1, 1));
  }

  return { registry: { parties: [...parties.values()], forbund, names, memberships }, plans };
}

/** The kommun members of a förbund during (some of) a year. */
function kommunerIn(plan: ForbundPlan, year: number): string[] {
  const start = isoDay(year, 1, 1);
  const end = isoDay(year, 12, 31);
  return plan.members
    .filter((m) => m.partyId.startsWith('kommun-') && (m.joinedOn === null || m.joinedOn <= end) && (m.leftOn === null || m.leftOn > start))
    .map((m) => m.partyId.slice('kommun-'.length));
}

const activeIn = (plan: ForbundPlan, year: number) => yearOf(plan.formedOn) <= year && (plan.endedOn === null || yearOf(plan.endedOn) >= year);

// ---------------------------------------------------------------------------------------------
// Funding
// ---------------------------------------------------------------------------------------------

function generateFunding(seed: number, scale: number, plans: ForbundPlan[], kommunNames: Map<string, string>): NationalFunding {
  const rng = new Random(seed, 'funding');
  const years: NationalFunding['years'] = [];
  const contributions: NationalContribution[] = [];
  const accounts: NationalFunding['accounts'] = [];
  // Scaled so that all förbund of the first 80 together get the 2019 figure; n förbund, n/80 of it.
  const totalWeight = plans.reduce((sum, p) => sum + p.weight, 0);
  const perWeight = (TARGETS.fundingPerYear * (plans.length / TARGETS.forbund)) / totalWeight;
  for (const plan of plans) {
    // Some förbund list Arbetsförmedlingen's part of the state's half on a line of its own; some give
    // the kommuner as one line; some deviate from 17 § now and then.
    const afLine = rng.chance(0.1);
    const oneKommunLine = rng.chance(0.3);
    const deviates = rng.chance(0.15);
    let equity = 0;
    for (let year = Math.max(FIRST_YEAR, yearOf(plan.formedOn)); year <= LAST_YEAR; year++) {
      if (!activeIn(plan, year)) continue;
      // Means grew as the förbund got going: 80 % in 2005, the full figure from 2018, ± 5 % a year.
      const growth = 0.8 + 0.2 * Math.min(1, (year - FIRST_YEAR) / 13);
      const first = year === yearOf(plan.formedOn) ? 0.5 : 1;
      const total = Math.round((plan.weight * perWeight * growth * first * (1 + 0.05 * rng.normal())) / 1000) * 1000;
      const off = deviates && rng.chance(0.5);
      const state = Math.round(total * (off ? 0.5 + 0.03 * rng.normal() : 0.5));
      const regionPart = Math.round(total * (off ? 0.22 : 0.25));
      const kommunPart = total - state - regionPart;
      const lines: Omit<NationalContribution, 'forbundId' | 'year'>[] = [];
      if (afLine) {
        const afPart = Math.round(state / 2);
        lines.push({ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', kommunCode: null, amount: state - afPart });
        lines.push({ partyKind: 'ARBETSFORMEDLINGEN', partyName: 'Arbetsförmedlingen', kommunCode: null, amount: afPart });
      } else {
        lines.push({ partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan', kommunCode: null, amount: state });
      }
      lines.push({ partyKind: 'REGION', partyName: REGION_NAMES[plan.lanCode]!, kommunCode: null, amount: regionPart });
      const kommuner = kommunerIn(plan, year);
      if (oneKommunLine || kommuner.length === 0) {
        lines.push({ partyKind: 'KOMMUN', partyName: 'Medlemskommunerna', kommunCode: null, amount: kommunPart });
      } else {
        // Split by a fixed per-kommun weight (a stand-in for population), the rest to the last.
        const weights = kommuner.map((code) => 1 + (Number(code) % 7));
        const sum = weights.reduce((a, b) => a + b, 0);
        let given = 0;
        kommuner.forEach((code, j) => {
          const amount = j === kommuner.length - 1 ? kommunPart - given : Math.round((kommunPart * weights[j]!) / sum);
          given += amount;
          lines.push({ partyKind: 'KOMMUN', partyName: kommunPartyName(kommunNames.get(code)!), kommunCode: code, amount });
        });
      }
      // Now and then the decided total differs from what the parties pay (as seed 001's 2006 budget does).
      const budgetedTotal = deviates && rng.chance(0.2) ? total + 1000 * rng.int(-200, 200) : total;
      years.push({ forbundId: plan.id, year, budgetedTotal, source: SYNTHETIC_SOURCE, reportedBy: ACTOR });
      for (const line of lines) contributions.push({ forbundId: plan.id, year, ...line });
      if (rng.chance(0.9)) {
        const costs = Math.max(0, Math.round(total * (0.85 + 0.2 * rng.next())));
        const result = Math.max(total - costs, -equity);
        equity += result;
        accounts.push({ forbundId: plan.id, year, costs: total - result, result, equity });
      }
    }
  }
  return { years, contributions, accounts };
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

const TARGET_GROUPS: TargetGroup[] = [
  'YOUNG_PEOPLE_SPECIAL_NEEDS',
  'NOLLPLACERADE',
  'LONG_TERM_SOCIAL_ASSISTANCE',
  'SUBSTANCE_ABUSE',
  'MENTAL_ILL_HEALTH',
  'LONG_TERM_SICK_LEAVE',
  'LONG_TERM_UNEMPLOYED',
  'NEWLY_ARRIVED',
  'DISABILITY',
];
const EVIDENCE: EvidenceLevel[] = ['DOCUMENTED_EXPERIENCE', 'DOCUMENTED_EXPERIENCE', 'PROMISING', 'EVALUATED', 'EVIDENCE_BASED'];
const METHOD_HEADS = ['Stegvis', 'Samordnad', 'Individuell', 'Gemensam', 'Tidig', 'Flexibel', 'Motiverande', 'Förstärkt', 'Lokal', 'Aktiv'];
const METHOD_NOUNS = ['arbetsträning', 'kartläggning', 'vägledning', 'samverkan', 'coachning', 'rehabilitering', 'arbetsprövning', 'handledning', 'stödinsats', 'studiemotivation', 'hälsoträning', 'språkstöd', 'praktik', 'uppföljning', 'mentorskap', 'arbetsintegration', 'funktionsbedömning', 'samtalsstöd', 'friskvård', 'jobbmatchning'];
const TAGS = ['arbete', 'studier', 'hälsa', 'samverkan', 'individuellt stöd', 'strukturövergripande', 'unga', 'psykisk hälsa', 'försörjningsstöd', 'sjukskrivning'];

/** Demo methods that synthetic projects may also use: På rätt väg, used by hundreds (issue 12). */
const SHARED_DEMO_METHODS = ['pa-ratt-vag'];

function generateMethods(seed: number, scale: number, plans: ForbundPlan[]): NationalMethods & { usable: { id: string; targetGroups: TargetGroup[] }[] } {
  const rng = new Random(seed, 'methods');
  const n = Math.max(10, Math.round(TARGETS.methods * scale));
  const width = String(n).length;
  const methods: NationalMethods['methods'] = [];
  const references: NationalMethods['references'] = [];
  for (let i = 1; i <= n; i++) {
    const id = `${SYN}metod-${String(i).padStart(width, '0')}`;
    const head = METHOD_HEADS[(i - 1) % METHOD_HEADS.length]!;
    const noun = METHOD_NOUNS[Math.floor((i - 1) / METHOD_HEADS.length) % METHOD_NOUNS.length]!;
    const round = Math.floor((i - 1) / (METHOD_HEADS.length * METHOD_NOUNS.length));
    const name = `${head} ${noun}${round > 0 ? ` ${round + 1}` : ''}`;
    const groups = rng.shuffle(TARGET_GROUPS).slice(0, rng.int(1, 3));
    const from = rng.chance(0.85) ? rng.int(2005, 2022) : null;
    const origin = rng.chance(0.8) ? rng.pick(plans).id : null;
    // Most are published; a few are proposals waiting for national_admin, proposed by their förbund.
    const published = origin === null || rng.chance(0.93);
    methods.push({
      id,
      name: marked(name),
      aliases: rng.chance(0.2) ? [`${noun[0]!.toUpperCase()}${noun.slice(1)} enligt ${head.toLowerCase()} modell`] : [],
      summary: `Syntetisk metod för ${noun} med ${head.toLowerCase()} inriktning. Inte en verklig metod: genererad för test och belastning.`,
      description: `${name} är påhittad (syntetiska data, npm run db:seed -- --national) och beskriver ingen verklig insats. Den finns för att hubben ska kunna prövas med ett metodbibliotek av nationell storlek.`,
      targetGroups: groups,
      evidenceLevel: rng.pick(EVIDENCE),
      developedFrom: from,
      developedTo: from !== null && rng.chance(0.7) ? Math.min(LAST_YEAR, from + rng.int(0, 3)) : null,
      originForbundId: origin,
      tags: rng.shuffle(TAGS).slice(0, rng.int(0, 3)),
      published,
      lastReviewedOn: rng.chance(0.5) ? isoDay(rng.int(2015, LAST_YEAR), rng.int(1, 12), 1) : null,
      proposedByForbundId: published ? null : origin,
      source: SYNTHETIC_SOURCE,
    });
    const refs = rng.int(0, 2);
    for (let position = 0; position < refs; position++) {
      references.push({ methodId: id, position, title: marked(`Utvärdering av ${name.toLowerCase()}`), url: null, publisher: null, year: from === null ? null : Math.min(LAST_YEAR, from + rng.int(1, 4)) });
    }
  }
  const usable = [
    ...SHARED_DEMO_METHODS.map((id) => ({ id, targetGroups: ['NOLLPLACERADE'] as TargetGroup[] })),
    ...methods.filter((m) => m.published).map((m) => ({ id: m.id, targetGroups: m.targetGroups })),
  ];
  return { methods, references, usable };
}

// ---------------------------------------------------------------------------------------------
// Projects and participation
// ---------------------------------------------------------------------------------------------

const PARTY_KINDS: PartyKind[] = ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN'];
const INDIVIDUAL_TITLES = ['Arbetsträning', 'Steget vidare', 'Vägen till arbete', 'Unga till studier', 'Samordnad rehabilitering', 'Jobbcoachning', 'Språk och praktik', 'Hälsa och arbete', 'Motiverande samtal', 'Aktivitetscenter'];
const STRUCTURAL_TITLES = ['Gemensam kartläggning', 'Kompetensutveckling för handläggare', 'Samverkansforum', 'Gemensamma riktlinjer', 'Kunskapsspridning', 'Utvecklingsarbete', 'Samordnad planering', 'Metodstöd'];
/** The national follow-up's age bands (16–64), none overlapping. */
const AGE_BANDS = [
  [16, 24],
  [25, 34],
  [35, 44],
  [45, 54],
  [55, 64],
] as const;
const AGE_SHARES = [0.3, 0.27, 0.2, 0.15, 0.08];

/**
 * Insatser: each förbund starts some every year it is active, in proportion to its size, so that about
 * 1,100 are active in 2018 at scale 1 (finsam.se: 1,105), half individual and half structural (559 and
 * 546). Individual insatser report participants every year they run: about 32,700 a year together, many
 * small (counts below 5 are common, and the hub withholds them from the public).
 */
function generateProjects(seed: number, scale: number, plans: ForbundPlan[], methods: { id: string; targetGroups: TargetGroup[] }[], kommunNames: Map<string, string>): NationalProjects {
  const rng = new Random(seed, 'projects');
  const situations = new Random(seed, 'situations');
  const projects: NationalProject[] = [];
  const projectMethods: [string, string][] = [];
  const participation: NationalParticipation[] = [];
  const meanWeight = plans.reduce((sum, p) => sum + p.weight, 0) / plans.length;
  // A Zipf-like law over the methods, 1/(rank + 3): the first (På rätt väg) is used by about a thousand
  // projects at scale 1 (the issue's trial had 1,200), the tenth by a few hundred, most by a few dozen.
  const zipf = methods.map((_, r) => 1 / (r + 3));
  const zipfTotal = zipf.reduce((a, b) => a + b, 0);
  const pickMethod = () => {
    let x = rng.next() * zipfTotal;
    for (let r = 0; r < zipf.length; r++) if ((x -= zipf[r]!) <= 0) return methods[r]!;
    return methods[methods.length - 1]!;
  };
  let serial = 0;
  for (const plan of plans) {
    for (let year = Math.max(FIRST_YEAR, yearOf(plan.formedOn)); year <= LAST_YEAR; year++) {
      if (!activeIn(plan, year)) continue;
      const starts = rng.poisson((10.6 * plan.weight) / meanWeight);
      for (let s = 0; s < starts; s++) {
        serial++;
        const kind: ProjectKind = rng.chance(0.506) ? 'INDIVIDUAL' : 'STRUCTURAL';
        const month = rng.int(1, 12);
        const startsOn = isoDay(year, month, 1);
        // Nothing before the förbund was formed or after it ended.
        if (startsOn < plan.formedOn || (plan.endedOn !== null && startsOn > plan.endedOn)) continue;
        // Most insatser are short (a course, a kartläggning, a half-year of coaching), a few run for
        // years: so that about 15,000 over 2005–2025 leave about 1,100 active in a year, as in 2018.
        const length = rng.next();
        const months = length < 0.75 ? rng.int(2, 6) : length < 0.94 ? rng.int(7, 18) : rng.int(19, 40);
        const endMonth0 = (month - 1 + months - 1) % 12;
        const endYear = year + Math.floor((month - 1 + months - 1) / 12);
        let endsOn: string | null = isoDay(endYear, endMonth0 + 1, lastDayOfMonth(endYear, endMonth0 + 1));
        // A förbund's insatser end when it does.
        if (plan.endedOn !== null && endsOn > plan.endedOn) endsOn = plan.endedOn;
        let status: ProjectStatus;
        if (endsOn > HORIZON) {
          endsOn = null;
          status = 'ONGOING';
        } else {
          status = rng.chance(0.03) ? 'CANCELLED' : 'COMPLETED';
        }
        const precision: PeriodPrecision = rng.chance(0.7) ? 'DAY' : 'MONTH';
        const kommuner = kommunerIn(plan, year);
        const place = kommunNames.get(kommuner.length > 0 ? rng.pick(kommuner) : '') ?? 'länet';
        const title = `${rng.pick(kind === 'INDIVIDUAL' ? INDIVIDUAL_TITLES : STRUCTURAL_TITLES)} i ${place}`;
        const id = `${SYN}insats-${String(serial).padStart(6, '0')}`;
        const used = new Map<string, { id: string; targetGroups: TargetGroup[] }>();
        const count = rng.chance(0.35) ? 0 : rng.chance(0.7) ? 1 : rng.int(2, 3);
        for (let m = 0; m < count; m++) {
          const method = pickMethod();
          used.set(method.id, method);
        }
        // A project's target groups include those of the methods it uses.
        const groups = new Set<TargetGroup>([...used.values()].map((m) => m.targetGroups[0]!));
        while (groups.size < 1 || (groups.size < 3 && rng.chance(0.3))) groups.add(rng.pick(TARGET_GROUPS));
        const kinds = rng.chance(0.5) ? PARTY_KINDS : PARTY_KINDS.filter(() => rng.chance(0.6));
        const partyKinds = kinds.length >= 2 ? kinds : ['FORSAKRINGSKASSAN', 'KOMMUN'] as PartyKind[];
        projects.push({
          id,
          forbundId: plan.id,
          title: marked(title),
          summary: `Syntetisk ${kind === 'INDIVIDUAL' ? 'individinriktad' : 'strukturövergripande'} insats: genererad för test och belastning, inte en verklig insats.`,
          kind,
          status,
          startsOn,
          endsOn,
          periodPrecision: precision,
          targetGroups: [...groups],
          partyKinds: [...partyKinds],
          budget: rng.chance(0.85) ? Math.round(rng.logNormal(900_000, 0.7) / 1000) * 1000 : null,
          outcome: status === 'COMPLETED' && rng.chance(0.4) ? 'Syntetiskt utfall: insatsen avslutades enligt plan.' : null,
          // Mostly published; the rest are drafts only their förbund's editors see.
          published: rng.chance(0.95),
          source: SYNTHETIC_SOURCE,
        });
        for (const method of used.keys()) projectMethods.push([id, method]);
        if (kind !== 'INDIVIDUAL') continue;
        const lastYear = Math.min(LAST_YEAR, endsOn === null ? LAST_YEAR : yearOf(endsOn));
        // Participants per year: log-normal around 40, a fifth of the years below 5.
        const size = rng.logNormal(40, 0.9);
        for (let y = yearOf(startsOn); y <= lastYear; y++) {
          participation.push(participationYear(rng, situations, id, y, rng.chance(0.2) ? rng.int(0, 4) : Math.max(1, Math.round(size * (0.7 + 0.6 * rng.next())))));
        }
      }
    }
  }
  return { projects, projectMethods, participation };
}

/** Work, studies, job-seeking, other; `stated` is the share of the rest whose situation is known. */
function situationOf(rng: Random, participants: number, stated: number): NonNullable<NationalParticipation['situationAfter']> {
  const work = rng.binomial(participants, 0.22);
  const studies = rng.binomial(participants - work, 0.1);
  const jobSeeking = rng.binomial(participants - work - studies, 0.35);
  const other = rng.binomial(participants - work - studies - jobSeeking, stated);
  return { work, studies, jobSeeking, other };
}

function participationYear(rng: Random, situations: Random, projectId: string, year: number, participants: number): NationalParticipation {
  // Kön: women about 55 %; now and then a few "other or not stated", so women + men ≤ participants.
  const unstated = rng.chance(0.15) ? rng.binomial(participants, 0.05) : 0;
  const women = rng.binomial(participants - unstated, 0.55);
  const men = participants - unstated - women;
  // Where they went after the insats: six years in ten from the main stream, as issue 12 drew it; of
  // the rest, four in five from a stream of their own (issue 15: "situations after the insats for most
  // project years", about 92 %), so that every other row of the data set stays as it was.
  const situationAfter = rng.chance(0.6) ? situationOf(rng, participants, 0.8) : situations.chance(0.8) ? situationOf(situations, participants, 0.95) : null;
  const ageBands: NationalParticipation['ageBands'] = [];
  if (rng.chance(0.7)) {
    let left = participants - (rng.chance(0.1) ? rng.binomial(participants, 0.05) : 0);
    AGE_BANDS.forEach(([fromAge, toAge], i) => {
      const rest = AGE_SHARES.slice(i).reduce((a, b) => a + b, 0);
      const n = i === AGE_BANDS.length - 1 ? left : rng.binomial(left, AGE_SHARES[i]! / rest);
      left -= n;
      ageBands.push({ fromAge, toAge, participants: n });
    });
  }
  return { projectId, year, participants, women, men, situationAfter, ageBands };
}

// ---------------------------------------------------------------------------------------------
// The whole nation, and loading it
// ---------------------------------------------------------------------------------------------

export function generateNation(options: { scale?: number; seed?: number } = {}): Nation {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || scale > 100) throw new Error(`--scale must be a number above 0 and at most 100; got ${scale}.`);
  const seed = options.seed ?? NATIONAL_SEED;
  const kommunNames = new Map(referenceData().kommuner.map((k) => [k.code, k.name]));
  const { registry, plans } = generateRegistry(seed, scale);
  const funding = generateFunding(seed, scale, plans, kommunNames);
  const { usable, ...methods } = generateMethods(seed, scale, plans);
  const projects = generateProjects(seed, scale, plans, usable, kommunNames);
  return { scale, registry, funding, methods, projects };
}

/** A fingerprint of the generated rows: two runs with the same scale and seed give the same one. */
export function nationChecksum(nation: Nation): string {
  return createHash('sha256').update(JSON.stringify(nation)).digest('hex');
}

export interface NationalLoadResult {
  ok: boolean;
  message: string;
}

/**
 * Loads the synthetic nation into the database at `databaseUrl`, on top of the demo data (which must be
 * there: synthetic projects use the demo method "pa-ratt-vag"). Each subgraph's rows go in one
 * transaction. Refuses, changing nothing, when synthetic rows are already present in any subgraph.
 */
export async function loadNation(databaseUrl: string, nation: Nation, progress: (line: string) => void = () => {}): Promise<NationalLoadResult> {
  useDatabase(databaseUrl);
  const registry = await import('../services/registry/src/data/national-seed.ts');
  const funding = await import('../services/funding/src/data/national-seed.ts');
  const methods = await import('../services/methods/src/data/national-seed.ts');
  const projects = await import('../services/projects/src/data/national-seed.ts');
  const { disconnect: r } = await import('../services/registry/src/data/db.ts');
  const { disconnect: f } = await import('../services/funding/src/data/db.ts');
  const { disconnect: m } = await import('../services/methods/src/data/db.ts');
  const { disconnect: p } = await import('../services/projects/src/data/db.ts');
  try {
    const present = {
      registry: await registry.countNationalRegistry(),
      funding: await funding.countNationalFunding(),
      methods: await methods.countNationalMethods(),
      projects: await projects.countNationalProjects(),
    };
    if (Object.values(present).some((n) => n > 0)) {
      const where = Object.entries(present)
        .filter(([, n]) => n > 0)
        .map(([name, n]) => `${name} ${n}`)
        .join(', ');
      return {
        ok: false,
        message: `national data already loaded (${SYN}… rows: ${where}); nothing changed. Start from a fresh database (npm run db:reset, then npm run db:seed -- --national).`,
      };
    }
    const step = async <T>(label: string, work: () => Promise<T>, describe: (counts: T) => string) => {
      const started = performance.now();
      const counts = await work();
      progress(`national data: ${label} ${describe(counts)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    };
    await step('registry', () => registry.loadNationalRegistry(nation.registry), (c) => `${c.forbund} förbund, ${c.names} names, ${c.memberships} memberships, ${c.parties} new parties`);
    await step('funding', () => funding.loadNationalFunding(nation.funding), (c) => `${c.years} funding years, ${c.contributions} contributions, ${c.accounts} annual accounts`);
    await step('methods', () => methods.loadNationalMethods(nation.methods), (c) => `${c.methods} methods, ${c.references} references`);
    await step('projects', () => projects.loadNationalProjects(nation.projects), (c) => `${c.projects} projects, ${c.projectMethods} method links, ${c.participation} participation years, ${c.ageBands} age bands`);
    return { ok: true, message: 'national data loaded' };
  } finally {
    await Promise.all([r(), f(), m(), p()]);
  }
}
