import { fail, redirect } from '@sveltejs/kit';
import { WebCreateProjectDocument, type PartyKind, type ProjectKind, type TargetGroup } from '$lib/graphql/generated/graphql.ts';
import { PARTY_KINDS, TARGET_GROUPS } from '$lib/labels.ts';
import { mutate } from '$lib/server/api.ts';
import { fieldErrors } from '$lib/server/forms.ts';
import { editorFrom } from '$lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ cookies, url }) => {
  const editor = (await editorFrom(cookies))!;
  return { forbundId: editor.forbund ?? url.searchParams.get('forbund') ?? '' };
};

export const actions: Actions = {
  default: async ({ request, cookies, fetch }) => {
    const editor = (await editorFrom(cookies))!;
    const form = await request.formData();
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const values = {
      forbundId: editor.forbund ?? text('forbundId'),
      title: text('title'),
      summary: text('summary'),
      kind: text('kind'),
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
      targetGroups: form.getAll('targetGroups').map(String).filter((g) => g in TARGET_GROUPS),
      partyKinds: form.getAll('partyKinds').map(String).filter((k) => k in PARTY_KINDS),
    };
    const missing: Record<string, string> = {};
    if (!values.title) missing.title = 'Skriv insatsens namn.';
    if (!values.startsOn) missing.startsOn = 'Ange när insatsen börjar.';
    if (values.kind !== 'INDIVIDUAL' && values.kind !== 'STRUCTURAL') missing.kind = 'Välj vilket slags insats det är.';
    if (values.targetGroups.length === 0) missing.targetGroups = 'Välj minst en målgrupp.';
    if (Object.keys(missing).length > 0) return fail(400, { values, fields: missing, form: [] as string[] });
    const { data, errors } = await mutate(
      fetch,
      WebCreateProjectDocument,
      {
        input: {
          forbundId: values.forbundId,
          title: values.title,
          summary: values.summary || undefined,
          kind: values.kind as ProjectKind,
          startsOn: values.startsOn,
          endsOn: values.endsOn || undefined,
          targetGroups: values.targetGroups as TargetGroup[],
          partyKinds: values.partyKinds as PartyKind[],
        },
      },
      editor.token,
    );
    if (!data?.createProject) return fail(400, { values, ...fieldErrors(errors) });
    redirect(303, `/redigera/insats/${data.createProject.id}`);
  },
};
