import type { GraphQLFailure } from './api.ts';

/**
 * The API's refusals as the form shows them: beside the field they name (BAD_USER_INPUT with
 * `extensions.field`), or above the form (RULE_VIOLATION, CONFLICT, anything else). The API's
 * messages are in English; the page says in Swedish what kind of refusal it is and quotes it.
 */
export function fieldErrors(errors: GraphQLFailure[]): { fields: Record<string, string>; form: string[] } {
  const fields: Record<string, string> = {};
  const form: string[] = [];
  for (const e of errors) {
    const code = e.extensions?.code;
    const field = e.extensions?.field?.split('.').at(-1);
    if (code === 'BAD_USER_INPUT' && field) fields[field] = `Uppgiften godtogs inte: ${e.message}`;
    else if (code === 'RULE_VIOLATION') form.push(`Uppgifterna bryter mot en regel: ${e.message}`);
    else if (code === 'FORBIDDEN') form.push('Du får inte ändra den här insatsen.');
    else if (code === 'CONFLICT') form.push(`Någon annan har sparat insatsen under tiden: ${e.message}`);
    else form.push(`Det gick inte att spara: ${e.message}`);
  }
  return { fields, form };
}
