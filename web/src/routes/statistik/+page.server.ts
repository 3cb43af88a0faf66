import { PARTY_KINDS, PARTY_ORDER, TARGET_GROUPS } from '$lib/labels.ts';
import { countBars, lines, shareBars } from '$lib/server/charts.ts';
import { statistics, tables, yearChoices, yearFrom } from '$lib/server/statistik.ts';
import type { PageServerLoad } from './$types';

/** Without ?year=, last year: the latest year whose reports are likely in (issue 13 links a view by its year). */
export const load: PageServerLoad = async ({ url, fetch }) => {
  const lastYear = new Date().getUTCFullYear();
  const year = yearFrom(url, lastYear - 1);
  const s = await statistics(fetch, year);
  const parties = PARTY_ORDER.map((kind) => PARTY_KINDS[kind]);
  const charts = {
    coverage: s.coverage
      ? shareBars(
          s.coverage.byLan.map((l) => ({ label: l.lan.name, share: l.kommunerTotal === 0 ? 0 : l.kommunerCovered / l.kommunerTotal })),
          `Andel av länets kommuner som är med i ett samordningsförbund ${year}, per län. Siffrorna finns i tabellen nedanför.`,
        )
      : null,
    trend:
      s.trend && s.trend.length > 0
        ? lines(
            s.trend.flatMap((t) => PARTY_ORDER.map((kind) => ({ year: t.year, party: PARTY_KINDS[kind], amount: t.byPartyKind.find((p) => p.partyKind === kind)?.amount ?? 0 }))),
            parties,
            `Medel till samordningsförbunden per part och år, ${s.trend[0]!.year}–${s.trend.at(-1)!.year}. Siffrorna finns i tabellen nedanför.`,
          )
        : null,
    targetGroups:
      s.projects && s.projects.byTargetGroup.length > 0
        ? countBars(
            s.projects.byTargetGroup.map((g) => ({ label: TARGET_GROUPS[g.targetGroup], value: g.activeProjects })),
            `Pågående insatser per målgrupp ${year}. Siffrorna finns i tabellen nedanför.`,
          )
        : null,
  };
  const years = yearChoices();
  return { year, years, statistics: s, tables: Object.fromEntries(tables(s).map((t) => [t.id, t])), charts };
};
