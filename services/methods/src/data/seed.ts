import { SOURCES } from '@finsam/core';
import { db } from './db.ts';
import { proposeMethod, type ProposeMethodInput } from './method-store.ts';

/**
 * Demo data: only what the seed documents (shared/seeds/) say, each method citing its document. IPS is
 * the one method not in a seed; it is described only as far as Socialstyrelsen's guideline names it.
 * Years that a document does not give stay null.
 */
const ACTOR = 'seed';

const IPS_GUIDELINE = 'Nationella riktlinjer för psykosociala insatser vid schizofreni eller schizofreniliknande tillstånd';

export const DEMO_METHODS: ProposeMethodInput[] = [
  {
    // Seed 002 (finsam.se, 2017-03-20).
    id: 'pa-ratt-vag',
    name: 'På rätt väg',
    summary:
      'Samverkan mellan Försäkringskassan och kommunens ekonomiska bistånd kring ”nollplacerade”: sjuka som saknar sjukpenninggrundande inkomst.',
    description:
      'Utvecklades i samarbetsprojektet ”På rätt väg” i Halmstad 2012–2014. Projektet skapade enhetliga riktlinjer och förhållningssätt på strukturell nivå och på individnivå, vilket gav bättre förutsättningar att utreda rehabiliteringsbehov och samordna aktiviteter så att individen kom närmare eller kunde återgå till arbetsmarknaden, alternativt fick den ersättning personen var berättigad till. Med hjälp av samordningsförbundet i Halmstad spreds metoden till hela Halland och implementerades i sex kommuner. Den blev grunden för den gemensamma viljeinriktning om nollplacerade som Försäkringskassan, Sveriges Kommuner och Landsting och Arbetsförmedlingen beslutade 2017.',
    // "Grunden för försörjningen har varit ekonomiskt bistånd från kommunen, som vissa uppburit sedan lång tid."
    targetGroups: ['NOLLPLACERADE', 'LONG_TERM_SOCIAL_ASSISTANCE'],
    evidenceLevel: 'DOCUMENTED_EXPERIENCE',
    developedFrom: 2012,
    developedTo: 2014,
    originForbundId: 'halmstad',
    tags: ['nollplacerade', 'ekonomiskt bistånd', 'viljeinriktning', 'Halland'],
    references: [
      {
        title: 'Finsamprojekt bidrog till nationell viljeinriktning',
        publisher: 'Sveriges Kommuner och Landsting / finsam.se',
        year: 2017,
      },
    ],
    source: SOURCES.finsamPaRattVag2017,
  },
  {
    // Seed 000 (debate article, 2007–2008): the project ran November 2007 to October 2008.
    id: 'arbetslivscoacher',
    name: 'Arbetslivscoacher',
    aliases: ['Arbetslivscoach'],
    summary:
      'Arbetslivscoacher ger koncentrerat, individuellt stöd med tät uppföljning till personer som behöver samordnad rehabilitering för att komma närmare arbetsmarknaden.',
    description:
      'Projektet Arbetslivscoacher pågick mellan november 2007 och oktober 2008 i Norra Västmanlands samordningsförbund. Socialförvaltningarna i Fagersta, Norberg och Skinnskatteberg erbjöd individuellt stöd och regelbunden handledning. Arbetslivscoachen har en stödjande roll för ett begränsat antal individer och en samordnande roll gentemot myndigheter och samverkansinsatser, och ansvarar för att processen mot arbetslivet hålls intakt. Prioriterade grupper var ungdomar med särskilda behov, personer utan ersättning från Försäkringskassan med långvarigt försörjningsstöd, socialt handikappade personer som saknar sjukdomsinsikt och personer med dold problematik, till exempel missbruk.',
    targetGroups: ['YOUNG_PEOPLE_SPECIAL_NEEDS', 'LONG_TERM_SOCIAL_ASSISTANCE', 'SUBSTANCE_ABUSE', 'MENTAL_ILL_HEALTH'],
    evidenceLevel: 'DOCUMENTED_EXPERIENCE',
    developedFrom: 2007,
    developedTo: 2008,
    originForbundId: 'norra-vastmanland',
    tags: ['coachning', 'individuellt stöd'],
    // The article's headline; the seed names its author but not where it was published.
    references: [{ title: 'Husmark Pehrsson (m): Rehabinsatserna stärks' }],
    source: SOURCES.husmarkPehrsson2008,
  },
  {
    // Seed 001 (the 2005 inquiry): started "i höst" without a year that can be pinned down, so no years.
    id: 'kbt-socialtjanst-vardcentral',
    name: 'KBT och socialtjänst på vårdcentralen',
    aliases: ['Kognitiv beteendeterapi och socialtjänst på Vårdcentralen'],
    summary:
      'Förebyggande samverkan på vårdcentralen mellan psykiatri, primärvård, socialtjänst och Försäkringskassan, så att besökare med lättare sjukdomssymtom inte hamnar i långa vård- och bidragskedjor.',
    description:
      'Storstadsprojektet Kognitiv beteendeterapi och socialtjänst på Vårdcentralen i Södertälje är ett samverkansprojekt mellan landstingets psykiatri och primärvård, socialtjänsten och Försäkringskassan, förlagt till de fyra vårdcentralerna i Fornhöjden, Geneta, Lina och Hovsjö. Det driver ett förebyggande arbete för att förhindra att besökare med lättare sjukdomssymtom hamnar i långa vård- och bidragskedjor. Enligt utredningen om samordningsförbundet skulle projektet drivas vidare i förbundets regi efter 2005.',
    // Lighter symptoms met with KBT, to prevent long sick leave: the seed's "långa vård- och bidragskedjor".
    targetGroups: ['MENTAL_ILL_HEALTH', 'LONG_TERM_SICK_LEAVE'],
    evidenceLevel: 'DOCUMENTED_EXPERIENCE',
    originForbundId: 'sodertalje-nykvarn',
    tags: ['KBT', 'vårdcentral', 'förebyggande'],
    references: [
      {
        title: 'Förslag till samordningsförbund för rehabiliteringsinsatser i Södertälje och Nykvarn',
        year: 2005,
      },
    ],
    source: SOURCES.sodertaljeProposal2005,
  },
  {
    // Not from a seed: described only as far as the guideline that recommends it.
    id: 'ips',
    name: 'Individual Placement and Support (IPS)',
    aliases: ['IPS', 'Supported employment'],
    summary: 'Supported employment: stöd att få och behålla ett arbete på den öppna arbetsmarknaden, för personer med psykisk ohälsa.',
    description:
      'IPS är en modell för supported employment. Personen söker arbete på den öppna arbetsmarknaden direkt, utan långa förberedande insatser, och får fortsatt stöd av en arbetsspecialist när hen har fått arbete. Socialstyrelsen rekommenderade metoden i sina nationella riktlinjer för psykosociala insatser vid schizofreni eller schizofreniliknande tillstånd (2011).',
    targetGroups: ['MENTAL_ILL_HEALTH', 'LONG_TERM_UNEMPLOYED'],
    evidenceLevel: 'EVIDENCE_BASED',
    tags: ['supported employment', 'arbete'],
    // Published February 2011 (title and year as Socialstyrelsen gave them; its 2018 successor is titled differently).
    references: [{ title: IPS_GUIDELINE, publisher: 'Socialstyrelsen', year: 2011 }],
    source: `Socialstyrelsen: ${IPS_GUIDELINE}, 2011 (not a seed document)`,
  },
];

export async function seed(): Promise<boolean> {
  if ((await db().method.count()) > 0) return false;
  // National entries, published: no förbund proposed them.
  for (const method of DEMO_METHODS) await proposeMethod(null, method, ACTOR, { published: true, checkRegistry: false });
  return true;
}
