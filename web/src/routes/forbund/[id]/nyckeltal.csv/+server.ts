import { error } from '@sveltejs/kit';
import { WebForbundKeyFiguresDocument } from '$lib/graphql/generated/graphql.ts';
import { query, unavailable } from '$lib/server/api.ts';
import { csvDownload } from '$lib/server/csv.ts';
import { forbundKeyFigureTable, yearFrom } from '$lib/server/statistik.ts';
import type { RequestHandler } from './$types';

/** The förbund page's key figures of ?year= (last year without it) as CSV, in csvDownload's two forms (issue 15). */
export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const year = yearFrom(url, new Date().getUTCFullYear() - 1);
  const { data, errors } = await query(fetch, WebForbundKeyFiguresDocument, { id: params.id, year });
  if (!data.forbund) {
    if (unavailable(errors).includes('registry')) error(503, 'Registret svarar inte just nu. Försök igen om en stund.');
    error(404, 'Det finns inget samordningsförbund med den adressen.');
  }
  // A file has no notice to say a part is missing (a subgraph away nulls its fields): refuse a half answer.
  if (!data.forbund.keyFigures || unavailable(errors).length > 0) error(503, 'Nyckeltalen kan inte hämtas just nu. Försök igen om en stund.');
  const table = forbundKeyFigureTable(data.forbund, year, data.forbund.keyFigures, data.keyFigures?.shareToWorkOrStudies);
  return csvDownload(url, table, `nyckeltal-${data.forbund.id}-${year}`);
};
