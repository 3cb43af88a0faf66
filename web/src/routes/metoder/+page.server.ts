import { error } from '@sveltejs/kit';
import { WebMethodSearchDocument } from '$lib/graphql/generated/graphql.ts';
import { isTargetGroup } from '$lib/labels.ts';
import { query, unavailable } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The API's own bound on a search (methods(search:), at most 200 characters). */
const MAX_SEARCH = 200;

export const load: PageServerLoad = async ({ url, fetch }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const group = url.searchParams.get('malgrupp');
  const after = url.searchParams.get('efter') || undefined;
  if (q.length > MAX_SEARCH) error(400, `Sökningen får vara högst ${MAX_SEARCH} tecken lång.`);
  const targetGroup = isTargetGroup(group) ? group : undefined;
  const { data, errors } = await query(fetch, WebMethodSearchDocument, { search: q || undefined, targetGroup, first: 20, after });
  return { q, targetGroup: targetGroup ?? '', after: after ?? null, methods: data.methods, unavailable: unavailable(errors) };
};
