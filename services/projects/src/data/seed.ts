import { parseIsoDate, SOURCES, type Identity } from '@finsam/core';
import { db } from './db.ts';
import { createProject, type CreateProjectInput, type SeedFields } from './project-store.ts';
import type { RemoteChecks } from './remote.ts';

/**
 * Demo data: only the projects the seed documents (shared/seeds/) name, each citing its document.
 * Periods are as precise as the document is (periodPrecision); where it gives no end, endsOn stays null.
 * No participation figures: no seed gives any, and none are invented.
 */
const SEEDER: Identity = { role: 'national_admin', subject: 'seed' };

// The seed runs before any subgraph serves (scripts/database.ts), so there is no registry or method
// library to ask; the ids below are the shared demo ids of COMMON.md, which those subgraphs seed.
const TRUSTED: RemoteChecks = { forbundActive: async () => {}, methodsVisible: async () => {} };

type DemoProject = CreateProjectInput & SeedFields & { id: string; source: string };

export const DEMO_PROJECTS: DemoProject[] = [
  {
    // Seed 000: "Mellan november 2007 och oktober 2008 pågår projektet Arbetslivscoacher": the
    // socialförvaltningar of Fagersta, Norberg and Skinnskatteberg give individual support. Its
    // priority groups: "ungdomar som har särskilda behov, personer utan ersättning från Försäkringskassan
    // som har långvarigt försörjningsstöd, socialt handikappade personer som saknar sjukdomsinsikt, samt
    // personer med dold problematik exempelvis missbruk". Only months are given (MONTH). The article names
    // the förbund's four kinds of member, which finance its insatser together.
    id: 'arbetslivscoacher-norra-vastmanland',
    forbundId: 'norra-vastmanland',
    title: 'Arbetslivscoacher',
    summary:
      'Socialförvaltningarna i Fagersta, Norberg och Skinnskatteberg ger koncentrerat individuellt stöd med tät uppföljning och regelbunden handledning åt personer som behöver samordnad rehabilitering för att närma sig arbetsmarknaden; arbetslivscoachen samordnar också gentemot myndigheterna.',
    kind: 'INDIVIDUAL',
    startsOn: parseIsoDate('2007-11-01'),
    endsOn: parseIsoDate('2008-10-31'),
    periodPrecision: 'MONTH',
    targetGroups: ['YOUNG_PEOPLE_SPECIAL_NEEDS', 'LONG_TERM_SOCIAL_ASSISTANCE', 'MENTAL_ILL_HEALTH', 'SUBSTANCE_ABUSE'],
    partyKinds: ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN'],
    methodIds: ['arbetslivscoacher'],
    source: SOURCES.husmarkPehrsson2008,
  },
  {
    // Seed 001: a storstadsprojekt "som har startat i höst" (the autumn before the 2005 proposal, i.e.
    // 2004; no month is given, so YEAR), run by landstingets psykiatri och primärvård, socialtjänsten and
    // försäkringskassan at the four vårdcentraler Fornhöjden, Geneta, Lina and Hovsjö, and to continue "i
    // samordningsförbundets regi efter 2005". No end is given: endsOn stays null and the status is
    // ONGOING, the last thing the document says of it.
    id: 'kbt-vardcentral-sodertalje',
    forbundId: 'sodertalje-nykvarn',
    title: 'Kognitiv beteendeterapi och socialtjänst på Vårdcentralen',
    summary:
      'Förebyggande arbete på de fyra vårdcentralerna i Fornhöjden, Geneta, Lina och Hovsjö, så att besökare med lättare sjukdomssymtom inte hamnar i långa vård- och bidragskedjor.',
    kind: 'INDIVIDUAL',
    startsOn: parseIsoDate('2004-01-01'),
    endsOn: null,
    periodPrecision: 'YEAR',
    targetGroups: ['MENTAL_ILL_HEALTH'],
    partyKinds: ['REGION', 'KOMMUN', 'FORSAKRINGSKASSAN'],
    methodIds: ['kbt-socialtjanst-vardcentral'],
    source: SOURCES.sodertaljeProposal2005,
  },
  {
    // Seed 001: "Ett annat nystartat storstadsprojekt är Slussen till arbete" (2004, as above; YEAR),
    // for "arbetslösa, sjuka och socialbidragsberoende människor" who must otherwise visit several
    // authorities, to continue in the förbund's regi after 2005: no end, ONGOING. The document names no
    // parties for it; the three kinds below are the authorities it says those people must visit
    // (unemployment: Arbetsförmedlingen, sickness: Försäkringskassan, social assistance: kommun).
    id: 'slussen-till-arbete',
    forbundId: 'sodertalje-nykvarn',
    title: 'Slussen till arbete',
    summary:
      'Samlar den kompetens och de åtgärder som arbetssökande behöver, så att arbetslösa, sjuka och socialbidragsberoende inte måste gå runt mellan myndigheterna och snabbare kommer ut i arbete.',
    kind: 'INDIVIDUAL',
    startsOn: parseIsoDate('2004-01-01'),
    endsOn: null,
    periodPrecision: 'YEAR',
    targetGroups: ['LONG_TERM_UNEMPLOYED', 'LONG_TERM_SOCIAL_ASSISTANCE'],
    partyKinds: ['ARBETSFORMEDLINGEN', 'FORSAKRINGSKASSAN', 'KOMMUN'],
    methodIds: [],
    source: SOURCES.sodertaljeProposal2005,
  },
  {
    // Seed 002: the samarbetsprojekt "På rätt väg" "pågick mellan 2012 och 2014" (YEAR) between
    // Försäkringskassan and the kommun's ekonomiskt bistånd, for the nollplacerade; it set common
    // guidelines "på strukturell nivå och på individnivå" and was then implemented in six kommuner, so it
    // is recorded as STRUCTURAL.
    id: 'pa-ratt-vag-halmstad',
    forbundId: 'halmstad',
    title: 'På rätt väg',
    summary:
      'Samverkan mellan Försäkringskassan och kommunens ekonomiska bistånd kring nollplacerade: enhetliga riktlinjer och förhållningssätt på strukturell nivå och på individnivå.',
    kind: 'STRUCTURAL',
    startsOn: parseIsoDate('2012-01-01'),
    endsOn: parseIsoDate('2014-12-31'),
    periodPrecision: 'YEAR',
    targetGroups: ['NOLLPLACERADE'],
    partyKinds: ['FORSAKRINGSKASSAN', 'KOMMUN'],
    methodIds: ['pa-ratt-vag'],
    outcome:
      'Arbetssättet implementerat i sex kommuner i Halland och helt i Halmstads kommun; grunden för den nationella viljeinriktningen om nollplacerade (Försäkringskassan, SKL, Arbetsförmedlingen, 2017).',
    source: SOURCES.finsamPaRattVag2017,
  },
];

export async function seed(): Promise<boolean> {
  if ((await db().project.count()) > 0) return false;
  for (const { id, source, outcome, status, published, ...input } of DEMO_PROJECTS) {
    await createProject(input, SEEDER, TRUSTED, { id, source, outcome, status, published: published ?? true });
  }
  return true;
}
