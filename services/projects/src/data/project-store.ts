import {
  actorOf,
  canEditForbund,
  fail,
  formatIsoDate,
  groupBy,
  indexBy,
  pageSize,
  selectedBelow,
  today,
  yearRange,
  type Context,
  type Identity,
  type PartyKind,
  type ProjectKind,
  type ProjectStatus,
  type TargetGroup,
} from '@finsam/core';
import type { GraphQLResolveInfo } from 'graphql';
import { db, type Prisma } from './db.ts';
import { remoteChecks, type RemoteChecks } from './remote.ts';
import {
  assertParticipation,
  assertProject,
  canSeeProject,
  protectFigures,
  protectAgeBands,
  protectSituation,
  seesExactFigures,
  slugify,
  statusFromDates,
  type PeriodPrecision,
  type ProtectedFigures,
  type AgeBand,
  type ProtectedAgeBands,
  type ProtectedSituation,
  type SituationAfter,
} from './rules.ts';

/**
 * Reads and writes of projects, their methods and participation. All SQL of the subgraph's entities
 * lives here; resolvers pass arguments in and take results out (STYLE.md §3).
 */

export type ProjectRow = Prisma.ProjectGetPayload<object>;
export type ParticipationRow = Prisma.ParticipationGetPayload<object>;
export interface ParticipationYear extends ProtectedFigures {
  year: number;
  /** Null when not reported. */
  situationAfter: ProtectedSituation | null;
  /** What the age bands, loaded only when asked for (ageBandsOf), are protected with. */
  figures: { participationId: number; participants: number; exact: boolean };
}

function situationOf(row: ParticipationRow): SituationAfter | null {
  if (row.afterWork === null || row.afterStudies === null || row.afterJobSeeking === null || row.afterOther === null) return null;
  return { work: row.afterWork, studies: row.afterStudies, jobSeeking: row.afterJobSeeking, other: row.afterOther };
}

function yearView(row: ParticipationRow, exact: boolean): ParticipationYear {
  const situation = situationOf(row);
  return {
    year: row.year,
    ...protectFigures(row, exact),
    situationAfter: situation && protectSituation(situation, row.participants, exact),
    figures: { participationId: row.id, participants: row.participants, exact },
  };
}

/** The SQL twin of currentStatus: projects whose status as of today is `status`. */
function statusWhere(status: ProjectStatus, day: Date): Prisma.ProjectWhereInput {
  const notCancelled = { status: { not: 'CANCELLED' as const } };
  switch (status) {
    case 'CANCELLED':
      return { status: 'CANCELLED' };
    case 'PLANNED':
      return { ...notCancelled, startsOn: { gt: day } };
    case 'COMPLETED':
      return { ...notCancelled, endsOn: { lt: day } };
    case 'ONGOING':
      return { ...notCancelled, startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
  }
}

// ---------------------------------------------------------------------------------------------
// Visibility, in SQL
// ---------------------------------------------------------------------------------------------

/** The projects `identity` may see: published ones, plus its own förbund's drafts; all for national_admin. */
export function visibleWhere(identity: Identity): Prisma.ProjectWhereInput {
  if (identity.role === 'national_admin') return {};
  if (identity.role === 'forbund_editor') return { OR: [{ published: true }, { forbundId: identity.forbundId }] };
  return { published: true };
}

/** Names what `identity` sees, for loader names: one loader per visibility, never shared across them. */
function visibilityKey(identity: Identity): string {
  return identity.role === 'forbund_editor' ? `editor:${identity.forbundId}` : identity.role;
}

/** Active at some time in the year: overlaps any day of it (an open end is still running). */
export function activeInYear(year: number): Prisma.ProjectWhereInput {
  const { start, end } = yearRange(year);
  return { startsOn: { lte: end }, OR: [{ endsOn: null }, { endsOn: { gte: start } }] };
}

const ORDER: Prisma.ProjectOrderByWithRelationInput[] = [{ startsOn: 'asc' }, { id: 'asc' }];

// ---------------------------------------------------------------------------------------------
// Loaders: one or two statements per batch, whatever the number of parents (STYLE.md §4)
// ---------------------------------------------------------------------------------------------

/**
 * What a list of projects also loads in its one statement, joined (issue 12, part 3): the children the
 * request's selection will read (selectedBelow), which then prime their own loaders, so that no fetch
 * reads a project's participation or method keys in a statement of its own.
 */
export interface ProjectExtras {
  participation?: boolean;
  methodIds?: boolean;
}

/** The extras a field's selection reads: participation (participantCount too) and the method keys. */
export function extrasFor(info: GraphQLResolveInfo): ProjectExtras {
  const selected = selectedBelow(info, ['participation', 'participantCount', 'methodIds']);
  return { participation: selected.has('participation') || selected.has('participantCount'), methodIds: selected.has('methodIds') };
}

function extrasKey(extras: ProjectExtras): string {
  return `${extras.participation ? '+participation' : ''}${extras.methodIds ? '+methodIds' : ''}`;
}

function extrasInclude(extras: ProjectExtras) {
  return {
    ...(extras.participation ? { participation: { orderBy: { year: 'asc' as const } } } : {}),
    ...(extras.methodIds ? { methods: { select: { methodId: true }, orderBy: { methodId: 'asc' as const } } } : {}),
  };
}

/**
 * How a list loads its children. Prisma's join strategy builds each project's children as JSON in a
 * LATERAL subquery: for all 1,140 projects active in a year of the national data set that took 135-185 ms,
 * where a plain read of the same participation rows by project id took 13-40 ms (EXPLAIN ANALYZE,
 * issue 12). With one kind of child, the query strategy's two plain statements (the limit per fetch)
 * are cheaper; with two, the join keeps the fetch at one statement.
 */
function loadStrategy(extras: ProjectExtras): 'join' | 'query' {
  return extras.participation && extras.methodIds ? 'join' : 'query';
}

type ProjectWithExtras = ProjectRow & { participation?: ParticipationRow[]; methods?: { methodId: string }[] };

/** Hands the joined children to their loaders, so that the fields reading them ask no statement. */
function primeExtras(ctx: Context, rows: readonly ProjectWithExtras[]): ProjectRow[] {
  return rows.map(({ participation, methods, ...project }) => {
    if (participation) ctx.loaders.prime(participationLoader(ctx), project.id, participation);
    if (methods) ctx.loaders.prime(methodIdsLoader(ctx), project.id, methods.map((m) => m.methodId));
    return project;
  });
}

/** Projects by id, whoever may see them: for access checks. Use visibleProject to answer a caller. */
export function projectLoader(ctx: Context, extras: ProjectExtras = {}) {
  return ctx.loaders.get<string, ProjectRow | null>(`projects.project${extrasKey(extras)}`, async (ids) =>
    indexBy(ids, primeExtras(ctx, await db().project.findMany({ where: { id: { in: [...ids] } }, include: extrasInclude(extras) })), (p) => p.id),
  );
}

/** A project as the caller may see it: null when it does not exist or is a draft the caller may not see. */
export async function visibleProject(ctx: Context, id: string, extras: ProjectExtras = {}): Promise<ProjectRow | null> {
  const project = await projectLoader(ctx, extras).load(id);
  return project && canSeeProject(ctx.identity, project) ? project : null;
}

export interface ProjectListArgs {
  activeIn?: number | null;
  status?: ProjectStatus | null;
}

/**
 * The projects of many förbund, for Forbund.projects: all parents of a request with the same arguments
 * share one statement. The loader's name carries the arguments and the caller's visibility.
 */
export function projectsOfForbundLoader(ctx: Context, args: ProjectListArgs, extras: ProjectExtras = {}) {
  const name = `projects.byForbund:${args.activeIn ?? '*'}:${args.status ?? '*'}:${visibilityKey(ctx.identity)}${extrasKey(extras)}`;
  return ctx.loaders.get<string, ProjectRow[]>(name, async (forbundIds) => {
    const and: Prisma.ProjectWhereInput[] = [{ forbundId: { in: [...forbundIds] } }, visibleWhere(ctx.identity)];
    if (args.activeIn != null) and.push(activeInYear(args.activeIn));
    if (args.status != null) and.push(statusWhere(args.status, today()));
    const rows = await db().project.findMany({ where: { AND: and }, orderBy: ORDER, include: extrasInclude(extras), relationLoadStrategy: loadStrategy(extras) });
    return groupBy(forbundIds, primeExtras(ctx, rows), (p) => p.forbundId);
  });
}

/** Participation rows per project, by year. */
export function participationLoader(ctx: Context) {
  return ctx.loaders.get<string, ParticipationRow[]>('projects.participation', async (projectIds) =>
    groupBy(
      projectIds,
      await db().participation.findMany({ where: { projectId: { in: [...projectIds] } }, orderBy: [{ projectId: 'asc' }, { year: 'asc' }] }),
      (p) => p.projectId,
    ),
  );
}

/** The method ids each project uses, by id. */
export function methodIdsLoader(ctx: Context) {
  return ctx.loaders.get<string, string[]>('projects.methodIds', async (projectIds) => {
    const rows = await db().projectMethod.findMany({ where: { projectId: { in: [...projectIds] } }, orderBy: { methodId: 'asc' } });
    return groupBy(projectIds, rows, (r) => r.projectId).map((list) => list.map((r) => r.methodId));
  });
}

/** The projects using each method that the caller may see (Method.projects). */
export function projectsOfMethodLoader(ctx: Context, extras: ProjectExtras = {}) {
  return ctx.loaders.get<string, ProjectRow[]>(`projects.byMethod:${visibilityKey(ctx.identity)}${extrasKey(extras)}`, async (methodIds) => {
    const links = await db().projectMethod.findMany({
      where: { methodId: { in: [...methodIds] }, project: visibleWhere(ctx.identity) },
      include: { project: { include: extrasInclude(extras) } },
      orderBy: [{ project: { startsOn: 'asc' } }, { projectId: 'asc' }],
    });
    const projects = primeExtras(ctx, links.map((l) => l.project));
    return groupBy(methodIds, links.map((l, i) => ({ methodId: l.methodId, project: projects[i]! })), (l) => l.methodId).map((list) => list.map((l) => l.project));
  });
}

// ---------------------------------------------------------------------------------------------
// Participation as the caller may see it
// ---------------------------------------------------------------------------------------------

export function participationView(identity: Identity, project: Pick<ProjectRow, 'forbundId'>, row: ParticipationRow): ParticipationYear {
  return yearView(row, seesExactFigures(identity, project.forbundId));
}

/** Age bands of participation years, batched: asked only when a client selects ageBands. */
function ageBandLoader(ctx: Context) {
  return ctx.loaders.get<number, AgeBand[]>('projects.ageBands', async (participationIds) =>
    groupBy(
      participationIds,
      await db().participationAgeBand.findMany({ where: { participationId: { in: [...participationIds] } }, orderBy: { fromAge: 'asc' } }),
      (band) => band.participationId,
    ),
  );
}

/** A year's age bands as the caller may see them; null when none were reported. */
export async function ageBandsOf(ctx: Context, year: ParticipationYear): Promise<ProtectedAgeBands | null> {
  const bands = await ageBandLoader(ctx).load(year.figures.participationId);
  return bands.length === 0 ? null : protectAgeBands(bands, year.figures.participants, year.figures.exact);
}

export async function participationOf(ctx: Context, project: ProjectRow): Promise<ParticipationYear[]> {
  const rows = await participationLoader(ctx).load(project.id);
  return rows.map((row) => participationView(ctx.identity, project, row));
}

/**
 * That year's participants; null when not reported or withheld by small-count protection. Without a
 * promise when the project's participation is already settled in this request, as a list of projects
 * brings it along (Loaders.settled).
 */
export function participantCount(ctx: Context, project: ProjectRow, year: number): number | null | Promise<number | null> {
  const inYear = (rows: readonly ParticipationRow[]) => {
    const row = rows.find((r) => r.year === year);
    return row ? participationView(ctx.identity, project, row).participants : null;
  };
  const loader = participationLoader(ctx);
  const settled = ctx.loaders.settled(loader, project.id);
  return settled ? inYear(settled) : loader.load(project.id).then(inYear);
}

// ---------------------------------------------------------------------------------------------
// Writes. Each is validated first, then one transaction with an audit entry; every successful write
// to a project adds one to its version (optimistic concurrency, issue 6).
// ---------------------------------------------------------------------------------------------

type Tx = Prisma.TransactionClient;

async function audit(tx: Tx, actor: string, action: string, project: { id: string; forbundId: string }, changes: Prisma.InputJsonValue) {
  await tx.auditEntry.create({ data: { actor, action, projectId: project.id, forbundId: project.forbundId, changes } });
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'P2002';
}

/** A period stated to a month or a year runs from its first to its last day; anything else claims days nobody stated. */
export function assertPrecision(precision: PeriodPrecision, startsOn: Date, endsOn: Date | null): void {
  if (precision === 'DAY') return;
  const first = (d: Date) => (precision === 'YEAR' ? d.getUTCMonth() === 0 && d.getUTCDate() === 1 : d.getUTCDate() === 1);
  const last = (d: Date) => {
    const next = new Date(d.getTime() + 86_400_000);
    return precision === 'YEAR' ? next.getUTCMonth() === 0 && next.getUTCDate() === 1 : next.getUTCDate() === 1;
  };
  if (!first(startsOn)) throw fail.badInput(`With periodPrecision ${precision}, startsOn is the first day of its ${precision.toLowerCase()}.`, 'startsOn');
  if (endsOn && !last(endsOn)) throw fail.badInput(`With periodPrecision ${precision}, endsOn is the last day of its ${precision.toLowerCase()}.`, 'endsOn');
}

export interface CreateProjectInput {
  forbundId: string;
  title: string;
  summary?: string | null;
  kind: ProjectKind;
  startsOn: Date;
  endsOn?: Date | null;
  periodPrecision?: PeriodPrecision | null;
  targetGroups: TargetGroup[];
  partyKinds: PartyKind[];
  methodIds?: string[] | null;
  budget?: bigint | null;
}

/** What only demo data sets: its own id, source, outcome, and publication on creation. */
export interface SeedFields {
  id?: string;
  source?: string;
  outcome?: string;
  published?: boolean;
  status?: ProjectStatus;
}

const distinct = <T>(list: readonly T[]) => [...new Set(list)];

export async function createProject(
  input: CreateProjectInput,
  identity: Identity,
  checks: RemoteChecks = remoteChecks,
  seedFields: SeedFields = {},
): Promise<ProjectRow> {
  const title = input.title.trim();
  const endsOn = input.endsOn ?? null;
  const precision = input.periodPrecision ?? 'DAY';
  // On create the status follows from the dates (issue 6); demo data may state it from its source.
  const status = seedFields.status ?? statusFromDates(input.startsOn, endsOn, today());
  const budget = input.budget ?? null;
  assertProject({ title, startsOn: input.startsOn, endsOn, status, targetGroups: input.targetGroups, partyKinds: input.partyKinds, budget }, today());
  assertPrecision(precision, input.startsOn, endsOn);
  const methodIds = distinct(input.methodIds ?? []);
  await checks.forbundActive(input.forbundId);
  await checks.methodsVisible(methodIds, identity);
  try {
    return await db().$transaction(async (tx) => {
      let id = seedFields.id ?? slugify(title);
      if (!seedFields.id) {
        const taken = new Set((await tx.project.findMany({ where: { id: { startsWith: id } }, select: { id: true } })).map((p) => p.id));
        for (let n = 2; taken.has(id); n += 1) id = `${slugify(title)}-${n}`;
      }
      const project = await tx.project.create({
        data: {
          id,
          forbundId: input.forbundId,
          title,
          summary: input.summary?.trim() || null,
          kind: input.kind,
          status,
          startsOn: input.startsOn,
          endsOn,
          periodPrecision: precision,
          targetGroups: distinct(input.targetGroups),
          partyKinds: distinct(input.partyKinds),
          budget,
          outcome: seedFields.outcome ?? null,
          published: seedFields.published ?? false,
          source: seedFields.source ?? null,
          methods: { create: methodIds.map((methodId) => ({ methodId })) },
        },
      });
      await audit(tx, actorOf(identity), 'createProject', project, {
        title,
        status,
        startsOn: formatIsoDate(input.startsOn),
        endsOn: endsOn && formatIsoDate(endsOn),
        methodIds,
      });
      return project;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fail.conflict('Another project was created with the same id at the same moment; send it again.');
    throw error;
  }
}

export interface UpdateProjectInput {
  expectedVersion: number;
  title?: string | null;
  summary?: string | null;
  status?: ProjectStatus | null;
  startsOn?: Date | null;
  endsOn?: Date | null;
  periodPrecision?: PeriodPrecision | null;
  targetGroups?: TargetGroup[] | null;
  partyKinds?: PartyKind[] | null;
  methodIds?: string[] | null;
  budget?: bigint | null;
}

function staleVersion(id: string, expected: number, current: number) {
  return fail.conflict(
    `Project "${id}" has changed since you read it (your version ${expected}, now ${current}): read it again and reapply your change.`,
    { currentVersion: current },
  );
}

/**
 * Changes what is given (nullable fields are cleared by an explicit null). Two editors who both read
 * version N: the first save wins and makes it N+1, the second gets CONFLICT and changes nothing.
 */
export async function updateProject(id: string, input: UpdateProjectInput, identity: Identity, checks: RemoteChecks = remoteChecks): Promise<ProjectRow> {
  const current = await db().project.findUnique({ where: { id } });
  if (!current || !canSeeProject(identity, current)) throw fail.notFound('Project', id);
  if (!canEditForbund(identity, current.forbundId)) throw fail.forbidden();
  if (current.version !== input.expectedVersion) throw staleVersion(id, input.expectedVersion, current.version);
  const startsOn = input.startsOn ?? current.startsOn;
  const endsOn = input.endsOn !== undefined ? input.endsOn : current.endsOn;
  const next = {
    title: input.title != null ? input.title.trim() : current.title,
    summary: input.summary !== undefined ? input.summary?.trim() || null : current.summary,
    // A status the editor does not set follows the dates: time moves a PLANNED project to ONGOING, and
    // an edit of its title must not fail on a status nobody asked to change. CANCELLED stays.
    status: input.status ?? (current.status === 'CANCELLED' ? current.status : statusFromDates(startsOn, endsOn, today())),
    startsOn,
    endsOn,
    periodPrecision: input.periodPrecision ?? current.periodPrecision,
    targetGroups: input.targetGroups != null ? distinct(input.targetGroups) : current.targetGroups,
    partyKinds: input.partyKinds != null ? distinct(input.partyKinds) : current.partyKinds,
    budget: input.budget !== undefined ? input.budget : current.budget,
  };
  assertProject(next, today());
  assertPrecision(next.periodPrecision, next.startsOn, next.endsOn);
  const methodIds = input.methodIds != null ? distinct(input.methodIds) : null;
  if (methodIds) await checks.methodsVisible(methodIds, identity);
  return db().$transaction(async (tx) => {
    // The version in the WHERE makes the check and the write one step: a save that lost the race
    // between our read and this statement updates nothing.
    const { count } = await tx.project.updateMany({ where: { id, version: input.expectedVersion }, data: { ...next, version: { increment: 1 } } });
    if (count === 0) {
      const now = await tx.project.findUnique({ where: { id }, select: { version: true } });
      if (!now) throw fail.notFound('Project', id);
      throw staleVersion(id, input.expectedVersion, now.version);
    }
    if (methodIds) {
      await tx.projectMethod.deleteMany({ where: { projectId: id } });
      await tx.projectMethod.createMany({ data: methodIds.map((methodId) => ({ projectId: id, methodId })) });
    }
    const changed = Object.fromEntries(
      Object.entries({ ...input, expectedVersion: undefined }).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v instanceof Date ? formatIsoDate(v) : typeof v === 'bigint' ? Number(v) : v]),
    );
    await audit(tx, actorOf(identity), 'updateProject', current, { fromVersion: input.expectedVersion, changed } as Prisma.InputJsonValue);
    return tx.project.findUniqueOrThrow({ where: { id } });
  });
}

/** Publishes a draft. Publishing a project already published changes nothing (and does not count as a write). */
export async function publishProject(id: string, identity: Identity): Promise<ProjectRow> {
  return db().$transaction(async (tx) => {
    const current = await tx.project.findUnique({ where: { id } });
    if (!current || !canSeeProject(identity, current)) throw fail.notFound('Project', id);
    // Declared in the schema too (scope-auth); here it also holds for any caller of the store.
    if (!canEditForbund(identity, current.forbundId)) throw fail.forbidden();
    if (current.published) return current;
    const project = await tx.project.update({ where: { id }, data: { published: true, version: { increment: 1 } } });
    await audit(tx, actorOf(identity), 'publishProject', project, { version: project.version });
    return project;
  });
}

export interface ParticipationInput {
  year: number;
  participants: number;
  women: number;
  men: number;
  situationAfter?: SituationAfter | null;
  ageBands?: AgeBand[] | null;
}

/** Reports (or corrects) one year's figures: idempotent per project and year. Answers the exact figures. */
export async function reportParticipation(projectId: string, input: ParticipationInput, identity: Identity): Promise<ParticipationYear> {
  return db().$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: projectId } });
    if (!project || !canSeeProject(identity, project)) throw fail.notFound('Project', projectId);
    // Declared in the schema too (scope-auth); here it also holds for any caller of the store.
    if (!canEditForbund(identity, project.forbundId)) throw fail.forbidden();
    assertParticipation(input, project);
    const after = input.situationAfter ?? null;
    const figures = {
      participants: input.participants,
      women: input.women,
      men: input.men,
      // A report replaces the year's earlier one whole: without situationAfter, none is kept.
      afterWork: after?.work ?? null,
      afterStudies: after?.studies ?? null,
      afterJobSeeking: after?.jobSeeking ?? null,
      afterOther: after?.other ?? null,
    };
    // The version first: it locks the project's row, so two reports for the same year run one after
    // the other and the second replaces the first instead of colliding on (project_id, year).
    await tx.project.update({ where: { id: projectId }, data: { version: { increment: 1 } } });
    // Age bands too are replaced whole: the year's earlier bands go, the reported ones (if any) come.
    const ageBands = (input.ageBands ?? []).map(({ fromAge, toAge, participants }) => ({ fromAge, toAge, participants }));
    const row = await tx.participation.upsert({
      where: { projectId_year: { projectId, year: input.year } },
      create: { projectId, year: input.year, ...figures, ageBands: { create: ageBands } },
      update: { ...figures, ageBands: { deleteMany: {}, create: ageBands } },
    });
    await audit(tx, actorOf(identity), 'reportParticipation', project, { year: input.year, ...figures, ageBands });
    return yearView(row, true);
  });
}

export type AuditRow = Prisma.AuditEntryGetPayload<object>;

/** A project's change history, newest first. */
export function auditOf(projectId: string, first?: number | null): Promise<AuditRow[]> {
  const take = pageSize({ first }, { defaultSize: 50, coordinate: 'Query.projectAuditLog' });
  return db().auditEntry.findMany({ where: { projectId }, orderBy: { id: 'desc' }, take });
}
