import { parseIsoDate, SOURCES } from '@finsam/core';
import { db } from './db.ts';
import { addMembership, registerForbund, renameForbund, type PartyInput, type RegisterForbundInput } from './forbund-store.ts';

/**
 * Demo data: only what the seed documents (shared/seeds/) say, each record citing its document. Where a
 * document gives no date, none is invented: formedOn and joinedOn stay null and activeSinceYear holds
 * the first year the document shows the förbund at work.
 */
const ACTOR = 'seed';

const kommun = (code: string, name: string): PartyInput => ({ kind: 'KOMMUN', name, kommunCode: code });
const fk = (name: string): PartyInput => ({ kind: 'FORSAKRINGSKASSAN', name });
const af = (name: string): PartyInput => ({ kind: 'ARBETSFORMEDLINGEN', name });
const region = (name: string, lanCode: string): PartyInput => ({ kind: 'REGION', name, lanCode });

const founders = (...parties: PartyInput[]) => parties.map((party) => ({ party }));

function seats(party: PartyInput, ledamoter: number, ersattare: number) {
  return [
    ...Array.from({ length: ledamoter }, () => ({ party, role: 'LEDAMOT' as const })),
    ...Array.from({ length: ersattare }, () => ({ party, role: 'ERSATTARE' as const })),
  ];
}

const sthlmLandsting = region('Stockholms läns landsting', '01');
const sthlmLan = af('Länsarbetsnämnden i Stockholms län');
const sthlmFk = fk('Försäkringskassan i Stockholms län');
const sodertalje = kommun('0181', 'Södertälje kommun');
const nykvarn = kommun('0140', 'Nykvarns kommun');

export const DEMO_FORBUND: RegisterForbundInput[] = [
  {
    // Seed 000 names the members and shows the förbund running Arbetslivscoacher from November 2007.
    id: 'norra-vastmanland',
    name: 'Norra Västmanlands samordningsförbund',
    activeSinceYear: 2007,
    lanCode: '19',
    source: SOURCES.husmarkPehrsson2008,
    members: founders(
      fk('Försäkringskassan i Västmanland'),
      af('Arbetsförmedlingen i Västmanland'),
      region('Landstinget Västmanland', '19'),
      kommun('1982', 'Fagersta kommun'),
      kommun('1962', 'Norbergs kommun'),
      kommun('1904', 'Skinnskattebergs kommun'),
    ),
  },
  {
    // Seed 001: formed 2005-09-01; board of two ledamöter and two ersättare from each party, one and
    // one from Nykvarn.
    id: 'sodertalje-nykvarn',
    name: 'Samordningsförbundet för rehabilitering i Södertälje och Nykvarn',
    formedOn: parseIsoDate('2005-09-01'),
    lanCode: '01',
    source: SOURCES.sodertaljeProposal2005,
    members: founders(sthlmFk, sthlmLan, sthlmLandsting, sodertalje, nykvarn),
    board: [
      ...seats(sthlmLandsting, 2, 2),
      ...seats(sthlmLan, 2, 2),
      ...seats(sthlmFk, 2, 2),
      ...seats(sodertalje, 2, 2),
      ...seats(nykvarn, 1, 1),
    ],
  },
  // Seed 003: three förbund started in Västerbotten in 2005; renamed from January 2014 as more
  // kommuner joined. The page names only Region Västerbotten, Försäkringskassan, Arbetsförmedlingen
  // and the kommuner behind each name.
  ...(
    [
      ['umearegionen', 'Samordningsförbundet Umeå', kommun('2480', 'Umeå kommun')],
      ['skelleftea-norsjo', 'Samordningsförbundet Skellefteå', kommun('2482', 'Skellefteå kommun')],
      ['sodra-lappland', 'Samordningsförbundet Lycksele', kommun('2481', 'Lycksele kommun')],
    ] as const
  ).map(([id, name, home]) => ({
    id,
    name,
    activeSinceYear: 2005,
    lanCode: '24',
    source: SOURCES.vasterbottenOmSamverkan,
    members: founders(fk('Försäkringskassan'), af('Arbetsförmedlingen'), region('Region Västerbotten', '24'), home),
  })),
  {
    // Seed 002: the förbund in Halmstad financed "På rätt väg" (2012–2014) and spread it in Halland.
    id: 'halmstad',
    name: 'Samordningsförbundet i Halmstad',
    activeSinceYear: 2012,
    lanCode: '13',
    source: SOURCES.finsamPaRattVag2017,
    members: founders(fk('Försäkringskassan'), af('Arbetsförmedlingen'), region('Region Halland', '13'), kommun('1380', 'Halmstads kommun')),
  },
];

const RENAMED_2014 = parseIsoDate('2014-01-01');

export async function seed(): Promise<boolean> {
  if ((await db().forbund.count()) > 0) return false;
  for (const forbund of DEMO_FORBUND) await registerForbund(forbund, ACTOR);
  const source = SOURCES.vasterbottenOmSamverkan;
  await renameForbund({ forbundId: 'umearegionen', name: 'Samordningsförbundet Umeåregionen', validFrom: RENAMED_2014, source }, ACTOR);
  await renameForbund({ forbundId: 'skelleftea-norsjo', name: 'Samordningsförbundet Skellefteå–Norsjö', validFrom: RENAMED_2014, source }, ACTOR);
  await renameForbund({ forbundId: 'sodra-lappland', name: 'Samordningsförbundet Södra Lappland', validFrom: RENAMED_2014, source }, ACTOR);
  // "Skellefteå–Norsjö": the new name says Norsjö joined in January 2014.
  await addMembership({ forbundId: 'skelleftea-norsjo', party: kommun('2417', 'Norsjö kommun'), joinedOn: RENAMED_2014, source }, ACTOR);
  return true;
}
