import { error, fail } from '@sveltejs/kit';
import {
  WebEditorMethodChoicesDocument,
  WebEditorProjectDocument,
  WebPublishProjectDocument,
  WebReportParticipationDocument,
  WebUpdateProjectDocument,
} from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fieldErrors } from '$lib/server/forms.ts';
import { changedFields } from '$lib/project-values.ts';
import { missingFields, projectErrors, readProjectForm, updateInput } from '$lib/server/project-form.ts';
import { signedInEditor } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, params }) => {
  const editor = await signedInEditor(cookies);
  const [{ data }, { data: choices }] = await Promise.all([
    query(fetch, WebEditorProjectDocument, { id: params.id }, editor.token),
    query(fetch, WebEditorMethodChoicesDocument, {}, editor.token),
  ]);
  // Another förbund's draft is invisible to this editor in the API (README: drafts), so it is not found
  // here either; a published project of another förbund is public, but not this editor's to change.
  const project = data.project;
  if (!project || (editor.role === 'forbund_editor' && project.forbund.id !== editor.forbund)) {
    error(404, 'Det finns ingen insats med den adressen som du kan redigera.');
  }
  // The library's first 100 methods by name, and any the project links beyond them, so that every
  // link the editor may see can be kept or removed.
  const methods = (choices.methods?.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name ?? node.id }));
  for (const linked of project.methods ?? []) if (linked && !methods.some((m) => m.id === linked.id)) methods.push({ id: linked.id, name: linked.name ?? linked.id });
  return { project, methods, moreMethods: (choices.methods?.totalCount ?? 0) > (choices.methods?.edges.length ?? 0) };
};

const whole = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === '' ? Number.NaN : Number(value));

export const actions: Actions = {
  /**
   * An edit carries the version it started from (expectedVersion) and, in hidden fields, the values it
   * started from. When another editor saved in between, the API answers CONFLICT: the page then shows
   * what the other editor saved, every field, beside this editor's own input, kept in the form, with the
   * new version, so that saving again is a choice and nothing is lost silently. Only the fields this
   * editor changed are sent, so saving again does not undo the other editor's changes to other fields.
   */
  update: async ({ cookies, fetch, params, request }) => {
    const editor = await signedInEditor(cookies);
    const form = await request.formData();
    const raw = readProjectForm(form);
    const original = readProjectForm(form, 'original-');
    const expectedVersion = Number(form.get('expectedVersion'));
    const changed = changedFields(raw, original);
    const state = { action: 'update' as const, raw, original };
    if (changed.length === 0) return fail(400, { ...state, fields: {}, form: ['Du har inte ändrat något.'] });
    const missing = missingFields(raw, 'update', changed);
    if (Object.keys(missing).length > 0) return fail(400, { ...state, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebUpdateProjectDocument, { id: params.id, input: updateInput(raw, changed, expectedVersion) }, editor.token);
    if (data?.updateProject) return { action: 'update', updated: true };
    const conflict = errors.some((e) => e.extensions?.code === 'CONFLICT');
    if (conflict) return fail(409, { ...state, conflict: true, fields: {}, form: [] as string[] });
    return fail(400, { ...state, conflict: false, ...projectErrors(errors) });
  },
  publish: async ({ cookies, fetch, params }) => {
    const editor = await signedInEditor(cookies);
    const { data, errors } = await mutate(fetch, WebPublishProjectDocument, { id: params.id }, editor.token);
    if (!data?.publishProject) return fail(400, { action: 'publish', ...fieldErrors(errors) });
    return { action: 'publish', published: true };
  },
  participation: async ({ cookies, fetch, params, request }) => {
    const editor = await signedInEditor(cookies);
    const form = await request.formData();
    const values = { year: whole(form.get('year')), participants: whole(form.get('participants')), women: whole(form.get('women')), men: whole(form.get('men')) };
    const labels = { year: 'år', participants: 'antal deltagare', women: 'antal kvinnor', men: 'antal män' } as const;
    const fields: Record<string, string> = {};
    for (const [key, value] of Object.entries(values)) {
      if (!Number.isInteger(value) || value < 0) fields[key] = `Ange ${labels[key as keyof typeof labels]} som ett heltal.`;
    }
    const raw = Object.fromEntries(['year', 'participants', 'women', 'men'].map((k) => [k, String(form.get(k) ?? '')]));
    if (Object.keys(fields).length > 0) return fail(400, { action: 'participation', raw, fields, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebReportParticipationDocument, { projectId: params.id, input: values }, editor.token);
    if (!data?.reportParticipation) return fail(400, { action: 'participation', raw, ...fieldErrors(errors) });
    return { action: 'participation', reported: values.year };
  },
};
