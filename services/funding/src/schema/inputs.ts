import { textLimit } from '@finsam/core';
import { builder } from '../builder.ts';
import { PartyKindEnum } from './enums.ts';

// The input types exactly as contract/types.graphql fixes them; `source` is the hub's optional addition.

export const ContributionInput = builder.inputType('ContributionInput', {
  description: 'One line of a funding year: what a party pays.',
  fields: (t) => ({
    partyKind: t.field({ type: PartyKindEnum, required: true, description: 'The kind of party paying.' }),
    partyName: t.string({ required: true, description: 'The party as the budget names it, e.g. "Stockholms läns landsting".' }),
    kommunCode: t.string({
      required: false,
      description: 'SCB kommunkod of the one kommun paying, on a KOMMUN line; omitted on a line that stands for all member kommuner together.',
    }),
    amount: t.field({ type: 'Kronor', required: true, description: 'Whole kronor, not negative.' }),
  }),
});

export const AnnualAccountsInput = builder.inputType('AnnualAccountsInput', {
  description: 'Figures of the årsredovisning, due within three months of year end.',
  fields: (t) => ({
    costs: t.field({ type: 'Kronor', required: true, description: 'Costs of the year, not negative.' }),
    result: t.field({ type: 'Kronor', required: true, description: 'Result of the year (årets resultat); may be negative.' }),
    equity: t.field({ type: 'Kronor', required: true, description: 'Eget kapital at year end.' }),
  }),
});

export const FundingYearInput = builder.inputType('FundingYearInput', {
  description: "A förbund's funding for one year. Reporting a year again replaces the earlier report (lines and accounts).",
  fields: (t) => ({
    year: t.int({ required: true, description: 'Calendar year, from 2004 to next year (budgets are decided by 30 November for the next year).' }),
    budgetedTotal: t.field({ type: 'Kronor', required: false, description: 'The total as budgeted, where decided.' }),
    contributions: t.field({ type: [ContributionInput], required: true, description: 'At least one line.' }),
    accounts: t.field({ type: AnnualAccountsInput, required: false, description: 'The årsredovisning, once there is one.' }),
    source: t.string({ required: false, description: 'The document behind the figures, e.g. the budget decision and its date.', extensions: textLimit('reference') }),
  }),
});

export const FundingBasisInput = builder.inputType('FundingBasisInput', {
  description:
    'The saved report a new report was made from, as read. reportFunding refuses with CONFLICT when the saved report is another by the time it writes, so that no editor replaces what another saved in between without seeing it.',
  fields: (t) => ({
    reportedAt: t.string({
      required: false,
      description: 'FundingYear.reportedAt of the report read (FundingCheck.reported gives it); null or omitted when the year had no report.',
    }),
  }),
});
