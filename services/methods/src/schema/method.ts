import { actorOf, entityCacheHint, inheritCache, MAX_PAGE_SIZE, publicCache, restrictCache, textLimit } from '@finsam/core';
import { builder } from '../builder.ts';
import {
  canSee,
  DEFAULT_PAGE,
  methodAccess,
  methodLoader,
  proposeMethod,
  searchMethods,
  setPublished,
  updateMethod,
  visibleMethod,
  type MethodRow,
} from '../data/method-store.ts';
import { EvidenceLevelEnum, TargetGroupEnum } from './enums.ts';
import { ForbundRef } from './forbund.ts';

type ReferenceRow = MethodRow['references'][number];

export const MethodReferenceRef = builder.objectRef<ReferenceRow>('MethodReference').implement({
  description: 'A document about a method: a guideline, an evaluation or a news item.',
  directives: inheritCache,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title as the document gives it.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where to read it (http or https), where known.' }),
    publisher: t.exposeString('publisher', { nullable: true, description: 'Who published it.' }),
    year: t.exposeInt('year', { nullable: true, description: 'Year of publication.' }),
  }),
});

export const MethodRef = builder.objectRef<MethodRow>('Method').implement({
  description:
    'A way of working that has spread beyond one förbund, with its target groups, evidence and origin. Published methods are public.',
  // Published method data is public and changes rarely: the conference site's bursts may be cached.
  // Resolvers make a response uncacheable when it carries an unpublished method.
  directives: publicCache,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable slug, e.g. "pa-ratt-vag".' }),
    // Also resolved for methods the projects subgraph returns (Project.methods): an outage of this
    // subgraph nulls this field, not the entity and its key (issue 11, part 3).
    name: t.exposeString('name', { nullable: true, description: 'The name, with Swedish characters as written, e.g. "På rätt väg".' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names the method goes by; search finds them too.' }),
    summary: t.exposeString('summary', { description: 'One or two sentences: what the method is and for whom.' }),
    description: t.exposeString('description', { description: 'Purpose, content and history of the method.' }),
    targetGroups: t.field({ type: [TargetGroupEnum], description: 'The groups the method is for.', resolve: (m) => m.targetGroups }),
    evidenceLevel: t.field({ type: EvidenceLevelEnum, description: 'How well its effect is known.', resolve: (m) => m.evidenceLevel }),
    developedFrom: t.exposeInt('developedFrom', { nullable: true, description: 'First year of its development, where known.' }),
    developedTo: t.exposeInt('developedTo', { nullable: true, description: 'Last year of its development, where known.' }),
    originForbund: t.field({
      type: ForbundRef,
      nullable: true,
      directives: inheritCache,
      description: 'The förbund where the method was developed, where it came from one.',
      resolve: (m) => (m.originForbundId ? { id: m.originForbundId } : null),
    }),
    references: t.field({
      type: [MethodReferenceRef],
      directives: inheritCache,
      description: 'Documents about the method, in the order given.',
      resolve: (m) => m.references,
    }),
    tags: t.exposeStringList('tags', { description: 'Free keywords.' }),
    published: t.exposeBoolean('published', { description: 'False while a proposal awaits a national_admin.' }),
    lastReviewedOn: t.expose('lastReviewedOn', { type: 'Date', nullable: true, description: 'When the entry was last checked against its sources.' }),
    source: t.exposeString('source', { description: 'Where the facts come from: document title and date, or URL.' }),
  }),
});

builder.asEntity(MethodRef, {
  key: builder.selection<{ id: string }>('id'),
  // A method the caller may not see resolves to null (issue 5), batched through the loader.
  resolveReference: async (ref, ctx, info) => {
    const method = await visibleMethod(ctx, ref.id);
    if (method) entityCacheHint(info, method.published);
    return method;
  },
});

export const MethodConnection = builder.connectionObject(
  {
    type: MethodRef,
    name: 'MethodConnection',
    description: 'A page of methods, best match first.',
    directives: inheritCache,
    fields: (t) => ({
      totalCount: t.int({ description: 'How many methods match, over all pages.', resolve: (page) => (page as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'MethodEdge', description: 'A method in a page.', directives: inheritCache },
);

builder.queryFields((t) => ({
  method: t.field({
    type: MethodRef,
    nullable: true,
    description: 'One method by id; null when there is none or the caller may not see it.',
    args: { id: t.arg.id({ required: true, description: 'The method slug, e.g. "pa-ratt-vag".' }) },
    resolve: async (_root, { id }, ctx, info) => {
      const method = await visibleMethod(ctx, String(id));
      if (method && !method.published) restrictCache(info, 0);
      return method;
    },
  }),
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  methods: t.field({
    nullable: true,
    type: MethodConnection,
    directives: publicCache,
    description: `Methods the caller may see, as a Relay connection (default ${DEFAULT_PAGE}, at most ${MAX_PAGE_SIZE} per page). With search, best match first; otherwise by name.`,
    args: {
      search: t.arg.string({
        required: false,
        description:
          'Words to find in name, aliases, summary and description (Swedish full-text search, the last word also as a prefix; case and diacritics do not matter; at most 200 characters). Empty means no filter.',
      }),
      targetGroup: t.arg({ type: TargetGroupEnum, required: false, description: 'Only methods for this target group.' }),
      first: t.arg.int({ required: false, description: `Page size, 0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE}.` }),
      after: t.arg.string({ required: false, description: 'The endCursor of the previous page.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const page = await searchMethods(ctx, args);
      if (page.edges.some((e) => !e.node.published)) restrictCache(info, 0);
      return page as never;
    },
  }),
}));

// Writes. Access is declared here; rules and the transaction live in the store.

const MethodReferenceInput = builder.inputType('MethodReferenceInput', {
  description: 'A document about a method.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'Title as the document gives it.' }),
    url: t.string({ required: false, description: 'An http or https URL.', extensions: textLimit('reference') }),
    publisher: t.string({ required: false, description: 'Who published it.' }),
    year: t.int({ required: false, description: 'Year of publication.' }),
  }),
});

const methodInputFields = (required: boolean) =>
  ((t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
    name: t.string({ required, description: 'The name, with Swedish characters as written.' }),
    aliases: t.stringList({ required: false, description: 'Other names the method goes by.' }),
    summary: t.string({ required, description: 'One or two sentences: what the method is and for whom.', extensions: textLimit('prose') }),
    description: t.string({ required, description: 'Purpose, content and history.', extensions: textLimit('prose') }),
    targetGroups: t.field({ type: [TargetGroupEnum], required, description: 'At least one target group.' }),
    evidenceLevel: t.field({ type: EvidenceLevelEnum, required, description: 'How well its effect is known.' }),
    developedFrom: t.int({ required: false, description: `First year of development, from 1990.` }),
    developedTo: t.int({ required: false, description: 'Last year of development, not before developedFrom nor after next year.' }),
    originForbundId: t.id({ required: false, description: 'Registry id of the förbund where it was developed.' }),
    references: t.field({ type: [MethodReferenceInput], required: false, description: 'Documents about the method; replaces the list.' }),
    tags: t.stringList({ required: false, description: 'Free keywords.' }),
    lastReviewedOn: t.field({ type: 'Date', required: false, description: 'When the entry was last checked against its sources.' }),
    source: t.string({ required, description: 'Where the facts come from: document title and date, or URL.', extensions: textLimit('reference') }),
  }));

const ProposeMethodInput = builder.inputType('ProposeMethodInput', {
  description: 'A new method, proposed by a förbund; it stays unpublished until a national_admin publishes it.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable slug, lower-case ASCII words joined by hyphens.' }),
    ...methodInputFields(true)(t),
  }),
});

const UpdateMethodInput = builder.inputType('UpdateMethodInput', {
  description: 'Changes to a method: only the fields given change; null clears an optional one.',
  fields: (t) => methodInputFields(false)(t),
});

/** Reloads after a write: the request's loader may hold the method as it was before. */
async function fresh(ctx: Parameters<typeof methodLoader>[0], id: string) {
  const loader = methodLoader(ctx);
  loader.clear(id);
  return (await loader.load(id))!;
}

builder.mutationFields((t) => ({
  proposeMethod: t.field({
    type: MethodRef,
    description: "Proposes a method for the library on behalf of a förbund (its editors, or national_admin). It lands unpublished.",
    authScopes: (_root, args) => ({ editorOf: String(args.forbundId) }),
    args: {
      forbundId: t.arg.id({ required: true, description: 'The proposing förbund; its editors may change the method while unpublished.' }),
      input: t.arg({ type: ProposeMethodInput, required: true }),
    },
    resolve: async (_root, { forbundId, input }, ctx) => {
      const id = await proposeMethod(String(forbundId), { ...input, id: String(input.id) }, actorOf(ctx.identity));
      return fresh(ctx, id);
    },
  }),
  updateMethod: t.field({
    type: MethodRef,
    description: 'Changes a method (national_admin; or editors of the proposing förbund while it is unpublished).',
    // An id the caller cannot see (unknown, or another förbund's draft) passes to editors, who then learn
    // NOT_FOUND for both alike; the public is asked to sign in. The store checks again on the locked row.
    authScopes: async (_root, args, ctx) => {
      const method = await methodAccess(ctx, String(args.id));
      if (!method || !canSee(ctx.identity, method)) return { editor: true };
      if (method.published || !method.proposedByForbundId) return { nationalAdmin: true };
      return { editorOf: method.proposedByForbundId };
    },
    args: {
      id: t.arg.id({ required: true, description: 'The method.' }),
      input: t.arg({ type: UpdateMethodInput, required: true }),
    },
    resolve: async (_root, { id, input }, ctx) => {
      await updateMethod(String(id), input, ctx.identity);
      return fresh(ctx, String(id));
    },
  }),
  publishMethod: t.field({
    type: MethodRef,
    description: 'Publishes a method: from now on everyone sees it (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { id: t.arg.id({ required: true, description: 'The method.' }) },
    resolve: async (_root, { id }, ctx) => fresh(ctx, await setPublished(String(id), true, actorOf(ctx.identity))),
  }),
  unpublishMethod: t.field({
    type: MethodRef,
    description: 'Withdraws a method from the public library (national_admin).',
    authScopes: { nationalAdmin: true },
    args: { id: t.arg.id({ required: true, description: 'The method.' }) },
    resolve: async (_root, { id }, ctx) => fresh(ctx, await setPublished(String(id), false, actorOf(ctx.identity))),
  }),
}));
