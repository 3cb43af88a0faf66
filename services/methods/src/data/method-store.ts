import { actorOf, fail, indexBy, pageSize, querySubgraph, type Context, type Identity, type TargetGroup } from '@finsam/core';
import { db, pool, SCHEMA, type Prisma } from './db.ts';
import { assertComplete, assertForbundId, assertMethodId, validateMethodFields, type MethodFields } from './rules.ts';

/**
 * Reads and writes of the method library. All SQL of the subgraph lives here; resolvers pass
 * arguments in and take results out (STYLE.md §3).
 */

export type MethodRow = Prisma.MethodGetPayload<{ include: { references: true } }>;

/**
 * Issue 5: published methods are public; an unpublished one (a proposal) is seen by national_admin
 * and by the editors of the förbund that proposed it, and by nobody else, anywhere.
 */
export function canSee(identity: Identity, method: Pick<MethodRow, 'published' | 'proposedByForbundId'>): boolean {
  if (method.published || identity.role === 'national_admin') return true;
  return identity.role === 'forbund_editor' && method.proposedByForbundId === identity.forbundId;
}

/** Methods by id with their references, batched per request: 100 ids cost the same as one. */
export function methodLoader(ctx: Context) {
  return ctx.loaders.get<string, MethodRow | null>('methods.method', async (ids) =>
    indexBy(
      ids,
      await db().method.findMany({ where: { id: { in: [...ids] } }, include: { references: { orderBy: { position: 'asc' } } } }),
      (m) => m.id,
    ),
  );
}

/** A method the caller may see, or null (unknown and invisible look the same). */
export async function visibleMethod(ctx: Context, id: string): Promise<MethodRow | null> {
  const method = await methodLoader(ctx).load(id);
  return method && canSee(ctx.identity, method) ? method : null;
}

/** Methods by id as the caller may see them, each null when unknown or hidden: one statement for all. */
export async function visibleMethods(ctx: Context, ids: readonly string[]): Promise<(MethodRow | null)[]> {
  const rows = await methodLoader(ctx).loadMany(ids);
  return rows.map((row) => {
    if (row instanceof Error) throw row;
    return row && canSee(ctx.identity, row) ? row : null;
  });
}

// ---------------------------------------------------------------------------------------------
// Search: PostgreSQL full-text search with the swedish configuration over name, aliases, summary and
// description (issue 5), through the functions and the GIN index of the migrations (init, then
// search_words and search_words_letters_digits, which split the indexed text into words of letters and
// digits, as a search is split here).
// ---------------------------------------------------------------------------------------------

/**
 * The words of a search as a tsquery: every word must match, the last one also as a prefix, so that
 * "arbetslivs" already finds "Arbetslivscoacher" while the user types. Only letters and digits pass,
 * so no tsquery syntax can be injected; diacritics are folded in SQL, as in the indexed document.
 * Letters and digits as PostgreSQL's [[:alnum:]] has them where it splits the indexed text (migration
 * search_words_letters_digits): Unicode's Alphabetic and decimal digits under the builtin PG_UNICODE_FAST
 * of the embedded PostgreSQL (builtin C.UTF-8 would take ASCII digits only), and near enough under
 * glibc's C.UTF-8, which counts other digits as letters. "CO₂" is the word "CO" on both sides.
 * Null: nothing to search for (empty or whitespace means no filter).
 */
export function tsQueryText(search: string | null | undefined): string | null {
  const words = search?.normalize('NFC').match(/[\p{Alphabetic}\p{Nd}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export interface MethodSearch {
  search?: string | null;
  targetGroup?: TargetGroup | null;
  first?: number | null;
  after?: string | null;
}

interface Position {
  rank: number;
  name: string;
  id: string;
}

/** Cursors carry the sort key (rank, name, id), so a page never skips or repeats a method. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.rank, position.name, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): Position {
  try {
    const [rank, name, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof rank === 'number' && typeof name === 'string' && typeof id === 'string') return { rank, name, id };
  } catch {
    // fall through
  }
  throw fail.badInput('after is not a cursor of this list: pass an endCursor or cursor from a previous page.', 'after');
}

export const DEFAULT_PAGE = 20;

export interface MethodPage {
  totalCount: number;
  edges: { cursor: string; node: MethodRow }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** One page of the methods the caller may see, best match first (then by name and id). */
export async function searchMethods(ctx: Context, args: MethodSearch): Promise<MethodPage> {
  const first = pageSize(args, { defaultSize: DEFAULT_PAGE, coordinate: 'Query.methods' });
  const after = args.after ? decodeCursor(args.after) : null;
  const query = tsQueryText(args.search);

  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const m = `"${SCHEMA}"`;
  const document = `${m}."method_search_document"(t."name", t."aliases", t."summary", t."description")`;
  const where: string[] = [];
  const { identity } = ctx;
  if (identity.role === 'public') where.push('t."published"');
  else if (identity.role === 'forbund_editor') where.push(`(t."published" OR t."proposed_by_forbund_id" = ${param(identity.forbundId)})`);
  if (args.targetGroup) where.push(`${param(args.targetGroup)}::${m}."TargetGroup" = ANY(t."target_groups")`);
  let rank = '0::float8';
  if (query) {
    const tsquery = `to_tsquery('swedish', ${m}."fold_diacritics"(${param(query)}))`;
    where.push(`${document} @@ ${tsquery}`);
    rank = `ts_rank(${document}, ${tsquery})::float8`;
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const countParams = [...params];
  const keyset = after
    ? `WHERE rank < ${param(after.rank)} OR (rank = $${params.length} AND (name, id) > (${param(after.name)}, ${param(after.id)}))`
    : '';
  const limit = param(first + 1);

  // The page and the count in one statement (issue 12, part 3): the window counts every match before
  // the keyset and the limit cut the page. Only an empty page carries no count; it then costs a
  // second statement, and no method is loaded.
  const page = await pool().query<Position & { total: number }>(
    `/* searchMethods */ SELECT id, name, rank, total FROM (
       SELECT t."id" AS id, t."name" AS name, ${rank} AS rank, count(*) OVER ()::int AS total FROM ${m}."method" t ${filter}) ranked
     ${keyset} ORDER BY rank DESC, name, id LIMIT ${limit}`,
    params,
  );
  const totalCount =
    page.rows[0]?.total ??
    (await pool().query<{ n: number }>(`/* countMethods */ SELECT count(*)::int AS n FROM ${m}."method" t ${filter}`, countParams)).rows[0]!.n;
  const positions = page.rows.slice(0, first);
  const rows = await methodLoader(ctx).loadMany(positions.map((p) => p.id));
  const edges = positions.flatMap((position, i) => {
    const node = rows[i];
    return node && !(node instanceof Error) ? [{ cursor: encodeCursor(position), node }] : [];
  });
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writes. Each is validated first, then one transaction that writes the method and an audit entry;
// a refused write changes nothing.
// ---------------------------------------------------------------------------------------------

type Tx = Prisma.TransactionClient;

/**
 * Förbund ids must name förbund of the registry, their only owner. No foreign key can say so across
 * subgraphs (COMMON brief), so the registry is asked, once per write, before the transaction.
 */
export async function assertForbundsExist(given: { field: string; id: string }[]): Promise<void> {
  if (given.length === 0) return;
  const query = `query (${given.map((_, i) => `$f${i}: ID!`).join(', ')}) { ${given.map((_, i) => `f${i}: forbund(id: $f${i}) { id }`).join(' ')} }`;
  const found = await querySubgraph<Record<string, { id: string } | null>>('registry', query, Object.fromEntries(given.map((g, i) => [`f${i}`, g.id])));
  given.forEach((g, i) => {
    if (found[`f${i}`]) return;
    if (g.field === 'forbundId') throw fail.notFound('Förbund', g.id);
    throw fail.badInput(`${g.field} "${g.id}" names no förbund in the registry.`, g.field);
  });
}

export interface ProposeMethodInput extends MethodFields {
  id: string;
}

function referenceRows(fields: MethodFields) {
  return (fields.references ?? []).map((ref, position) => ({ position, title: ref.title, url: ref.url ?? null, publisher: ref.publisher ?? null, year: ref.year ?? null }));
}

async function audit(tx: Tx, actor: string, action: string, methodId: string, changes: Prisma.InputJsonValue) {
  await tx.auditEntry.create({ data: { actor, action, methodId, changes } });
}

function auditable(fields: MethodFields): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(fields)) as Prisma.InputJsonValue;
}

/**
 * A förbund editor's (or national_admin's) proposal; it lands unpublished until a national_admin
 * publishes it. `published: true` is only for the demo data, which the seed writes as national entries.
 */
export async function proposeMethod(
  forbundId: string | null,
  input: ProposeMethodInput,
  actor: string,
  // The seed runs before any subgraph serves; its förbund ids are the registry's own demo ids.
  options: { published?: boolean; checkRegistry?: boolean } = {},
) {
  assertMethodId(input.id);
  if (forbundId !== null) assertForbundId(forbundId, 'forbundId');
  const fields = assertComplete(validateMethodFields(input, null));
  if (options.checkRegistry ?? true) {
    await assertForbundsExist([
      ...(forbundId !== null ? [{ field: 'forbundId', id: forbundId }] : []),
      ...(fields.originForbundId ? [{ field: 'originForbundId', id: fields.originForbundId }] : []),
    ]);
  }
  return db().$transaction(async (tx) => {
    if (await tx.method.findUnique({ where: { id: input.id }, select: { id: true } })) {
      throw fail.conflict(`A method with id "${input.id}" already exists.`, { field: 'id' });
    }
    await tx.method.create({
      data: {
        id: input.id,
        name: fields.name,
        aliases: [...(fields.aliases ?? [])],
        summary: fields.summary,
        description: fields.description,
        targetGroups: [...fields.targetGroups],
        evidenceLevel: fields.evidenceLevel,
        developedFrom: fields.developedFrom ?? null,
        developedTo: fields.developedTo ?? null,
        originForbundId: fields.originForbundId ?? null,
        tags: [...(fields.tags ?? [])],
        published: options.published ?? false,
        lastReviewedOn: fields.lastReviewedOn ?? null,
        proposedByForbundId: forbundId,
        source: fields.source,
        references: { create: referenceRows(fields) },
      },
    });
    await audit(tx, actor, 'proposeMethod', input.id, { forbundId, ...(auditable(fields) as object) });
    return input.id;
  });
}

/**
 * May `identity` change this method? national_admin always; the proposing förbund's editors while it
 * is unpublished (once published, the library's text is the national network's).
 */
export function canEdit(identity: Identity, method: Pick<MethodRow, 'published' | 'proposedByForbundId'>): boolean {
  if (identity.role === 'national_admin') return true;
  return !method.published && identity.role === 'forbund_editor' && method.proposedByForbundId === identity.forbundId;
}

export async function updateMethod(id: string, input: MethodFields, identity: Identity) {
  if (input.originForbundId) {
    assertForbundId(input.originForbundId, 'originForbundId');
    await assertForbundsExist([{ field: 'originForbundId', id: input.originForbundId }]);
  }
  const actor = actorOf(identity);
  return db().$transaction(async (tx) => {
    // Checked again on the locked row: the method may have been published since the request's scope
    // check, and then its proposer may no longer change it.
    await tx.$queryRaw`/* lockMethod */ SELECT id FROM methods.method WHERE id = ${id} FOR UPDATE`;
    const current = await tx.method.findUnique({ where: { id } });
    if (!current || !canSee(identity, current)) throw fail.notFound('Method', id);
    if (!canEdit(identity, current)) throw fail.forbidden('Only national_admin changes a published method.');
    const fields = validateMethodFields(input, current);
    const { references, aliases, tags, targetGroups, ...scalars } = fields;
    await tx.method.update({
      where: { id },
      data: {
        ...scalars,
        ...(aliases ? { aliases: [...aliases] } : {}),
        ...(tags ? { tags: [...tags] } : {}),
        ...(targetGroups ? { targetGroups: [...targetGroups] } : {}),
        ...(references ? { references: { deleteMany: {}, create: referenceRows(fields) } } : {}),
      } as Prisma.MethodUpdateInput,
    });
    await audit(tx, actor, 'updateMethod', id, auditable(fields));
    return id;
  });
}

export async function setPublished(id: string, published: boolean, actor: string) {
  return db().$transaction(async (tx) => {
    const current = await tx.method.findUnique({ where: { id }, select: { published: true } });
    if (!current) throw fail.notFound('Method', id);
    await tx.method.update({ where: { id }, data: { published } });
    await audit(tx, actor, published ? 'publishMethod' : 'unpublishMethod', id, { from: current.published, to: published });
    return id;
  });
}

/** The förbund whose editors may change a method, for the access check of updateMethod. */
export async function methodAccess(ctx: Context, id: string): Promise<{ published: boolean; proposedByForbundId: string | null } | null> {
  return methodLoader(ctx).load(id);
}
