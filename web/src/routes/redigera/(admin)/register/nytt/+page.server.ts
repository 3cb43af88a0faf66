import { fail, redirect } from '@sveltejs/kit';
import { WebAdminKommunerDocument, WebAdminLansDocument, WebRegisterForbundDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fieldErrors, slugOf } from '$lib/server/forms.ts';
import { nationalAdminFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const LAN_CODE = /^\d{2}$/;

/**
 * Two steps, so that the form works without JavaScript: the län first (a GET form), then the förbund
 * with the kommuner of that län to choose its members from.
 */
export const load: PageServerLoad = async ({ cookies, fetch, url }) => {
  const admin = await nationalAdminFrom(cookies);
  const lan = url.searchParams.get('lan');
  const { data } = await query(fetch, WebAdminLansDocument, {}, admin.token);
  const chosen = lan && LAN_CODE.test(lan) ? (data.lans?.find((l) => l.code === lan) ?? null) : null;
  const kommuner = chosen ? ((await query(fetch, WebAdminKommunerDocument, { lan: chosen.code }, admin.token)).data.kommuner ?? []) : [];
  return { lans: data.lans ?? [], lan: chosen, kommuner };
};

const SHOWN = ['id', 'name', 'orgNumber', 'formedOn', 'region', 'kommuner', 'source'] as const;

export const actions: Actions = {
  default: async ({ cookies, fetch, request }) => {
    const admin = await nationalAdminFrom(cookies);
    const form = await request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = {
      lanCode: text('lanCode'),
      name: text('name'),
      id: text('id'),
      orgNumber: text('orgNumber'),
      formedOn: text('formedOn'),
      region: text('region'),
      kommuner: form.getAll('kommuner').map(String),
      source: text('source'),
    };
    const missing: Record<string, string> = {};
    if (!values.name) missing.name = 'Skriv förbundets namn.';
    if (!values.formedOn) missing.formedOn = 'Ange den dag förbundet bildades.';
    if (!values.region) missing.region = 'Skriv namnet på regionen som är medlem.';
    if (values.kommuner.length === 0) missing.kommuner = 'Välj minst en kommun som är medlem.';
    if (!values.source) missing.source = 'Ange beslutet eller dokumentet som uppgifterna kommer från.';
    if (Object.keys(missing).length > 0) return fail(400, { values, fields: missing, form: [] as string[] });
    const id = values.id || slugOf(values.name);
    // The kommuner's names from the registry's own list, not from the form.
    const known = LAN_CODE.test(values.lanCode) ? ((await query(fetch, WebAdminKommunerDocument, { lan: values.lanCode }, admin.token)).data.kommuner ?? []) : [];
    const kommunName = (code: string) => known.find((k) => k.code === code)?.name ?? code;
    const { data, errors } = await mutate(
      fetch,
      WebRegisterForbundDocument,
      {
        input: {
          id,
          name: values.name,
          orgNumber: values.orgNumber || undefined,
          formedOn: values.formedOn,
          lanCode: values.lanCode,
          source: values.source,
          // Lag (2003:1210) 1 §: Försäkringskassan, Arbetsförmedlingen, a region and one or more kommuner.
          members: [
            { party: { kind: 'FORSAKRINGSKASSAN', name: 'Försäkringskassan' } },
            { party: { kind: 'ARBETSFORMEDLINGEN', name: 'Arbetsförmedlingen' } },
            { party: { kind: 'REGION', name: values.region, lanCode: values.lanCode } },
            ...values.kommuner.map((code) => ({ party: { kind: 'KOMMUN' as const, name: `${kommunName(code)} kommun`, kommunCode: code } })),
          ],
        },
      },
      admin.token,
    );
    if (!data?.registerForbund) {
      return fail(400, { values, ...fieldErrors(errors, { CONFLICT: 'id', FORBUND_COMPOSITION: 'kommuner' }, SHOWN) });
    }
    redirect(303, `/redigera/register/${data.registerForbund.id}?registrerat=1`);
  },
};
