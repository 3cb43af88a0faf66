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


// ---------------------------------------------------------------------------------------------
// Sums over projects (projectStatistics)
// ---------------------------------------------------------------------------------------------

/** One reporting project's figures for the year, with the target groups it counts in. */
export interface ReportedProject<G extends string = string> extends ParticipationFigures {
  targetGroups: readonly G[];
  /** Whose project it is: that förbund's editors know its exact figures (seesExactFigures). */
  forbundId?: string;
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
 * The view of one län's sums (projectStatistics with lan), safe beside the national answer and every
 * other län's. Each län answer could be audited with protectAggregates on its own, but the answers are
 * linked: the nation's sum is the sum of the läns', so the national total minus the other läns' shown
 * totals gives a län's withheld one, and one request can ask for all of them under aliases. Auditing the
 * linked tables jointly (ESSnet "Handbook on Statistical Disclosure Control", ch. 4, hierarchical and
 * linked tables) was tried and cost over a minute for a national year. This rule is the conservative
 * one instead: a län's cell is shown only when every project it sums shows that figure on its own page.
 * Such a cell is the sum of published figures and tells nothing the pages do not; so whatever the
 * national answer shows (audited with the pages by protectAggregates), the läns add nothing to it, and
 * no combination across answers can give a withheld figure away. The cost is utility: a län with one
 * small project shows no total. Exact for national_admin.
 */
export function protectAreaSums<G extends string>(projects: readonly ReportedProject<G>[], groups: readonly G[], exact: boolean): ProtectedAggregates<G> {
  const shown = projects.map((p) => ({ project: p, view: protectFigures(p, exact) }));
  const sumIfAllShown = (members: typeof shown, figure: 'participants' | 'women' | 'men'): number | null => {
    if (!members.every((m) => m.view[figure] !== null)) return null;
    const sum = members.reduce((total, m) => total + m.project[figure], 0);
    // Shown figures are 5 or more, so only a sum over no project is below 5: withheld as the national
    // answer withholds it, so that the two agree on an empty cell.
    return exact || sum >= SMALL_COUNT ? sum : null;
  };
  const total = sumIfAllShown(shown, 'participants');
  const women = sumIfAllShown(shown, 'women');
  const men = sumIfAllShown(shown, 'men');
  // Women and men stand or fall together, as on a project's page.
  const split = women !== null && men !== null;
  const byTargetGroup = groups.map((targetGroup) => ({
    targetGroup,
    participants: sumIfAllShown(
      shown.filter((m) => m.project.targetGroups.includes(targetGroup)),
      'participants',
    ),
  }));
  return {
    participants: { total, women: split ? women : null, men: split ? men : null, suppressed: total === null || !split },
    byTargetGroup,
  };
}

/**
 * The view of the sums over `projects` (the projects reporting for the year) that one response shows:
 * the total with its split, and the participants of each of `groups` (a project counts in each of its
 * groups). Exact for national_admin.
 *
 * Everyone else also sees each project's own figures (protectFigures, on the project's page, which one
 * request can ask beside these sums), so the sums are protected as marginal cells of a table whose
 * interior, the projects, is already published with primary suppression. This is cell suppression as the
 * ESSnet "Handbook on Statistical Disclosure Control" describes it (ch. 4, magnitude tables; ch. 5,
 * frequency tables; sdctools.github.io/HandbookSDC) and as SCB and Eurostat apply it: after primary
 * suppression of the cells below 5, secondary suppression withholds further cells until no withheld one
 * can be recalculated by differencing along the table's additive relations.
 *
 * The relations here: the total sums every project once; a target group sums the projects that have it,
 * and groups overlap (a project may have several), so the total is not the sum of the groups, yet total −
 * group, group − group and the like still isolate projects (issue 11: 29 − 26 = 3). Rather than list such
 * differences, the audit is exact linear algebra. The public knows the shown projects' figures, so what
 * a shown sum tells about the withheld ones is the sum over its withheld projects; every linear
 * combination of those is known. It must contain no sum of withheld projects below 5 (one project alone
 * included) and no withheld sum: the criterion for derivable aggregations of suppressed cells of "An
 * Improved Formulation of the Disclosure Auditing Problem for Secondary Cell Suppression" (2010).
 *
 * Participants: the withheld projects are grouped by their set of target groups (no sum can tell such
 * projects apart). A 0/1 vector in the span of the shown sums is fixed by its values at the pivots of the
 * reduced echelon form, so the at most 2^10 choices there (9 groups and the total) find every derivable
 * sum. While one leaks, a shown sum without which it no longer follows is withheld, the smallest first
 * (the least information lost; on a tie a group rather than the national total).
 * A förbund's editors see their own projects exactly (seesExactFigures) and can ask for the same sums, so
 * the audit is repeated with each förbund's projects known: the "insider" intruder that the handbook's
 * sensitivity rules guard against (ch. 4.2), here one förbund at a time; förbund pooling what they know
 * are not covered. All but national_admin get the one view that is safe against every one of them.
 * Women and men have no published sums but the total's, which stand or fall together (protectFigures):
 * they tell the sum over the projects whose split is withheld, so they go when that is one project or
 * below 5, or when participants − women − men over those projects is 1 to 4 and their participants follow
 * from the shown sums.
 *
 * What this does not do: bounds (a derived 6 over two withheld projects, each below 5, says each is 2
 * to 4: an interval, not a figure; the handbook's protection intervals would need linear programming), and relations across responses, e.g. a national sum beside a
 * län's, or several läns' (see statistics-store.ts).
 */
export function protectAggregates<G extends string>(projects: readonly ReportedProject<G>[], groups: readonly G[], exact: boolean): ProtectedAggregates<G> {
  // The audit is greedy and breaks ties by position, so the same projects and groups passed in another
  // order could come out differently; two reads of the same figures (projectStatistics and the nation's
  // keyFigures) would then each show what the other withholds. It runs on a canonical order, and the
  // answer is given back in the caller's (issue 15 review).
  const content = (p: ReportedProject<G>) => JSON.stringify([p.forbundId ?? '', [...p.targetGroups].sort(), p.participants, p.women, p.men]);
  const keyed = projects.map((p) => ({ p, key: content(p) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const canonical = auditAggregates(
    keyed.map((k) => k.p),
    [...new Set(groups)].sort(),
    exact,
  );
  const byGroup = new Map(canonical.byTargetGroup.map((g) => [g.targetGroup, g]));
  return { participants: canonical.participants, byTargetGroup: groups.map((group) => byGroup.get(group)!) };
}

function auditAggregates<G extends string>(projects: readonly ReportedProject<G>[], groups: readonly G[], exact: boolean): ProtectedAggregates<G> {
  const sum = (of: keyof ParticipationFigures, members: readonly ReportedProject<G>[] = projects) => members.reduce((total, p) => total + p[of], 0);
  const inGroup = (group: G) => projects.filter((p) => p.targetGroups.includes(group));
  const total = sum('participants');
  const women = sum('women');
  const men = sum('men');
  if (exact) {
    return {
      participants: { total, women, men, suppressed: false },
      byTargetGroup: groups.map((targetGroup) => ({ targetGroup, participants: sum('participants', inGroup(targetGroup)) })),
    };
  }
  const pages = projects.map((p) => protectFigures(p, false));

  // Who may look: the public, and each förbund's editors, who also know their own projects exactly.
  const insiders = [undefined, ...new Set(projects.flatMap((p, i) => (p.forbundId !== undefined && pages[i]!.women === null ? [p.forbundId] : [])))];
  const unknownTo = (insider: string | undefined, i: number) => insider === undefined || projects[i]!.forbundId !== insider;

  // Participants. Each sum as a 0/1 vector over the classes of projects withheld from the one who looks;
  // groups first, total last.
  const values = groups.map((group) => sum('participants', inGroup(group))).concat(total);
  const keys = projects.map((p) => [...new Set(p.targetGroups)].sort().join(' '));
  const views = insiders.map((insider) => {
    const classes = new Map<string, { groups: ReadonlySet<G>; value: number }>();
    projects.forEach((p, i) => {
      if (pages[i]!.participants !== null || !unknownTo(insider, i)) return;
      const key = keys[i]!;
      const known = classes.get(key) ?? { groups: new Set(p.targetGroups), value: 0 };
      classes.set(key, { groups: known.groups, value: known.value + p.participants });
    });
    const withheld = [...classes.values()];
    return {
      values: withheld.map((c) => c.value),
      vectors: [...groups.map((group) => withheld.map((c) => (c.groups.has(group) ? 1 : 0))), withheld.map(() => 1)],
    };
  });
  const hidden = values.map((value) => value < SMALL_COUNT);
  const shownVectors = (view: (typeof views)[number]) => view.vectors.filter((vector, i) => !hidden[i] && vector.some((c) => c !== 0));
  for (;;) {
    const found = views
      .map((view) => ({ view, leak: derivableLeak(shownVectors(view), view.values, view.vectors.filter((vector, i) => hidden[i] && vector.some((c) => c !== 0))) }))
      .find(({ leak }) => leak !== null);
    if (found === undefined) break;
    const { view, leak } = found as { view: (typeof views)[number]; leak: number[] };
    const open = view.vectors.map((vector, i) => ({ vector, i, value: values[i]! })).filter((cell) => !hidden[cell.i] && cell.vector.some((c) => c !== 0));
    const withoutIt = (i: number) => open.filter((cell) => cell.i !== i).map((cell) => cell.vector);
    const bySize = [...open].sort((a, b) => a.value - b.value || a.i - b.i);
    // A partner whose withholding breaks the leak; failing one (the leak follows in several ways), the
    // smallest shown sum that has a part in it, and the loop looks again.
    const partner =
      bySize.find((cell) => !inSpan(echelon(withoutIt(cell.i)), leak)) ?? bySize.find((cell) => cell.vector.some((c, k) => c !== 0 && leak[k] !== 0))!;
    hidden[partner.i] = true;
  }

  // Women and men, over the projects whose split their pages withhold from the one who looks.
  const splitLeaks = insiders.some((insider, v) => {
    const splitHidden = projects.filter((_, i) => pages[i]!.women === null && unknownTo(insider, i));
    const view = views[v]!;
    const participantsFollow = () => view.values.length === 0 || inSpan(echelon(shownVectors(view)), view.values.map(() => 1));
    const rest = sum('participants', splitHidden) - sum('women', splitHidden) - sum('men', splitHidden);
    return (
      splitHidden.length === 1 ||
      (splitHidden.length > 1 && (sum('women', splitHidden) < SMALL_COUNT || sum('men', splitHidden) < SMALL_COUNT)) ||
      (splitHidden.length > 0 && rest > 0 && rest < SMALL_COUNT && participantsFollow())
    );
  });
  const totals = protectFigures({ participants: total, women, men }, false);
  const split = totals.women !== null && !splitLeaks;
  const shownTotal = hidden[values.length - 1] ? null : total;
  return {
    participants: { total: shownTotal, women: split ? women : null, men: split ? men : null, suppressed: shownTotal === null || !split },
    byTargetGroup: groups.map((targetGroup, i) => ({ targetGroup, participants: hidden[i] ? null : values[i]! })),
  };
}

/**
 * A sum over withheld classes that the shown sums give away, as a 0/1 vector, or null: one below 5 (a
 * single project is always below 5, or it would be shown), or one equal to a withheld sum's part.
 */
function derivableLeak(shown: readonly number[][], values: readonly number[], hiddenSums: readonly number[][]): number[] | null {
  const { rows, pivots } = echelon(shown);
  const scaled = rows.map((row, r) => row.map((c) => c / row[pivots[r]!]!));
  const columns = values.map((_, k) => scaled.map((row) => row[k]!));
  const entry = (choice: number, k: number) => {
    let sum = 0;
    for (let r = 0; r < rows.length; r++) if (choice & (1 << r)) sum += columns[k]![r]!;
    return sum;
  };
  const zeroOrOne = (c: number) => Math.abs(c) < 1e-9 || Math.abs(c - 1) < 1e-9;
  // At the pivots an entry is the choice itself (0 or 1); only the other entries can rule a choice out.
  const others = values.map((_, k) => k).filter((k) => !pivots.includes(k));
  for (let choice = 1; choice < 1 << rows.length; choice++) {
    if (!others.every((k) => zeroOrOne(entry(choice, k)))) continue;
    const derived = values.map((_, k) => Math.round(entry(choice, k)));
    const value = derived.reduce((sum, c, k) => sum + c * values[k]!, 0);
    if (value < SMALL_COUNT || hiddenSums.some((h) => h.every((c, k) => c === derived[k]))) return derived;
  }
  return null;
}

/** Reduced row echelon form of integer vectors, kept in integers (rows divided by their gcd). */
function echelon(vectors: readonly number[][]): { rows: number[][]; pivots: number[] } {
  const rows: number[][] = [];
  const pivots: number[] = [];
  for (const vector of vectors) {
    const reduced = reduce(rows, pivots, vector);
    const pivot = reduced.findIndex((c) => c !== 0);
    if (pivot < 0) continue;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      if (row[pivot] !== 0) rows[r] = primitive(row.map((c, k) => c * reduced[pivot]! - reduced[k]! * row[pivot]!));
    }
    rows.push(reduced);
    pivots.push(pivot);
  }
  return { rows, pivots };
}

function reduce(rows: readonly number[][], pivots: readonly number[], vector: readonly number[]): number[] {
  let v = [...vector];
  rows.forEach((row, r) => {
    const p = pivots[r]!;
    if (v[p] !== 0) v = primitive(v.map((c, k) => c * row[p]! - row[k]! * v[p]!));
  });
  return v;
}

function inSpan(basis: { rows: number[][]; pivots: number[] }, vector: readonly number[]): boolean {
  return reduce(basis.rows, basis.pivots, vector).every((c) => c === 0);
}

function primitive(vector: number[]): number[] {
  const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));
  const divisor = vector.reduce((g, c) => gcd(g, c), 0);
  return divisor > 1 ? vector.map((c) => c / divisor) : vector;
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
