import { error, fail } from '@sveltejs/kit';
import { WebEditorProjectDocument, WebPublishProjectDocument, WebReportParticipationDocument, WebUpdateProjectDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fieldErrors } from '$lib/server/forms.ts';
import { editorFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, params }) => {
  const editor = (await editorFrom(cookies))!;
  const { data } = await query(fetch, WebEditorProjectDocument, { id: params.id }, editor.token);
  // Another förbund's draft is invisible to this editor in the API (README: drafts), so it is not found
  // here either; a published project of another förbund is public, but not this editor's to change.
  const project = data.project;
  if (!project || (editor.role === 'forbund_editor' && project.forbund.id !== editor.forbund)) {
    error(404, 'Det finns ingen insats med den adressen som du kan redigera.');
  }
  return { project };
};

const whole = (value: FormDataEntryValue | null) => (value === null || String(value).trim() === '' ? Number.NaN : Number(value));

/** The fields the edit form changes; each is sent only when the editor changed it. */
const EDITABLE = ['title', 'summary'] as const;

export const actions: Actions = {
  /**
   * An edit carries the version it started from (expectedVersion). When another editor saved in
   * between, the API answers CONFLICT: the page then shows what the other editor saved beside this
   * editor's own input, kept in the form, with the new version, so that saving again is a choice and
   * nothing is lost silently. Only the fields this editor changed are sent, so saving again does not
   * undo the other editor's changes to other fields.
   */
  update: async ({ cookies, fetch, params, request }) => {
    const editor = (await editorFrom(cookies))!;
    const form = await request.formData();
    const raw = Object.fromEntries(EDITABLE.map((k) => [k, String(form.get(k) ?? '').trim()]));
    const original = Object.fromEntries(EDITABLE.map((k) => [k, String(form.get(`original-${k}`) ?? '').trim()]));
    const expectedVersion = Number(form.get('expectedVersion'));
    const input = Object.fromEntries(EDITABLE.filter((k) => raw[k] !== original[k]).map((k) => [k, raw[k]]));
    if (Object.keys(input).length === 0) return fail(400, { action: 'update', raw, original, fields: {}, form: ['Du har inte ändrat något.'] });
    if (raw.title === '') return fail(400, { action: 'update', raw, original, fields: { title: 'Insatsen behöver ett namn.' }, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebUpdateProjectDocument, { id: params.id, input: { ...input, expectedVersion } }, editor.token);
    if (data?.updateProject) return { action: 'update', updated: true };
    const conflict = errors.find((e) => e.extensions?.code === 'CONFLICT');
    return fail(conflict ? 409 : 400, { action: 'update', raw, original, conflict: Boolean(conflict), ...fieldErrors(conflict ? [] : errors) });
  },
  publish: async ({ cookies, fetch, params }) => {
    const editor = (await editorFrom(cookies))!;
    const { data, errors } = await mutate(fetch, WebPublishProjectDocument, { id: params.id }, editor.token);
    if (!data?.publishProject) return fail(400, { action: 'publish', ...fieldErrors(errors) });
    return { action: 'publish', published: true };
  },
  participation: async ({ cookies, fetch, params, request }) => {
    const editor = (await editorFrom(cookies))!;
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
