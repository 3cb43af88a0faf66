import { error, fail } from '@sveltejs/kit';
import {
  WebAddMembershipDocument,
  WebAdminForbundDocument,
  WebDissolveForbundDocument,
  WebEndMembershipDocument,
  WebRenameForbundDocument,
} from '$lib/graphql/generated/graphql.ts';
import { date } from '$lib/format.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fieldErrors } from '$lib/server/forms.ts';
import { nationalAdminFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, fetch, params, url }) => {
  const admin = await nationalAdminFrom(cookies);
  const { data } = await query(fetch, WebAdminForbundDocument, { id: params.id }, admin.token);
  if (!data.forbund) error(404, 'Det finns inget förbund med den adressen i registret.');
  return { forbund: data.forbund, registered: url.searchParams.has('registrerat') };
};

type Form = Record<string, string>;

/** Reads the named fields of a posted form, trimmed; checks that the required ones are there. */
async function read(request: Request, names: readonly string[], required: Record<string, string>) {
  const form = await request.formData();
  const values: Form = Object.fromEntries(names.map((n) => [n, String(form.get(n) ?? '').trim()]));
  const missing: Form = Object.fromEntries(Object.entries(required).filter(([n]) => !values[n]));
  return { values, missing };
}

const SOURCE = 'Ange beslutet eller dokumentet som ändringen bygger på.';

/**
 * Each action answers which form it was (`action`), its input kept, and the API's refusals placed
 * beside the fields they concern; the rules of Lag (2003:1210) stay the registry's.
 */
export const actions: Actions = {
  rename: async ({ cookies, fetch, params, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const { values, missing } = await read(request, ['name', 'validFrom', 'source'], { name: 'Skriv det nya namnet.', validFrom: 'Ange från vilken dag namnet gäller.', source: SOURCE });
    if (Object.keys(missing).length > 0) return fail(400, { action: 'rename', values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebRenameForbundDocument, { input: { forbundId: params.id, name: values.name!, validFrom: values.validFrom!, source: values.source! } }, admin.token);
    if (!data?.renameForbund) return fail(400, { action: 'rename', values, ...fieldErrors(errors, { NAME_HISTORY_ORDER: 'validFrom' }, ['name', 'validFrom', 'source']) });
    return { action: 'rename', done: `Förbundet heter nu ${data.renameForbund.name}.` };
  },
  join: async ({ cookies, fetch, params, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const { values, missing } = await read(request, ['kommunCode', 'joinedOn', 'source'], { kommunCode: 'Välj kommunen.', joinedOn: 'Ange den första dagen som medlem.', source: SOURCE });
    if (Object.keys(missing).length > 0) return fail(400, { action: 'join', values, fields: missing, form: [] as string[] });
    const { data: current } = await query(fetch, WebAdminForbundDocument, { id: params.id }, admin.token);
    const kommun = current.forbund?.lan?.kommuner.find((k) => k.code === values.kommunCode);
    const { data, errors } = await mutate(
      fetch,
      WebAddMembershipDocument,
      // The party's name from the registry's list of kommuner; an existing party keeps the name it has.
      { input: { forbundId: params.id, party: { kind: 'KOMMUN', name: `${kommun?.name ?? values.kommunCode} kommun`, kommunCode: values.kommunCode! }, joinedOn: values.joinedOn!, source: values.source! } },
      admin.token,
    );
    if (!data?.addMembership) {
      return fail(400, { action: 'join', values, ...fieldErrors(errors, { MEMBERSHIP_PERIODS_OVERLAP: 'kommunCode', FORBUND_DISSOLVED: 'kommunCode' }, ['kommunCode', 'joinedOn', 'source']) });
    }
    return { action: 'join', done: `${kommun?.name ?? values.kommunCode} är medlem från ${date(values.joinedOn)}.` };
  },
  leave: async ({ cookies, fetch, params, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const { values, missing } = await read(request, ['partyId', 'leftOn'], { partyId: 'Välj medlemmen som lämnar.', leftOn: 'Ange den sista dagen som medlem.' });
    if (Object.keys(missing).length > 0) return fail(400, { action: 'leave', values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(fetch, WebEndMembershipDocument, { input: { forbundId: params.id, partyId: values.partyId!, leftOn: values.leftOn! } }, admin.token);
    if (!data?.endMembership) return fail(400, { action: 'leave', values, ...fieldErrors(errors, { FORBUND_COMPOSITION: 'partyId', NOT_FOUND: 'partyId' }, ['partyId', 'leftOn']) });
    return { action: 'leave', done: 'Medlemskapet är avslutat.' };
  },
  dissolve: async ({ cookies, fetch, params, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const { values, missing } = await read(request, ['dissolvedOn', 'mergedInto'], { dissolvedOn: 'Ange den dag förbundet upphör.' });
    if (Object.keys(missing).length > 0) return fail(400, { action: 'dissolve', values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(
      fetch,
      WebDissolveForbundDocument,
      { input: { forbundId: params.id, dissolvedOn: values.dissolvedOn!, mergedInto: values.mergedInto || undefined } },
      admin.token,
    );
    if (!data?.dissolveForbund) {
      // NOT_FOUND here can only be the förbund to merge into: this one was found when the page loaded.
      return fail(400, { action: 'dissolve', values, ...fieldErrors(errors, { FORBUND_DISSOLVED: 'dissolvedOn', NOT_FOUND: 'mergedInto' }, ['dissolvedOn', 'mergedInto']) });
    }
    return { action: 'dissolve', done: data.dissolveForbund.mergedInto ? `Förbundet är upplöst och har uppgått i ${data.dissolveForbund.mergedInto.id}.` : 'Förbundet är upplöst.' };
  },
};
