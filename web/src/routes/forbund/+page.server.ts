import { error } from '@sveltejs/kit';
import { WebForbundListDocument } from '$lib/graphql/generated/graphql.ts';
import { query, unavailable } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** ForbundFilter.search: at most 200 characters. */
const MAX_SEARCH = 200;

export const load: PageServerLoad = async ({ url, fetch }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const lan = url.searchParams.get('lan') || undefined;
  const after = url.searchParams.get('efter') || undefined;
  if (q.length > MAX_SEARCH) error(400, `Sökningen får vara högst ${MAX_SEARCH} tecken lång.`);
  if (lan !== undefined && !/^\d{2}$/.test(lan)) error(400, `”${lan}” är ingen länskod; välj ett län i listan.`);
  const { data, errors } = await query(fetch, WebForbundListDocument, { lan, search: q || undefined, first: 100, after });
  return { q, lan: lan ?? '', after: after ?? null, lans: data.lans ?? [], forbunds: data.forbunds, unavailable: unavailable(errors) };
};
