import { isEnumType, type GraphQLSchema } from 'graphql';
import type { Answer, Execute } from './execute.ts';

/**
 * The open-data datasets of issue 14, each a table made from the hub's own GraphQL operations run as
 * the public (execute.ts). Column names are Swedish ASCII, as the hub's identifiers are (lan, forbund);
 * a withheld or unknown figure is an empty cell in CSV and null in JSON. Rows come in a fixed order
 * (by year, then by the API's own order), so two downloads of unchanged data are byte for byte equal.
 */

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Text {
  sv: string;
  en: string;
}

export interface Column {
  name: string;
  description: Text;
}

export interface Table {
  rows: Row[];
  /** The strictest Cache-Control of the answers the rows were made from. */
  cacheControl: string;
}

export interface DatasetDefinition {
  /** The dataset's slug in every URI: /open-data/<id>.csv, /open-data/datasets/<id>. */
  id: string;
  title: Text;
  description: Text;
  keywords: { sv: string[]; en: string[] };
  /** EU data-theme codes (http://publications.europa.eu/resource/authority/data-theme/<code>). */
  themes: string[];
  /** First day the data covers; it runs to the end of the current year. */
  temporalStart: string;
  /** Whether ?year= narrows the table to one calendar year. */
  yearly: boolean;
  columns: Column[];
  table(execute: Execute, year: number | undefined, schema: GraphQLSchema): Promise<Table>;
}

/** Lag (2003:1210) came into force on 1 January 2004; no förbund, funding or project is older. */
export const FIRST_YEAR = 2004;

/** The years a yearly table covers without ?year=: from the law's first year to the current one. */
export function allYears(now = new Date()): number[] {
  const years: number[] = [];
  for (let year = FIRST_YEAR; year <= now.getUTCFullYear(); year++) years.push(year);
  return years;
}

/** The strictest of several Cache-Control values: the smallest public max-age, else no-store. */
export function strictest(values: readonly string[]): string {
  let maxAge = Number.POSITIVE_INFINITY;
  for (const value of values) {
    const match = /(?:^|,)\s*max-age=(\d+)/.exec(value);
    if (!match || !/\bpublic\b/.test(value) || /\b(no-store|private)\b/.test(value)) return 'no-store';
    maxAge = Math.min(maxAge, Number(match[1]));
  }
  return Number.isFinite(maxAge) && maxAge > 0 ? `max-age=${maxAge}, public` : 'no-store';
}

/** Runs `step` over the items with at most `limit` at a time, keeping their order. */
async function inTurn<I, O>(items: readonly I[], limit: number, step: (item: I) => Promise<O>): Promise<O[]> {
  const out: O[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await step(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Years of a yearly table: the one asked for, or all. Two at a time: a year costs one operation. */
async function byYear(year: number | undefined, step: (year: number) => Promise<Table>): Promise<Table> {
  const tables = await inTurn(year === undefined ? allYears() : [year], 2, step);
  return { rows: tables.flatMap((t) => t.rows), cacheControl: strictest(tables.map((t) => t.cacheControl)) };
}

interface Connection<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/** Every node of a Relay connection, page by page (100 a page, the API's largest). */
async function everyPage<N>(execute: Execute, query: string, variables: Record<string, unknown>, pick: (data: never) => Connection<N> | null): Promise<{ nodes: N[]; answers: Answer<unknown>[] }> {
  const nodes: N[] = [];
  const answers: Answer<unknown>[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: Answer<unknown> = await execute(query, { ...variables, first: 100, after });
    answers.push(answer);
    const page = pick(answer.data as never);
    if (!page) break;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return { nodes, answers };
}

/** A Swedish label for an enum value, from its description in the API schema ("Psykisk ohälsa."). */
function enumLabel(schema: GraphQLSchema, typeName: string, value: string): string {
  const type = schema.getType(typeName);
  const described = isEnumType(type) ? type.getValue(value)?.description : undefined;
  return (described ?? value).replace(/\.$/, '');
}

const col = (name: string, sv: string, en: string): Column => ({ name, description: { sv, en } });

// ---------------------------------------------------------------------------------------------------

const FORBUND_QUERY = /* GraphQL */ `
  query OpenDataForbund($year: Int, $first: Int!, $after: String) {
    forbunds(filter: { activeIn: $year }, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name orgNumber formedOn activeSinceYear dissolvedOn
          mergedInto { id }
          lan { code name }
          members(activeIn: $year) { party { id kind name kommun { code } lan { code } } joinedOn leftOn }
        }
      }
    }
  }
`;

interface ForbundNode {
  id: string;
  name: string | null;
  orgNumber: string | null;
  formedOn: string | null;
  activeSinceYear: number;
  dissolvedOn: string | null;
  mergedInto: { id: string } | null;
  lan: { code: string; name: string } | null;
  members: { party: { id: string; kind: string; name: string; kommun: { code: string } | null; lan: { code: string } | null }; joinedOn: string | null; leftOn: string | null }[];
}

const forbund: DatasetDefinition = {
  id: 'forbund',
  title: { sv: 'Samordningsförbund och deras medlemmar', en: 'Coordination associations (samordningsförbund) and their members' },
  description: {
    sv: 'Registret över samordningsförbund enligt lag (2003:1210) om finansiell samordning av rehabiliteringsinsatser: varje förbund med organisationsnummer, län, bildande och upplösning, och varje medlem (Försäkringskassan, Arbetsförmedlingen, region, kommun) med period för medlemskapet. En rad per medlemskap. Med ?year=ÅÅÅÅ: förbund som var verksamma det året och de medlemskap som gällde då.',
    en: 'The register of coordination associations under the Swedish Act (2003:1210) on financial coordination of rehabilitation: each association with its organisation number, county, formation and dissolution, and each member (Social Insurance Agency, Public Employment Service, region, municipality) with the period of its membership. One row per membership. With ?year=YYYY: associations active that year and the memberships that held then.',
  },
  keywords: { sv: ['finansiell samordning', 'samordningsförbund', 'rehabilitering', 'kommuner'], en: ['financial coordination', 'rehabilitation', 'municipalities'] },
  themes: ['GOVE', 'SOCI'],
  temporalStart: `${FIRST_YEAR}-01-01`,
  yearly: true,
  columns: [
    col('forbund_id', 'Förbundets stabila id', 'Stable id of the association'),
    col('forbund_namn', 'Förbundets namn', 'Name of the association'),
    col('organisationsnummer', 'Organisationsnummer', 'Organisation number'),
    col('lan_kod', 'Länskod (SCB) för förbundets län', 'County code (Statistics Sweden)'),
    col('lan_namn', 'Länets namn', 'County name'),
    col('bildat', 'Dag då förbundet bildades, där den är känd', 'Day of formation, where known'),
    col('verksamt_fran_ar', 'Första året förbundet var verksamt', 'First year active'),
    col('upplost', 'Dag då förbundet upplöstes', 'Day of dissolution'),
    col('uppgick_i', 'Förbund som det uppgick i', 'Association it merged into'),
    col('part_id', 'Medlemmens id', 'Member id'),
    col('part_typ', 'Typ av medlem: FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, REGION eller KOMMUN', 'Kind of member'),
    col('part_namn', 'Medlemmens namn enligt källan', 'Member name as the source gives it'),
    col('kommun_kod', 'Kommunkod (SCB) för en kommun', 'Municipality code of a municipality member'),
    col('region_lan_kod', 'Länskod för en region', 'County code of a region member'),
    col('medlem_fran', 'Första dag som medlem (tom: från start)', 'First day of membership (empty: from the start)'),
    col('medlem_till', 'Sista dag som medlem (tom: fortfarande medlem)', 'Last day of membership (empty: still a member)'),
  ],
  async table(execute, year) {
    const { nodes, answers } = await everyPage<ForbundNode>(execute, FORBUND_QUERY, { year: year ?? null }, (d: { forbunds: Connection<ForbundNode> | null }) => d.forbunds);
    const rows: Row[] = [];
    for (const f of nodes) {
      const base: Row = {
        forbund_id: f.id,
        forbund_namn: f.name,
        organisationsnummer: f.orgNumber,
        lan_kod: f.lan?.code ?? null,
        lan_namn: f.lan?.name ?? null,
        bildat: f.formedOn,
        verksamt_fran_ar: f.activeSinceYear,
        upplost: f.dissolvedOn,
        uppgick_i: f.mergedInto?.id ?? null,
      };
      for (const m of f.members) {
        rows.push({
          ...base,
          part_id: m.party.id,
          part_typ: m.party.kind,
          part_namn: m.party.name,
          kommun_kod: m.party.kommun?.code ?? null,
          region_lan_kod: m.party.kind === 'REGION' ? (m.party.lan?.code ?? null) : null,
          medlem_fran: m.joinedOn,
          medlem_till: m.leftOn,
        });
      }
    }
    return { rows, cacheControl: strictest(answers.map((a) => a.cacheControl)) };
  },
};

// ---------------------------------------------------------------------------------------------------

const TACKNING_QUERY = /* GraphQL */ `
  query OpenDataTackning($year: Int!) {
    coverage(year: $year) {
      year forbundCount kommunerTotal kommunerCovered
      byLan { lan { code name } kommunerTotal kommunerCovered forbundCount }
    }
  }
`;

interface CoverageData {
  coverage: {
    year: number;
    forbundCount: number;
    kommunerTotal: number;
    kommunerCovered: number;
    byLan: { lan: { code: string; name: string }; kommunerTotal: number; kommunerCovered: number; forbundCount: number }[];
  } | null;
}

/** SCB's code and name for the whole country in its regional tables. */
export const RIKET = { code: '00', name: 'Riket' } as const;

const tackning: DatasetDefinition = {
  id: 'tackning',
  title: { sv: 'Finansiell samordnings täckning av kommuner per år och län', en: 'Coverage of municipalities by financial coordination, by year and county' },
  description: {
    sv: 'Hur många kommuner som var medlemmar i ett verksamt samordningsförbund under året, och hur många förbund som var verksamma, för hela riket (länskod 00) och per län. En rad per år och område.',
    en: 'How many municipalities were members of an active coordination association during the year, and how many associations were active, for the whole country (county code 00) and per county. One row per year and area.',
  },
  keywords: { sv: ['finansiell samordning', 'täckning', 'kommuner', 'län'], en: ['financial coordination', 'coverage', 'municipalities', 'counties'] },
  themes: ['GOVE', 'SOCI', 'REGI'],
  temporalStart: `${FIRST_YEAR}-01-01`,
  yearly: true,
  columns: [
    col('ar', 'Kalenderår', 'Calendar year'),
    col('lan_kod', 'Länskod (SCB); 00 för riket', 'County code; 00 for the whole country'),
    col('lan_namn', 'Länets namn', 'County name'),
    col('kommuner_totalt', 'Antal kommuner', 'Number of municipalities'),
    col('kommuner_tackta', 'Kommuner som var medlemmar i ett verksamt förbund under året', 'Municipalities that were members of an active association during the year'),
    col('forbund_antal', 'Förbund verksamma under året', 'Associations active during the year'),
  ],
  async table(execute, year) {
    return byYear(year, async (y) => {
      const answer = await execute<CoverageData>(TACKNING_QUERY, { year: y });
      const c = answer.data.coverage;
      if (!c) return { rows: [], cacheControl: answer.cacheControl };
      const rows: Row[] = [
        { ar: c.year, lan_kod: RIKET.code, lan_namn: RIKET.name, kommuner_totalt: c.kommunerTotal, kommuner_tackta: c.kommunerCovered, forbund_antal: c.forbundCount },
        ...c.byLan.map((l) => ({ ar: c.year, lan_kod: l.lan.code, lan_namn: l.lan.name, kommuner_totalt: l.kommunerTotal, kommuner_tackta: l.kommunerCovered, forbund_antal: l.forbundCount })),
      ];
      return { rows, cacheControl: answer.cacheControl };
    });
  },
};

// ---------------------------------------------------------------------------------------------------

const FINANSIERING_QUERY = /* GraphQL */ `
  query OpenDataFinansiering($fromYear: Int!, $toYear: Int!, $first: Int!, $after: String) {
    forbunds(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name
          fundingHistory(fromYear: $fromYear, toYear: $toYear) {
            year total budgetedTotal
            contributions { partyKind partyName kommun { code } amount }
            statutoryShares { compliant stateShare regionShare kommunShare deviations }
          }
        }
      }
    }
  }
`;

interface FundingNode {
  id: string;
  name: string | null;
  fundingHistory:
    | {
        year: number;
        total: number;
        budgetedTotal: number | null;
        contributions: { partyKind: string; partyName: string; kommun: { code: string } | null; amount: number }[];
        statutoryShares: { compliant: boolean; stateShare: number; regionShare: number; kommunShare: number; deviations: string[] };
      }[]
    | null;
}

const finansiering: DatasetDefinition = {
  id: 'finansiering',
  title: { sv: 'Samordningsförbundens finansiering per år och part, med kontroll mot 17 §', en: 'Funding of the coordination associations by year and party, checked against section 17' },
  description: {
    sv: 'Varje förbunds rapporterade medel per år och part (Försäkringskassan, Arbetsförmedlingen, region, kommun) i hela kronor, med förbundets totalsumma, budgeterad summa och fördelningen kontrollerad mot 17 § lag (2003:1210): staten hälften, regionerna en fjärdedel och kommunerna en fjärdedel, inom 0,5 procentenheter. En rad per bidragsrad.',
    en: "Each association's reported contributions per year and party (Social Insurance Agency, Public Employment Service, region, municipality) in whole Swedish kronor, with the association's total, its budgeted total and the shares checked against section 17 of the Act (2003:1210): the state half, the regions a quarter and the municipalities a quarter, within 0.5 percentage points. One row per contribution line.",
  },
  keywords: { sv: ['finansiell samordning', 'finansiering', 'budget', '17 §'], en: ['financial coordination', 'funding', 'budget'] },
  themes: ['ECON', 'GOVE'],
  temporalStart: `${FIRST_YEAR}-01-01`,
  yearly: true,
  columns: [
    col('ar', 'Kalenderår', 'Calendar year'),
    col('forbund_id', 'Förbundets stabila id', 'Stable id of the association'),
    col('forbund_namn', 'Förbundets namn', 'Name of the association'),
    col('part_typ', 'Typ av part: FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, REGION eller KOMMUN', 'Kind of party'),
    col('part_namn', 'Parten som budgeten namnger den', 'The party as the budget names it'),
    col('kommun_kod', 'Kommunkod för en rad som gäller en kommun; tom för alla medlemskommuner tillsammans', 'Municipality code of a line for one municipality'),
    col('belopp_kr', 'Belopp i hela kronor', 'Amount in whole kronor'),
    col('forbund_totalt_kr', 'Förbundets summa för året', "The association's total for the year"),
    col('budgeterat_totalt_kr', 'Budgeterad summa, där den är angiven', 'Budgeted total, where given'),
    col('statens_andel', 'Försäkringskassans och Arbetsförmedlingens andel (bör vara 0,5)', 'State share (should be 0.5)'),
    col('regionernas_andel', 'Regionernas andel (bör vara 0,25)', 'Regions share (should be 0.25)'),
    col('kommunernas_andel', 'Kommunernas andel (bör vara 0,25)', 'Municipalities share (should be 0.25)'),
    col('uppfyller_17_paragraf', 'Sant när fördelningen följer 17 § och raderna summerar till budgeten', 'True when the shares follow section 17 and the lines add up to the budget'),
    col('avvikelser', 'Avvikelserna, en mening var, åtskilda av " | "', 'The deviations, one sentence each, separated by " | "'),
  ],
  async table(execute, year) {
    const fromYear = year ?? FIRST_YEAR;
    const toYear = year ?? allYears().at(-1)!;
    const { nodes, answers } = await everyPage<FundingNode>(execute, FINANSIERING_QUERY, { fromYear, toYear }, (d: { forbunds: Connection<FundingNode> | null }) => d.forbunds);
    const rows: Row[] = [];
    for (const f of nodes) {
      for (const y of f.fundingHistory ?? []) {
        const s = y.statutoryShares;
        for (const c of y.contributions) {
          rows.push({
            ar: y.year,
            forbund_id: f.id,
            forbund_namn: f.name,
            part_typ: c.partyKind,
            part_namn: c.partyName,
            kommun_kod: c.kommun?.code ?? null,
            belopp_kr: c.amount,
            forbund_totalt_kr: y.total,
            budgeterat_totalt_kr: y.budgetedTotal,
            statens_andel: s.stateShare,
            regionernas_andel: s.regionShare,
            kommunernas_andel: s.kommunShare,
            uppfyller_17_paragraf: s.compliant,
            avvikelser: s.deviations.join(' | '),
          });
        }
      }
    }
    // By year, then förbund in the API's order (by id), then the lines as the API orders them.
    rows.sort((a, b) => (a.ar as number) - (b.ar as number));
    return { rows, cacheControl: strictest(answers.map((a) => a.cacheControl)) };
  },
};

// ---------------------------------------------------------------------------------------------------

const LANS_QUERY = /* GraphQL */ `
  query OpenDataLans {
    lans { code name }
  }
`;

const STATISTICS_FIELDS = 'year activeProjects projectsReporting participants { total women men suppressed } byTargetGroup { targetGroup activeProjects participants }';

/**
 * The national answer and each län's in one operation, as aliases (riket, lan01, ...): 22 fields, within
 * the gateway's 30 aliases. Each is its own projectStatistics field, suppressed as that field alone is
 * when a client asks for it.
 */
function statisticsQuery(lanCodes: readonly string[]): string {
  const perLan = lanCodes.map((code) => `lan${code}: projectStatistics(year: $year, lan: ${JSON.stringify(code)}) { ${STATISTICS_FIELDS} }`).join('\n    ');
  return `query OpenDataProjektstatistik($year: Int!) {\n    riket: projectStatistics(year: $year) { ${STATISTICS_FIELDS} }\n    ${perLan}\n  }`;
}

interface Statistics {
  year: number;
  activeProjects: number;
  projectsReporting: number;
  participants: { total: number | null; women: number | null; men: number | null; suppressed: boolean };
  byTargetGroup: { targetGroup: string; activeProjects: number; participants: number | null }[];
}

const projektstatistik: DatasetDefinition = {
  id: 'projektstatistik',
  title: { sv: 'Insatser och deltagare per år, län och målgrupp', en: 'Projects and participants by year, county and target group' },
  description: {
    sv: 'Publicerade insatser som var aktiva under året och deras deltagare (totalt, kvinnor, män), för hela riket (länskod 00) och per län, totalt och per målgrupp, som i den nationella uppföljningen av finansiell samordning. Små tal undertrycks precis som i API:et för allmänheten: ett antal under 5, och varje summa som tillsammans med andra skulle avslöja ett sådant, lämnas tomt och raden markeras som undertryckt.',
    en: 'Published projects active during the year and their participants (total, women, men), for the whole country (county code 00) and per county, in total and per target group, as in the national follow-up of financial coordination. Small counts are suppressed exactly as the API suppresses them for the public: a count below 5, and any sum that together with others would reveal one, is left empty and the row marked as suppressed.',
  },
  keywords: { sv: ['finansiell samordning', 'insatser', 'deltagare', 'målgrupper', 'statistik'], en: ['financial coordination', 'projects', 'participants', 'target groups', 'statistics'] },
  themes: ['SOCI', 'HEAL'],
  temporalStart: `${FIRST_YEAR}-01-01`,
  yearly: true,
  columns: [
    col('ar', 'Kalenderår', 'Calendar year'),
    col('lan_kod', 'Länskod (SCB); 00 för riket', 'County code; 00 for the whole country'),
    col('lan_namn', 'Länets namn', 'County name'),
    col('malgrupp', 'Målgrupp (kod); tom på radens totalsumma', 'Target group (code); empty on the total row'),
    col('malgrupp_namn', 'Målgruppens namn', 'Target group name'),
    col('aktiva_insatser', 'Publicerade insatser aktiva under året', 'Published projects active during the year'),
    col('insatser_som_rapporterat', 'Insatser som rapporterat deltagare för året (totalraden)', 'Projects that reported participants (total row)'),
    col('deltagare', 'Deltagare under året; tom när undertryckt', 'Participants; empty when suppressed'),
    col('kvinnor', 'Kvinnor bland deltagarna; tom när undertryckt', 'Women among them; empty when suppressed'),
    col('man', 'Män bland deltagarna; tom när undertryckt', 'Men among them; empty when suppressed'),
    col('undertryckt', 'Sant när någon siffra på raden är undertryckt', 'True when a figure of the row is suppressed'),
  ],
  async table(execute, year, schema) {
    const lans = await execute<{ lans: { code: string; name: string }[] | null }>(LANS_QUERY);
    const areas = [RIKET, ...(lans.data.lans ?? [])];
    const query = statisticsQuery((lans.data.lans ?? []).map((l) => l.code));
    const table = await byYear(year, async (y) => {
      const answer = await execute<Record<string, Statistics | null>>(query, { year: y });
      const rows: Row[] = [];
      for (const area of areas) {
        const s = answer.data[area.code === RIKET.code ? 'riket' : `lan${area.code}`];
        if (!s) continue;
        rows.push({
          ar: s.year,
          lan_kod: area.code,
          lan_namn: area.name,
          malgrupp: null,
          malgrupp_namn: null,
          aktiva_insatser: s.activeProjects,
          insatser_som_rapporterat: s.projectsReporting,
          deltagare: s.participants.total,
          kvinnor: s.participants.women,
          man: s.participants.men,
          undertryckt: s.participants.suppressed,
        });
        for (const g of s.byTargetGroup) {
          rows.push({
            ar: s.year,
            lan_kod: area.code,
            lan_namn: area.name,
            malgrupp: g.targetGroup,
            malgrupp_namn: enumLabel(schema, 'TargetGroup', g.targetGroup),
            aktiva_insatser: g.activeProjects,
            insatser_som_rapporterat: null,
            deltagare: g.participants,
            kvinnor: null,
            man: null,
            undertryckt: g.participants === null,
          });
        }
      }
      return { rows, cacheControl: answer.cacheControl };
    });
    return { rows: table.rows, cacheControl: strictest([lans.cacheControl, table.cacheControl]) };
  },
};

// ---------------------------------------------------------------------------------------------------

const METODER_QUERY = /* GraphQL */ `
  query OpenDataMetoder($first: Int!, $after: String) {
    methods(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id name aliases summary description targetGroups evidenceLevel developedFrom developedTo
          originForbund { id }
          tags lastReviewedOn source
          usedBy { id }
        }
      }
    }
  }
`;

interface MethodNode {
  id: string;
  name: string | null;
  aliases: string[];
  summary: string;
  description: string;
  targetGroups: string[];
  evidenceLevel: string;
  developedFrom: number | null;
  developedTo: number | null;
  originForbund: { id: string } | null;
  tags: string[];
  lastReviewedOn: string | null;
  source: string;
  usedBy: { id: string }[] | null;
}

const metoder: DatasetDefinition = {
  id: 'metoder',
  title: { sv: 'Metodbiblioteket för finansiell samordning', en: 'The method library of financial coordination' },
  description: {
    sv: 'Publicerade metoder som har spridits mellan samordningsförbund (till exempel "På rätt väg"): namn, sammanfattning, beskrivning, målgrupper, evidensnivå, utvecklingsår, ursprungsförbund och de förbund vars publicerade insatser använder metoden. En rad per metod.',
    en: 'Published methods that have spread between coordination associations (for example "På rätt väg"): name, summary, description, target groups, level of evidence, years of development, the association of origin and the associations whose published projects use the method. One row per method.',
  },
  keywords: { sv: ['finansiell samordning', 'metoder', 'rehabilitering', 'evidens'], en: ['financial coordination', 'methods', 'rehabilitation', 'evidence'] },
  themes: ['SOCI', 'HEAL'],
  temporalStart: '1990-01-01',
  yearly: false,
  columns: [
    col('metod_id', 'Metodens stabila id', 'Stable id of the method'),
    col('namn', 'Metodens namn', 'Name'),
    col('andra_namn', 'Andra namn, åtskilda av "; "', 'Other names, separated by "; "'),
    col('sammanfattning', 'En eller två meningar om metoden', 'One or two sentences about the method'),
    col('beskrivning', 'Syfte, innehåll och historia', 'Purpose, content and history'),
    col('malgrupper', 'Målgrupper (koder), åtskilda av "; "', 'Target groups (codes), separated by "; "'),
    col('evidensniva', 'Evidensnivå (kod)', 'Level of evidence (code)'),
    col('utvecklad_fran_ar', 'Första utvecklingsår', 'First year of development'),
    col('utvecklad_till_ar', 'Sista utvecklingsår', 'Last year of development'),
    col('ursprungsforbund_id', 'Förbundet där metoden utvecklades', 'Association of origin'),
    col('nyckelord', 'Nyckelord, åtskilda av "; "', 'Keywords, separated by "; "'),
    col('granskad', 'Dag då uppgifterna senast granskades mot källorna', 'Day last reviewed against the sources'),
    col('kalla', 'Källa', 'Source'),
    col('anvands_av', 'Förbund vars publicerade insatser använder metoden, åtskilda av "; "', 'Associations whose published projects use it, separated by "; "'),
  ],
  async table(execute) {
    const { nodes, answers } = await everyPage<MethodNode>(execute, METODER_QUERY, {}, (d: { methods: Connection<MethodNode> | null }) => d.methods);
    const rows: Row[] = nodes.map((m) => ({
      metod_id: m.id,
      namn: m.name,
      andra_namn: m.aliases.join('; '),
      sammanfattning: m.summary,
      beskrivning: m.description,
      malgrupper: m.targetGroups.join('; '),
      evidensniva: m.evidenceLevel,
      utvecklad_fran_ar: m.developedFrom,
      utvecklad_till_ar: m.developedTo,
      ursprungsforbund_id: m.originForbund?.id ?? null,
      nyckelord: m.tags.join('; '),
      granskad: m.lastReviewedOn,
      kalla: m.source,
      anvands_av: (m.usedBy ?? []).map((f) => f.id).join('; '),
    }));
    return { rows, cacheControl: strictest(answers.map((a) => a.cacheControl)) };
  },
};

/** Every dataset of the catalogue, in the order it lists them. */
export const DATASETS: readonly DatasetDefinition[] = [forbund, tackning, finansiering, projektstatistik, metoder];
