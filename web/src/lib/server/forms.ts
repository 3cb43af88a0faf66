import type { GraphQLFailure } from './api.ts';

/**
 * The registry's rules (RULE_VIOLATION's `rule`, services/registry/src/data/rules.ts and forbund-store.ts)
 * in Swedish, so that a refusal says what to change and not only that something was wrong.
 */
const RULES: Record<string, string> = {
  FORBUND_COMPOSITION:
    'Ett förbund ska ha Försäkringskassan, Arbetsförmedlingen, en region och minst en kommun som medlemmar (1 § lagen (2003:1210) om finansiell samordning).',
  MEMBERSHIP_PERIODS_OVERLAP: 'Parten är redan medlem i förbundet under den perioden. En part kan bara vara medlem en gång åt gången.',
  NAME_HISTORY_ORDER: 'Det nya namnet måste börja gälla efter den dag då det nuvarande namnet började gälla.',
  FORBUND_DISSOLVED: 'Förbundet är upplöst och kan inte ändras så.',
};

/**
 * The API's refusals as the form shows them: beside the field they name (BAD_USER_INPUT or CONFLICT
 * with `extensions.field`), beside the field the form gives for a rule or a code in `placed`, or above
 * the form (anything else). The API's messages are in English; the page says in Swedish what kind of
 * refusal it is, with the rule in Swedish where it is known, and quotes the API.
 */
export function fieldErrors(
  errors: GraphQLFailure[],
  /** The form field a RULE_VIOLATION's rule or an error code concerns, e.g. `{ MEMBERSHIP_PERIODS_OVERLAP: 'kommunCode' }`. */
  placed: Record<string, string> = {},
  /** The fields the form shows; a refusal naming another goes above the form, so that none is lost. */
  shown?: readonly string[],
  /** What a BAD_USER_INPUT on a field means, in Swedish, for the rules the form's subgraph keeps on it. */
  explained: Record<string, string> = {},
): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const e of errors) {
    const code = e.extensions?.code ?? '';
    const rule = e.extensions?.rule ?? '';
    const field = e.extensions?.field?.split('.').at(-1) ?? placed[rule] ?? placed[code];
    let text: string;
    if (code === 'BAD_USER_INPUT') text = field && explained[field] ? `Uppgiften godtogs inte: ${explained[field]} (${e.message})` : `Uppgiften godtogs inte: ${e.message}`;
    else if (code === 'RULE_VIOLATION') text = RULES[rule] ? `Uppgifterna bryter mot en regel: ${RULES[rule]} (${e.message})` : `Uppgifterna bryter mot en regel: ${e.message}`;
    else if (code === 'FORBIDDEN') text = 'Du får inte ändra den här insatsen.';
    else if (code === 'CONFLICT' && field) text = `Det finns redan en post med den uppgiften: ${e.message}`;
    else if (code === 'CONFLICT') text = `Någon annan har sparat insatsen under tiden: ${e.message}`;
    else text = `Det gick inte att spara: ${e.message}`;
    if (field && code !== 'FORBIDDEN' && (!shown || shown.includes(field))) fields[field] = text;
    else form.push(text);
  }
  return { fields, form };
}

/**
 * A new entry's id from its name, as the registry and the method library spell ids: lower-case ASCII
 * words joined by hyphens, Swedish letters without their marks ("Södertälje–Nykvarn" → "sodertalje-nykvarn").
 */
export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 100)
    .replace(/^-|-$/g, '');
}
