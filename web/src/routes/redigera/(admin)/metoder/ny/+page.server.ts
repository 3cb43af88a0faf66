import { fail, redirect } from '@sveltejs/kit';
import { WebProposeMethodDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate } from '$lib/server/api.ts';
import { fieldErrors, slugOf } from '$lib/server/forms.ts';
import { METHOD_FIELDS, methodInput, readMethodForm } from '$lib/server/method-form.ts';
import { nationalAdminFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies }) => {
  await nationalAdminFrom(cookies);
  return {};
};

export const actions: Actions = {
  /**
   * A new method lands unpublished (proposeMethod); national_admin publishes it from its page. The
   * methods subgraph records a proposing förbund for every new method, whose editors may change it while
   * it is unpublished, so the form asks for one.
   */
  default: async ({ cookies, fetch, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const form = await request.formData();
    const { values, missing } = readMethodForm(form);
    const extra = { id: String(form.get('id') ?? '').trim(), forbundId: String(form.get('forbundId') ?? '').trim() };
    if (!extra.forbundId) missing.forbundId = 'Ange förbundet som föreslår metoden.';
    if (Object.keys(missing).length > 0) return fail(400, { values: { ...values, ...extra }, fields: missing, form: [] as string[] });
    const id = extra.id || slugOf(values.name);
    const { data, errors } = await mutate(fetch, WebProposeMethodDocument, { forbundId: extra.forbundId, input: { id, ...methodInput(values) } }, admin.token);
    if (!data?.proposeMethod) {
      return fail(400, { values: { ...values, ...extra }, ...fieldErrors(errors, { NOT_FOUND: 'forbundId' }, [...METHOD_FIELDS, 'id', 'forbundId']) });
    }
    redirect(303, `/redigera/metoder/${data.proposeMethod.id}?sparad=1`);
  },
};
