import { SOURCES } from '@finsam/core';
import { db } from './db.ts';
import { validateReport, writeFundingYear, type FundingYearInput } from './funding-store.ts';

/**
 * Demo data: only figures the seed documents give, each year citing its document. Seed 001 ("Översiktlig
 * budget") is the only one with money in it: the proposed Södertälje–Nykvarn förbund's costs for 2005
 * and 2006 and each party's part. The kommuner's part is one sum for Södertälje and Nykvarn together
 * (the split between them is their own), so that line names no kommun.
 *
 * The 2006 figures do not add up (10,8 + 5,2 + 5,2 = 21,2 miljoner against a total of 20,8): they are
 * loaded as the document gives them, and the hub shows the deviation instead of correcting it.
 */
const ACTOR = 'seed';

const sodertaljeNykvarn = (year: number, total: number, fk: number, landsting: number, kommuner: number): FundingYearInput => ({
  year,
  budgetedTotal: BigInt(total),
  source: SOURCES.sodertaljeProposal2005,
  contributions: [
    { partyKind: 'FORSAKRINGSKASSAN', partyName: 'Försäkringskassan i Stockholms län', amount: BigInt(fk) },
    { partyKind: 'REGION', partyName: 'Stockholms läns landsting', amount: BigInt(landsting) },
    { partyKind: 'KOMMUN', partyName: 'Södertälje och Nykvarns kommuner', amount: BigInt(kommuner) },
  ],
});

export const DEMO_FUNDING: { forbundId: string; input: FundingYearInput }[] = [
  { forbundId: 'sodertalje-nykvarn', input: sodertaljeNykvarn(2005, 5_600_000, 2_800_000, 1_400_000, 1_400_000) },
  { forbundId: 'sodertalje-nykvarn', input: sodertaljeNykvarn(2006, 20_800_000, 10_800_000, 5_200_000, 5_200_000) },
];

export async function seed(): Promise<boolean> {
  if ((await db().fundingYear.count()) > 0) return false;
  // The registry is not asked here: seeding runs before any subgraph serves, and these lines name no kommun.
  for (const { forbundId, input } of DEMO_FUNDING) await writeFundingYear(forbundId, validateReport(input), ACTOR);
  return true;
}
