import { error } from '@sveltejs/kit';
import { csvDownload } from '$lib/server/csv.ts';
import { statistics, tables, yearFrom } from '$lib/server/statistik.ts';
import type { RequestHandler } from './$types';

/** Every table of /statistik as CSV, in the two forms of csvDownload (issue 13). */
export const GET: RequestHandler = async ({ params, url, fetch }) => {
  const year = yearFrom(url, new Date().getUTCFullYear() - 1);
  const figures = await statistics(fetch, year);
  // A file with empty cells where a part of the hub was away would read as figures: refuse instead,
  // as the förbund page's key-figures file does.
  if (figures.unavailable.length > 0) error(503, 'Statistiken kan inte hämtas hel just nu. Försök igen om en stund.');
  const table = tables(figures).find((t) => t.id === params.table);
  if (!table) error(404, `Det finns ingen tabell ”${params.table}” för ${year}.`);
  return csvDownload(url, table, `${table.id}-${year}`);
};
