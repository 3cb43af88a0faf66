import type { GraphQLFailure } from './api.ts';
import type { ContributionInput, FundingYearInput, PartyKind, WebEditorFundingQuery } from '$lib/graphql/generated/graphql.ts';
import { PARTY_ORDER } from '$lib/labels.ts';

/**
 * The funding form of the editor (/redigera/finansiering): one line per party that was a member in the
 * year, as Lag (2003:1210) 17 § divides the money: the state (Försäkringskassan, with Arbetsförmedlingen's
 * part), the region or regions, and each member kommun. The lines are worked out from the registry's
 * members on the server, for the form and again for each post, so that a post cannot name a party
 * that was no member (and the API would refuse it anyway: KOMMUN_NOT_MEMBER).
 */
export interface FundingLine {
  /** The form field of the line's amount. */
  name: string;
  partyKind: PartyKind;
  partyName: string;
  kommunCode: string | null;
}

type Member = NonNullable<WebEditorFundingQuery['forbund']>['members'][number];

/** The state's two lines are always offered: a förbund's members name them, but not always both. */
const STATE_DEFAULTS: Partial<Record<PartyKind, string>> = { FORSAKRINGSKASSAN: 'Försäkringskassan', ARBETSFORMEDLINGEN: 'Arbetsförmedlingen' };

export function fundingLines(members: readonly Member[]): FundingLine[] {
  const seen = new Set<string>();
  const lines: FundingLine[] = [];
  for (const kind of PARTY_ORDER) {
    const ofKind = members.filter((m) => m.party.kind === kind).sort((a, b) => a.party.name.localeCompare(b.party.name, 'sv'));
    for (const { party } of ofKind) {
      if (seen.has(party.id)) continue;
      seen.add(party.id);
      lines.push({ name: `belopp-${party.id}`, partyKind: kind, partyName: party.name, kommunCode: kind === 'KOMMUN' ? (party.kommun?.code ?? null) : null });
    }
    const fallback = STATE_DEFAULTS[kind];
    if (ofKind.length === 0 && fallback) lines.push({ name: `belopp-${kind.toLowerCase()}`, partyKind: kind, partyName: fallback, kommunCode: null });
  }
  return lines;
}

/**
 * Kronor as a person types them: "21 200 000", "21200000", "21 200 000 kr" (spaces, no-break spaces
 * and the narrow no-break space that sv-SE formatting writes are all thousands separators).
 * Empty is no line; anything else is refused with a Swedish message for the field.
 */
export function parseKronor(raw: string): { value: number | null } | { error: string } {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|kronor|:-)$/i, '');
  if (compact === '') return { value: null };
  if (!/^\d+$/.test(compact)) return { error: 'Ange beloppet i hela kronor, till exempel 21 200 000.' };
  const value = Number(compact);
  if (!Number.isSafeInteger(value)) return { error: 'Beloppet är för stort.' };
  return { value };
}

/** "21 200 000" for a form field: sv-SE grouping, with plain spaces so that it is easy to edit. */
export function kronorInput(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 }).format(value).replace(/[\u00a0\u202f]/g, ' ');
}

export interface FundingForm {
  /** What was typed, by field name, kept in the form after every answer. */
  raw: Record<string, string>;
  /** The report for the API, or null when a field could not be read. */
  input: FundingYearInput | null;
  /** The form field of each contribution sent, by its index in `input.contributions`. */
  lineFields: string[];
  fields: Record<string, string>;
  /** What concerns no one field. */
  form: string[];
}

/** Reads the posted form into the API's FundingYearInput, field by field. */
export function readFundingForm(posted: FormData, year: number, lines: readonly FundingLine[]): FundingForm {
  const raw: Record<string, string> = {};
  const fields: Record<string, string> = {};
  const contributions: ContributionInput[] = [];
  const lineFields: string[] = [];
  for (const line of lines) {
    const typed = String(posted.get(line.name) ?? '').trim();
    raw[line.name] = typed;
    const parsed = parseKronor(typed);
    if ('error' in parsed) fields[line.name] = parsed.error;
    else if (parsed.value !== null) {
      contributions.push({ partyKind: line.partyKind, partyName: line.partyName, kommunCode: line.kommunCode, amount: parsed.value });
      lineFields.push(line.name);
    }
  }
  raw.budgetedTotal = String(posted.get('budgetedTotal') ?? '').trim();
  const budget = parseKronor(raw.budgetedTotal);
  if ('error' in budget) fields.budgetedTotal = budget.error;
  raw.source = String(posted.get('source') ?? '').trim();
  const form: string[] = contributions.length === 0 && Object.keys(fields).length === 0 ? ['Ange beloppet för minst en part.'] : [];
  const input: FundingYearInput | null =
    Object.keys(fields).length > 0 || form.length > 0
      ? null
      : { year, budgetedTotal: 'value' in budget ? budget.value : null, contributions, source: raw.source || null };
  return { raw, input, lineFields, fields, form };
}

/** The same report, as a string that changes whenever any of its figures does: what was checked is what is saved. */
export function fingerprint(input: FundingYearInput): string {
  return JSON.stringify([input.year, input.budgetedTotal ?? null, input.source ?? null, input.contributions.map((c) => [c.partyKind, c.kommunCode ?? null, c.amount])]);
}

/**
 * The API's refusals beside the fields they concern: a BAD_USER_INPUT names the field
 * (`contributions[2].amount` is the third line sent), and KOMMUN_NOT_MEMBER names its line in the
 * message. What concerns no one field (CONFLICT, FORBIDDEN, anything else) goes above the form.
 */
export function fundingErrors(errors: GraphQLFailure[], lineFields: readonly string[]): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  const lineOf = (text: string | undefined) => {
    const index = /contributions\[(\d+)\]/.exec(text ?? '')?.[1];
    return index === undefined ? undefined : lineFields[Number(index)];
  };
  for (const e of errors) {
    const code = e.extensions?.code;
    const field = e.extensions?.field;
    if (code === 'BAD_USER_INPUT' && field) {
      const target = lineOf(field) ?? (['year', 'budgetedTotal', 'source'].includes(field) ? field : undefined);
      if (target) fields[target] = `Uppgiften godtogs inte: ${e.message}`;
      else form.push(`Uppgifterna godtogs inte: ${e.message}`);
    } else if (code === 'RULE_VIOLATION') {
      const target = lineOf(e.message);
      const text = `Uppgifterna bryter mot en regel: ${e.message}`;
      if (target) fields[target] = text;
      else form.push(text);
    } else if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') form.push('Du får inte rapportera finansiering för det här förbundet.');
    else if (code === 'CONFLICT') form.push(`Någon annan har sparat finansieringen för året under tiden: ${e.message}`);
    else form.push(`Det gick inte: ${e.message}`);
  }
  return { fields, form };
}
