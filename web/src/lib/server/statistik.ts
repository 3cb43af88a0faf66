import { error } from '@sveltejs/kit';
import { WebKeyFigureTrendDocument, WebLanProjectStatisticsDocument, WebStatisticsDocument, type PartyKind } from '../graphql/generated/graphql.ts';
import { comparedWithNation } from '../format.ts';
import { PARTY_KINDS, PARTY_ORDER, TARGET_GROUPS } from '../labels.ts';
import { query, unavailable } from './api.ts';

/** The first year of finansiell samordning: Lag (2003:1210) came into force on 1 January 2004. */
export const FIRST_YEAR = 2004;

/** The year asked for in ?year=, a whole year from 2004 to this one; otherwise a 400 in Swedish. */
export function yearFrom(url: URL, fallback: number): number {
  return optionalYear(url, 'year') ?? fallback;
}

/** The year in ?<param>=, null when absent or empty; a 400 in Swedish unless a whole year from 2004 to this one. */
export function optionalYear(url: URL, param: string): number | null {
  const raw = url.searchParams.get(param);
  if (raw === null || raw === '') return null;
  const year = Number(raw);
  const last = new Date().getUTCFullYear();
  if (!/^\d{4}$/.test(raw) || year < FIRST_YEAR || year > last) {
    error(400, `Året ska vara ett årtal från ${FIRST_YEAR} till ${last}, inte ”${raw}”.`);
  }
  return year;
}

/** The years this one back to 2004, newest first: the choices of the pages' year forms. */
export function yearChoices(): number[] {
  const last = new Date().getUTCFullYear();
  return Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => last - i);
}

/** How the page writes a column's figures; the CSV keeps them raw. */
export interface Column {
  key: string;
  label: string;
  format?: 'number' | 'kronor' | 'percent' | 'protected';
  /**
   * What the page says for null (issue 15's key figures): 'suppressed' says "Döljs: för få deltagare" when
   * the row's `suppressed` is true and "uppgift saknas" otherwise; 'missing' always "uppgift saknas".
   * Without it, null is "visas inte". The CSV leaves every null empty.
   */
  nullMeans?: 'suppressed' | 'missing';
}

/** A table of the dashboard: what the page shows and what its CSV holds, from the same rows. */
export interface Table {
  id: string;
  title: string;
  columns: Column[];
  /** Raw figures as the API gives them (null: withheld); the page formats them, the CSV does not. */
  rows: Row[];
}

/** Raw figures by column key; `suppressed` (issue 15) tells the page why a null is null and is no column. */
export type Row = Record<string, string | number | boolean | null>;

/** How many years the key-figure trend of /statistik covers, the chosen one last. */
export const KEY_FIGURE_YEARS = 5;

export async function statistics(fetcher: typeof fetch, year: number) {
  const { data, errors } = await query(fetcher, WebStatisticsDocument, { year, fromYear: FIRST_YEAR });
  const lanCodes = data.coverage?.byLan.map((l) => l.lan) ?? [];
  // One question per län: projectStatistics(year, lan) protects each län's sums on its own (README,
  // small counts). The gateway's response cache answers them after the first visit.
  const perLan = await Promise.all(lanCodes.map(async (lan) => ({ lan, answer: await query(fetcher, WebLanProjectStatisticsDocument, { year, lan: lan.code }) })));
  // The nation's key figures of the last five years (issue 15): each year is one audit of the nation's sums
  // in the projects subgraph, so the range is short rather than since 2004.
  const trendFrom = Math.max(FIRST_YEAR, year - KEY_FIGURE_YEARS + 1);
  const keyFigureTrend = await query(fetcher, WebKeyFigureTrendDocument, { fromYear: trendFrom, toYear: year });
  const allErrors = [...errors, ...perLan.flatMap((p) => p.answer.errors), ...keyFigureTrend.errors];
  return {
    year,
    coverage: data.coverage,
    funding: data.fundingSummary,
    trend: data.fundingTrend?.filter((t) => t.forbundReporting > 0) ?? null,
    projects: data.projectStatistics,
    byLan: perLan.map((p) => ({ lan: p.lan, statistics: p.answer.data.projectStatistics })),
    keyFigures: data.keyFigures,
    keyFigureTrend: keyFigureTrend.data.keyFigureTrend,
    keyFigureTrendFrom: trendFrom,
    unavailable: unavailable(allErrors),
  };
}

export type Statistics = Awaited<ReturnType<typeof statistics>>;

const amountOf = (list: { partyKind: PartyKind; amount: number }[], kind: PartyKind) => list.find((p) => p.partyKind === kind)?.amount ?? 0;

/** Every table of /statistik, in page order; the CSV downloads are these (issue 13). */
export function tables(s: Statistics): Table[] {
  const result: Table[] = [];
  if (s.coverage) {
    result.push({
      id: 'tackning',
      title: `Kommuner i samordningsförbund per län ${s.year}`,
      columns: [
        { key: 'lanCode', label: 'Länskod' },
        { key: 'lan', label: 'Län' },
        { key: 'kommunerTotal', label: 'Kommuner', format: 'number' },
        { key: 'kommunerCovered', label: 'Kommuner i förbund', format: 'number' },
        { key: 'forbundCount', label: 'Förbund', format: 'number' },
      ],
      rows: s.coverage.byLan.map((l) => ({
        lanCode: l.lan.code,
        lan: l.lan.name,
        kommunerTotal: l.kommunerTotal,
        kommunerCovered: l.kommunerCovered,
        forbundCount: l.forbundCount,
      })),
    });
  }
  if (s.funding) {
    result.push({
      id: 'finansiering',
      title: `Medel till förbunden per part ${s.year}`,
      columns: [
        { key: 'party', label: 'Part' },
        { key: 'amount', label: 'Kronor', format: 'kronor' },
        { key: 'share', label: 'Andel', format: 'percent' },
      ],
      rows: PARTY_ORDER.map((kind) => {
        const line = s.funding!.byPartyKind.find((p) => p.partyKind === kind);
        return { party: PARTY_KINDS[kind], amount: line?.amount ?? 0, share: line?.share ?? 0 };
      }),
    });
  }
  if (s.trend) {
    result.push({
      id: 'trend',
      title: `Medel per part och år ${FIRST_YEAR}–${s.year}`,
      columns: [
        { key: 'year', label: 'År' },
        ...PARTY_ORDER.map((kind) => ({ key: kind, label: PARTY_KINDS[kind], format: 'kronor' as const })),
        { key: 'total', label: 'Totalt', format: 'kronor' },
        { key: 'forbundReporting', label: 'Förbund som rapporterat', format: 'number' },
      ],
      rows: s.trend.map((t) => ({
        year: t.year,
        ...Object.fromEntries(PARTY_ORDER.map((kind) => [kind, amountOf(t.byPartyKind, kind)])),
        total: t.total,
        forbundReporting: t.forbundReporting,
      })),
    });
  }
  if (s.funding) {
    result.push({
      id: 'avvikelser',
      title: `Förbund vars andelar avviker från 17 § ${s.year}`,
      columns: [
        { key: 'id', label: 'Förbund (id)' },
        { key: 'name', label: 'Förbund' },
        { key: 'stateShare', label: 'Statens andel', format: 'percent' },
        { key: 'regionShare', label: 'Regionens andel', format: 'percent' },
        { key: 'kommunShare', label: 'Kommunernas andel', format: 'percent' },
        { key: 'deviations', label: 'Avvikelser' },
      ],
      rows: s.funding.nonCompliantForbund.map((f) => ({
        id: f.id,
        name: f.name,
        stateShare: f.funding?.statutoryShares.stateShare ?? null,
        regionShare: f.funding?.statutoryShares.regionShare ?? null,
        kommunShare: f.funding?.statutoryShares.kommunShare ?? null,
        deviations: f.funding?.statutoryShares.deviations.join(' ') ?? '',
      })),
    });
  }
  if (s.projects) {
    result.push({
      id: 'malgrupper',
      title: `Insatser och deltagare per målgrupp ${s.year}`,
      columns: [
        { key: 'targetGroup', label: 'Målgrupp' },
        { key: 'activeProjects', label: 'Pågående insatser', format: 'number' },
        { key: 'participants', label: 'Deltagare', format: 'protected' },
      ],
      rows: s.projects.byTargetGroup.map((g) => ({ targetGroup: TARGET_GROUPS[g.targetGroup], activeProjects: g.activeProjects, participants: g.participants ?? null })),
    });
  }
  if (s.byLan.length > 0) {
    result.push({
      id: 'insatser-lan',
      title: `Insatser och deltagare per län ${s.year}`,
      columns: [
        { key: 'lanCode', label: 'Länskod' },
        { key: 'lan', label: 'Län' },
        { key: 'activeProjects', label: 'Pågående insatser', format: 'number' },
        { key: 'participants', label: 'Deltagare', format: 'protected' },
        { key: 'women', label: 'Kvinnor', format: 'protected' },
        { key: 'men', label: 'Män', format: 'protected' },
      ],
      rows: s.byLan.map(({ lan, statistics }) => ({
        lanCode: lan.code,
        lan: lan.name,
        activeProjects: statistics?.activeProjects ?? null,
        participants: statistics?.participants.total ?? null,
        women: statistics?.participants.women ?? null,
        men: statistics?.participants.men ?? null,
      })),
    });
  }
  if (s.keyFigures) {
    const national = s.keyFigures;
    const row = (lanCode: string, lan: string, k: KeyFigureFields, comparison: string | null): Row => ({ lanCode, lan, ...keyFigureCells(k), comparison });
    result.push({
      id: 'nyckeltal',
      title: `Nyckeltal för riket och per län ${s.year}`,
      columns: [{ key: 'lanCode', label: 'Länskod' }, { key: 'lan', label: 'Län' }, ...KEY_FIGURE_COLUMNS, { key: 'comparison', label: 'Jämfört med riket' }],
      rows: [
        row('SE', 'Hela riket', national, null),
        ...(national.byLan ?? []).map((l) =>
          row(l.lan?.code ?? l.areaCode, l.lan?.name ?? l.areaCode, l, comparedWithNation(l.shareInterval, national.shareToWorkOrStudies)),
        ),
      ],
    });
  }
  if (s.keyFigureTrend) {
    result.push({
      id: 'nyckeltal-trend',
      title: `Nyckeltal för riket per år ${s.keyFigureTrendFrom}–${s.year}`,
      columns: [{ key: 'year', label: 'År' }, ...KEY_FIGURE_COLUMNS],
      rows: s.keyFigureTrend.map((k) => ({ year: k.year, ...keyFigureCells(k) })),
    });
  }
  return result;
}


/** The figures of a key-figure row, as the API names them (KeyFigures and NationalKeyFigures alike); null: withheld. */
export interface KeyFigureFields {
  participants?: number | null;
  fundingTotal?: number | null;
  costPerParticipant?: number | null;
  situationReported?: number | null;
  toWorkOrStudies?: number | null;
  shareToWorkOrStudies?: number | null;
  shareInterval?: { low: number; high: number } | null;
  suppressed?: boolean | null;
}

/** The columns of key figures (issue 15), in every table that shows them: /statistik's and the förbund page's. */
export const KEY_FIGURE_COLUMNS: Column[] = [
  { key: 'participants', label: 'Deltagare', format: 'number', nullMeans: 'suppressed' },
  { key: 'fundingTotal', label: 'Medel', format: 'kronor', nullMeans: 'missing' },
  { key: 'costPerParticipant', label: 'Kostnad per deltagare', format: 'kronor', nullMeans: 'suppressed' },
  { key: 'situationReported', label: 'Rapporterad situation efteråt', format: 'number', nullMeans: 'suppressed' },
  { key: 'toWorkOrStudies', label: 'Till arbete eller studier', format: 'number', nullMeans: 'suppressed' },
  { key: 'share', label: 'Andel till arbete eller studier', format: 'percent', nullMeans: 'suppressed' },
  { key: 'shareLow', label: 'Andel, 95 % intervall från', format: 'percent', nullMeans: 'suppressed' },
  { key: 'shareHigh', label: 'Andel, 95 % intervall till', format: 'percent', nullMeans: 'suppressed' },
];

/** The cells of KEY_FIGURE_COLUMNS, raw, and `suppressed`, which tells the page why a null is null. */
export function keyFigureCells(k: KeyFigureFields): Row {
  return {
    participants: k.participants ?? null,
    fundingTotal: k.fundingTotal ?? null,
    costPerParticipant: k.costPerParticipant ?? null,
    situationReported: k.situationReported ?? null,
    toWorkOrStudies: k.toWorkOrStudies ?? null,
    share: k.shareToWorkOrStudies ?? null,
    shareLow: k.shareInterval?.low ?? null,
    shareHigh: k.shareInterval?.high ?? null,
    suppressed: k.suppressed ?? null,
  };
}

/**
 * The förbund page's key figures of a year as a table (its CSV download, /forbund/<id>/nyckeltal.csv):
 * the same figures as the page's table, with the nation's share and the comparison the page writes.
 */
export function forbundKeyFigureTable(forbund: { id: string; name?: string | null }, year: number, k: KeyFigureFields, nationalShare: number | null | undefined): Table {
  return {
    id: 'nyckeltal',
    title: `Nyckeltal för ${forbund.name ?? forbund.id} ${year}`,
    columns: [
      { key: 'year', label: 'År' },
      ...KEY_FIGURE_COLUMNS,
      { key: 'nationalShare', label: 'Rikets andel till arbete eller studier', format: 'percent', nullMeans: 'missing' },
      { key: 'comparison', label: 'Jämfört med riket' },
    ],
    rows: [{ year, ...keyFigureCells(k), nationalShare: nationalShare ?? null, comparison: comparedWithNation(k.shareInterval, nationalShare) }],
  };
}
