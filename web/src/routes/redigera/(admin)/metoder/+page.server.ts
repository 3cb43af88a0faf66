import { WebAdminMethodsDocument } from '$lib/graphql/generated/graphql.ts';
import { query } from '$lib/server/api.ts';
import { nationalAdminFrom } from '$lib/server/session.ts';
import type { PageServerLoad } from './$types';

/** national_admin sees every method, proposals not yet published included (README "Who may read"). */
export const load: PageServerLoad = async ({ cookies, fetch, url }) => {
  const admin = await nationalAdminFrom(cookies);
  const search = url.searchParams.get('q')?.trim() || null;
  const { data } = await query(fetch, WebAdminMethodsDocument, { search }, admin.token);
  return { search, methods: data.methods };
};
