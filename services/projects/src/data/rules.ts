import { canEditForbund, currentYear, fail, formatIsoDate, isPlausibleYear, type Identity, type ProjectStatus } from '@finsam/core';

/**
 * The rules of a project and its figures, free of SQL so that tests reach them directly. Stores call
 * these before they write; a refused write never reaches the database.
 */

// ---------------------------------------------------------------------------------------------
// Who sees what
// ---------------------------------------------------------------------------------------------

/** Drafts are for the förbund's own editors and national_admin (issue 6, "Drafts are invisible to the public role"). */
export function canSeeProject(identity: Identity, project: { forbundId: string; published: boolean }): boolean {
  return project.published || canEditForbund(identity, project.forbundId);
}

/** Exact participation figures: the förbund's editors and national_admin. Everyone else gets the protected view. */
export function seesExactFigures(identity: Identity, forbundId: string): boolean {
  return canEditForbund(identity, forbundId);
}

// ---------------------------------------------------------------------------------------------
// Small-count protection (issue 6, "Small-count protection")
// ---------------------------------------------------------------------------------------------

/** Figures below this are never shown to the public role. */
export const SMALL_COUNT = 5;

export interface ParticipationFigures {
  participants: number;
  women: number;
  men: number;
}

export interface ProtectedFigures {
  participants: number | null;
  women: number | null;
  men: number | null;
  /** True when any figure was withheld. */
  suppressed: boolean;
}

/**
 * The public view of one set of figures. A figure below 5 is withheld, and so is any figure from
 * which one below 5 could be derived by subtraction: women, men and "other" (participants − women −
 * men) determine each other given the total, so if any of participants, women, men or other is below 5,
 * women and men are both withheld (and participants too when it is itself below 5). A reported figure
 * of zero counts as below 5, as the issue states it. The remainder "other" is not reported but derived:
 * a remainder of zero describes nobody, so only a remainder of 1 to 4 withholds the split (otherwise the
 * common, fully stated split, women + men = participants, could never be shown).
 */
export function protectFigures(figures: ParticipationFigures, exact: boolean): ProtectedFigures {
  if (exact) return { participants: figures.participants, women: figures.women, men: figures.men, suppressed: false };
  const other = figures.participants - figures.women - figures.men;
  const small = (n: number) => n < SMALL_COUNT;
  const split = small(figures.participants) || small(figures.women) || small(figures.men) || smallRemainder(other);
  return {
    participants: small(figures.participants) ? null : figures.participants,
    women: split ? null : figures.women,
    men: split ? null : figures.men,
    suppressed: split,
  };
}

/** A derived remainder that would reveal 1 to 4 people; zero reveals nobody. */
function smallRemainder(n: number): boolean {
  return n > 0 && n < SMALL_COUNT;
}

/** Where participants went after the insats, as the national follow-up asks (issue 6). */
export interface SituationAfter {
  work: number;
  studies: number;
  jobSeeking: number;
  other: number;
}

export type ProtectedSituation = { [K in keyof SituationAfter]: number | null } & { suppressed: boolean };

/**
 * The public view of the situation after the insats, by the same rule as protectFigures: the four counts
 * and the rest (participants minus their sum, "not stated") determine each other, so if any of them is
 * below 5, all four are withheld.
 */
export function protectSituation(situation: SituationAfter, participants: number, exact: boolean): ProtectedSituation {
  if (exact) return { ...pickSituation(situation), suppressed: false };
  const counts = [situation.work, situation.studies, situation.jobSeeking, situation.other];
  const rest = participants - counts.reduce((a, b) => a + b, 0);
  if (counts.some((n) => n < SMALL_COUNT) || smallRemainder(rest)) return { work: null, studies: null, jobSeeking: null, other: null, suppressed: true };
  return { ...pickSituation(situation), suppressed: false };
}

function pickSituation(s: SituationAfter): SituationAfter {
  return { work: s.work, studies: s.studies, jobSeeking: s.jobSeeking, other: s.other };
}

/** Participants of one age band, from and to age inclusive. */
export interface AgeBand {
  fromAge: number;
  toAge: number;
  participants: number;
}

export interface ProtectedAgeBands {
  bands: { fromAge: number; toAge: number; participants: number | null }[];
  suppressed: boolean;
}

/**
 * The public view of a year's age bands, by the rule of protectFigures: the bands and the rest not
 * stated (participants minus their sum) determine each other, so if any band is below 5, or the rest is
 * 1 to 4, every band's count is withheld. The bands themselves (the ages) are no secret.
 */
export function protectAgeBands(bands: readonly AgeBand[], participants: number, exact: boolean): ProtectedAgeBands {
  const rest = participants - bands.reduce((sum, band) => sum + band.participants, 0);
  const suppressed = !exact && (bands.some((band) => band.participants < SMALL_COUNT) || smallRemainder(rest));
  return {
    bands: bands.map((band) => ({ fromAge: band.fromAge, toAge: band.toAge, participants: suppressed ? null : band.participants })),
    suppressed,
  };
}

/** One count on its own (e.g. participants of a target group): withheld below 5 unless exact. */
export function protectCount(count: number, exact: boolean): number | null {
  return exact || count >= SMALL_COUNT ? count : null;
}

// ---------------------------------------------------------------------------------------------
// Sums over projects (projectStatistics)
// ---------------------------------------------------------------------------------------------

/** One reporting project's figures for the year, with the target groups it counts in. */
export interface ReportedProject<G extends string = string> extends ParticipationFigures {
  targetGroups: readonly G[];
}

/** Participants summed over projects, as one response shows them. */
export interface ProtectedTotals {
  total: number | null;
  women: number | null;
  men: number | null;
  /** True when any figure was withheld. */
  suppressed: boolean;
}

/** What one response of projectStatistics shows of its sums: the totals and one count per target group. */
export interface ProtectedAggregates<G extends string = string> {
  participants: ProtectedTotals;
  byTargetGroup: { targetGroup: G; participants: number | null }[];
}

/**
 * The view of the sums over `projects` (the projects reporting for the year) that one response shows:
 * the total with its split, and the participants of each of `groups` (a project counts in each of its
 * groups). Exact for national_admin.
 */
export function protectAggregates<G extends string>(projects: readonly ReportedProject<G>[], groups: readonly G[], exact: boolean): ProtectedAggregates<G> {
  const sum = (of: keyof ParticipationFigures, members: readonly ReportedProject<G>[]) => members.reduce((total, p) => total + p[of], 0);
  const totals = { participants: sum('participants', projects), women: sum('women', projects), men: sum('men', projects) };
  const inGroup = (group: G) => projects.filter((p) => p.targetGroups.includes(group));
  if (exact) {
    return { participants: { total: totals.participants, women: totals.women, men: totals.men, suppressed: false }, byTargetGroup: groups.map((targetGroup) => ({ targetGroup, participants: sum('participants', inGroup(targetGroup)) })) };
  }
  const protectedTotals = protectFigures(totals, false);
  // Each reporting project as its own page shows it to the public, beside its exact figures.
  const shown = projects.map((figures) => ({ figures, shown: protectFigures(figures, false) }));
  const parts = (of: keyof ParticipationFigures, inGroup?: G) =>
    shown
      .filter((p) => inGroup === undefined || p.figures.targetGroups.includes(inGroup))
      .map((p) => ({ value: p.figures[of], withheld: p.shown[of] === null }));
  const withhold = (value: number | null, of: keyof ParticipationFigures, inGroup?: G) =>
    value === null || !revealsWithheld(parts(of, inGroup)) ? value : null;
  const total = withhold(protectedTotals.participants, 'participants');
  const women = withhold(protectedTotals.women, 'women');
  const men = withhold(protectedTotals.men, 'men');
  return {
    participants: {
      total,
      women: women === null || men === null ? null : women,
      men: women === null || men === null ? null : men,
      suppressed: protectedTotals.suppressed || total === null || women === null || men === null,
    },
    byTargetGroup: groups.map((targetGroup) => ({
      targetGroup,
      participants: withhold(protectCount(sum('participants', inGroup(targetGroup)), false), 'participants', targetGroup),
    })),
  };
}

/**
 * Could a sum give away figures that the projects' own pages withhold? The public sees each project's
 * figures through protectFigures; the sum minus the shown ones is the sum of the withheld ones. That is
 * one project's own figure when only one contributes, and a small count when it is below 5: either way
 * the sum is withheld too (issue 6: "any figure from which one below 5 could be derived by subtraction").
 */
export function revealsWithheld(parts: readonly { value: number; withheld: boolean }[]): boolean {
  const withheld = parts.filter((part) => part.withheld);
  return withheld.length === 1 || (withheld.length > 1 && withheld.reduce((sum, part) => sum + part.value, 0) < SMALL_COUNT);
}

// ---------------------------------------------------------------------------------------------
// Periods and status
// ---------------------------------------------------------------------------------------------

export type PeriodPrecision = 'DAY' | 'MONTH' | 'YEAR';

/** The status a project's dates imply on `today` (used on create: the status follows from the dates). */
export function statusFromDates(startsOn: Date, endsOn: Date | null, today: Date): ProjectStatus {
  if (startsOn > today) return 'PLANNED';
  if (endsOn !== null && endsOn < today) return 'COMPLETED';
  return 'ONGOING';
}

/**
 * The status as of today: CANCELLED as decided, any other as the dates say. A status stored at the last
 * write goes stale as days pass (a PLANNED project starts); read through this, it never does.
 */
export function currentStatus(project: { status: ProjectStatus; startsOn: Date; endsOn: Date | null }, today: Date): ProjectStatus {
  return project.status === 'CANCELLED' ? 'CANCELLED' : statusFromDates(project.startsOn, project.endsOn, today);
}

/**
 * Does a status agree with the dates? PLANNED: starts after today. ONGOING: started, and not ended
 * before today. COMPLETED: ended by today. CANCELLED: any dates.
 */
export function statusAgrees(status: ProjectStatus, startsOn: Date, endsOn: Date | null, today: Date): boolean {
  switch (status) {
    case 'PLANNED':
      return startsOn > today;
    case 'ONGOING':
      return startsOn <= today && (endsOn === null || endsOn >= today);
    case 'COMPLETED':
      return endsOn !== null && endsOn <= today;
    case 'CANCELLED':
      return true;
  }
}

export interface ProjectShape {
  title: string;
  startsOn: Date;
  endsOn: Date | null;
  status: ProjectStatus;
  targetGroups: readonly string[];
  partyKinds: readonly string[];
  budget: bigint | null;
}

/** Every rule on a whole project, as it would be after the write. Throws BAD_USER_INPUT naming the field. */
export function assertProject(project: ProjectShape, today: Date): void {
  if (!project.title.trim()) throw fail.badInput('A project needs a title.', 'title');
  if (project.endsOn !== null && project.endsOn < project.startsOn) {
    throw fail.badInput(`endsOn (${formatIsoDate(project.endsOn)}) cannot come before startsOn (${formatIsoDate(project.startsOn)}).`, 'endsOn');
  }
  if (new Set(project.targetGroups).size < 1) throw fail.badInput('Name at least one target group.', 'targetGroups');
  // Finsam is about authorities working together: an insats involves at least two of them (issue 6).
  if (new Set(project.partyKinds).size < 2) {
    throw fail.badInput('Name at least two distinct kinds of party taking part (partyKinds).', 'partyKinds');
  }
  if (project.budget !== null && project.budget < 0n) throw fail.badInput('budget cannot be negative.', 'budget');
  if (!statusAgrees(project.status, project.startsOn, project.endsOn, today)) {
    const implied = statusFromDates(project.startsOn, project.endsOn, today);
    throw fail.badInput(
      `Status ${project.status} does not agree with the period ${formatIsoDate(project.startsOn)}–${project.endsOn ? formatIsoDate(project.endsOn) : 'open'}: today it is ${implied} (or CANCELLED).`,
      'status',
    );
  }
}

/** Participation figures for one year of a project. Throws BAD_USER_INPUT naming the field. */
export function assertParticipation(
  input: ParticipationFigures & { year: number; situationAfter?: SituationAfter | null; ageBands?: readonly AgeBand[] | null },
  project: { startsOn: Date; endsOn: Date | null },
  now = new Date(),
): void {
  if (!isPlausibleYear(input.year, now)) throw fail.badInput(`${input.year} is not a plausible reporting year.`, 'year');
  // Participants are counted, not planned: a year that has not begun has none yet.
  if (input.year > currentYear(now)) throw fail.badInput(`${input.year} has not begun: participants are reported for this year or earlier.`, 'year');
  const first = project.startsOn.getUTCFullYear();
  const last = project.endsOn?.getUTCFullYear() ?? Number.POSITIVE_INFINITY;
  if (input.year < first || input.year > last) {
    throw fail.badInput(`The project ran ${first}–${Number.isFinite(last) ? last : 'open'}: ${input.year} is outside its period.`, 'year');
  }
  for (const field of ['participants', 'women', 'men'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 0) throw fail.badInput(`${field} cannot be negative.`, field);
  }
  if (input.women + input.men > input.participants) {
    throw fail.badInput(`women + men (${input.women + input.men}) cannot exceed participants (${input.participants}).`, 'participants');
  }
  const after = input.situationAfter;
  if (after) {
    const counts = [after.work, after.studies, after.jobSeeking, after.other];
    if (counts.some((n) => !Number.isInteger(n) || n < 0)) throw fail.badInput('situationAfter counts cannot be negative.', 'situationAfter');
    const sum = counts.reduce((a, b) => a + b, 0);
    if (sum > input.participants) {
      throw fail.badInput(`situationAfter adds up to ${sum}, more than the ${input.participants} participants.`, 'situationAfter');
    }
  }
  assertAgeBands(input.ageBands ?? [], input.participants);
}

/** Bands of whole years within 0–120, none overlapping another, together at most the participants. */
export function assertAgeBands(bands: readonly AgeBand[], participants: number): void {
  const sorted = [...bands].sort((a, b) => a.fromAge - b.fromAge);
  for (const band of sorted) {
    if (![band.fromAge, band.toAge, band.participants].every(Number.isInteger) || band.fromAge < 0 || band.toAge > 120 || band.fromAge > band.toAge) {
      throw fail.badInput(`The age band ${band.fromAge}–${band.toAge} is not a band of ages from 0 to 120, from ≤ to.`, 'ageBands');
    }
    if (band.participants < 0) throw fail.badInput(`The age band ${band.fromAge}–${band.toAge} cannot count fewer than 0.`, 'ageBands');
  }
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const band = sorted[i]!;
    if (band.fromAge <= before.toAge) {
      throw fail.badInput(`The age bands ${before.fromAge}–${before.toAge} and ${band.fromAge}–${band.toAge} overlap.`, 'ageBands');
    }
  }
  const sum = sorted.reduce((total, band) => total + band.participants, 0);
  if (sum > participants) throw fail.badInput(`The age bands add up to ${sum}, more than the ${participants} participants.`, 'ageBands');
}

/** A stable, readable slug for a new project's id: "Slussen till arbete" → "slussen-till-arbete". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'projekt';
}
