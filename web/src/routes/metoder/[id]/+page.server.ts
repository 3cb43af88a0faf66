import { error } from '@sveltejs/kit';
import { WebMethodDocument } from '$lib/graphql/generated/graphql.ts';
import { query, unavailable } from '$lib/server/api.ts';
import { optionalYear, yearChoices } from '$lib/server/statistik.ts';
import type { PageServerLoad } from './$types';

/**
 * ?fran= and ?till= (Swedish, as the library's ?malgrupp= and ?efter=) pick the years of the outcomes
 * (issue 15); either may be left out, and without both the outcomes are of all years.
 */
export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const fromYear = optionalYear(url, 'fran');
  const toYear = optionalYear(url, 'till');
  if (fromYear !== null && toYear !== null && fromYear > toYear) error(400, `Från-året ${fromYear} kommer efter till-året ${toYear}.`);
  const { data, errors } = await query(fetch, WebMethodDocument, { id: params.id, fromYear, toYear });
  if (!data.method) {
    if (unavailable(errors).includes('methods')) error(503, 'Metodbiblioteket svarar inte just nu. Försök igen om en stund.');
    error(404, 'Det finns ingen publicerad metod med den adressen.');
  }
  return { method: data.method, fromYear, toYear, years: yearChoices(), unavailable: unavailable(errors) };
};
