import { error, fail } from '@sveltejs/kit';
import { WebAdminMethodDocument, WebPublishMethodDocument, WebUnpublishMethodDocument, WebUpdateMethodDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fieldErrors } from '$lib/server/forms.ts';
import { METHOD_FIELDS, methodInput, readMethodForm } from '$lib/server/method-form.ts';
import { nationalAdminFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, params, url }) => {
  const admin = await nationalAdminFrom(cookies);
  const { data } = await query(fetch, WebAdminMethodDocument, { id: params.id }, admin.token);
  if (!data.method) error(404, 'Det finns ingen metod med den adressen.');
  return { method: data.method, created: url.searchParams.has('sparad') };
};

export const actions: Actions = {
  update: async ({ cookies, fetch, params, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const { values, missing } = readMethodForm(await request.formData());
    if (Object.keys(missing).length > 0) return fail(400, { action: 'update', values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebUpdateMethodDocument, { id: params.id, input: methodInput(values) }, admin.token);
    if (!data?.updateMethod) return fail(400, { action: 'update', values, ...fieldErrors(errors, {}, METHOD_FIELDS) });
    return { action: 'update', done: 'Ändringarna är sparade.' };
  },
  publish: async ({ cookies, fetch, params }) => {
    const admin = await nationalAdminFrom(cookies);
    const { data, errors } = await mutate(fetch, WebPublishMethodDocument, { id: params.id }, admin.token);
    if (!data?.publishMethod) return fail(400, { action: 'publish', ...fieldErrors(errors) });
    return { action: 'publish', done: 'Metoden är publicerad och syns i metodbiblioteket.' };
  },
  withdraw: async ({ cookies, fetch, params }) => {
    const admin = await nationalAdminFrom(cookies);
    const { data, errors } = await mutate(fetch, WebUnpublishMethodDocument, { id: params.id }, admin.token);
    if (!data?.unpublishMethod) return fail(400, { action: 'withdraw', ...fieldErrors(errors) });
    return { action: 'withdraw', done: 'Metoden är tillbakadragen och syns inte längre för allmänheten.' };
  },
};
