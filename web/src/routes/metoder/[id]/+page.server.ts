import { error } from '@sveltejs/kit';
import { WebMethodDocument } from '$lib/graphql/generated/graphql.ts';
import { query, unavailable } from '$lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, fetch }) => {
  const { data, errors } = await query(fetch, WebMethodDocument, { id: params.id });
  if (!data.method) {
    if (unavailable(errors).includes('methods')) error(503, 'Metodbiblioteket svarar inte just nu. Försök igen om en stund.');
    error(404, 'Det finns ingen publicerad metod med den adressen.');
  }
  return { method: data.method, unavailable: unavailable(errors) };
};
