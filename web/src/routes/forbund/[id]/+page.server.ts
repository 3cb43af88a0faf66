import { error } from '@sveltejs/kit';
import { WebForbundDocument } from '$lib/graphql/generated/graphql.ts';
import { PARTY_KINDS, PARTY_ORDER } from '$lib/labels.ts';
import { query, unavailable } from '$lib/server/api.ts';
import { stackedBars } from '$lib/server/charts.ts';
import { FIRST_YEAR, yearChoices, yearFrom } from '$lib/server/statistik.ts';
import type { PageServerLoad } from './$types';

/** ?year= picks the year of the key figures (issue 15); without it, last year, as on /statistik. */
export const load: PageServerLoad = async ({ params, url, fetch }) => {
  const toYear = new Date().getUTCFullYear();
  const year = yearFrom(url, toYear - 1);
  const { data, errors } = await query(fetch, WebForbundDocument, { id: params.id, fromYear: FIRST_YEAR, toYear, year });
  if (!data.forbund) {
    if (unavailable(errors).includes('registry')) error(503, 'Registret svarar inte just nu. Försök igen om en stund.');
    error(404, 'Det finns inget samordningsförbund med den adressen.');
  }
  const forbund = data.forbund;
  const funding = [...(forbund.fundingHistory ?? [])].sort((a, b) => a.year - b.year);
  const parties = PARTY_ORDER.map((kind) => PARTY_KINDS[kind]);
  const chart =
    funding.length > 0
      ? stackedBars(
          funding.flatMap((y) => PARTY_ORDER.map((kind) => ({ year: y.year, party: PARTY_KINDS[kind], amount: y.byPartyKind.find((p) => p.partyKind === kind)?.amount ?? 0 }))),
          parties,
          `Medel till ${forbund.name ?? forbund.id} per år och part, ${funding[0]!.year}–${funding.at(-1)!.year}. Siffrorna finns i tabellen nedanför.`,
        )
      : null;
  const years = yearChoices();
  return { forbund, funding, chart, year, years, national: data.keyFigures, unavailable: unavailable(errors) };
};
