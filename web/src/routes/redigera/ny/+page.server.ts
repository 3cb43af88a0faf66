import { fail, redirect } from '@sveltejs/kit';
import { WebCreateProjectDocument, WebEditorMethodChoicesDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { createInput, missingFields, projectErrors, readProjectForm } from '$lib/server/project-form.ts';
import { signedInEditor } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, url }) => {
  const editor = await signedInEditor(cookies);
  const { data } = await query(fetch, WebEditorMethodChoicesDocument, {}, editor.token);
  return {
    forbundId: editor.forbund ?? url.searchParams.get('forbund') ?? '',
    methods: (data.methods?.edges ?? []).map(({ node }) => ({ id: node.id, name: node.name ?? node.id })),
    moreMethods: (data.methods?.totalCount ?? 0) > (data.methods?.edges.length ?? 0),
  };
};

export const actions: Actions = {
  default: async ({ request, cookies, fetch }) => {
    const editor = await signedInEditor(cookies);
    const form = await request.formData();
    const forbundId = editor.forbund ?? String(form.get('forbundId') ?? '').trim();
    const values = readProjectForm(form);
    const missing = missingFields(values, 'create');
    if (Object.keys(missing).length > 0) return fail(400, { forbundId, values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebCreateProjectDocument, { input: createInput(forbundId, values) }, editor.token);
    if (!data?.createProject) return fail(400, { forbundId, values, ...projectErrors(errors) });
    redirect(303, `/redigera/insats/${data.createProject.id}`);
  },
};
