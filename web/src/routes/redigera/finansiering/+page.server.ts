import { error, fail } from '@sveltejs/kit';
import { WebEditorFundingDocument, WebFundingCheckDocument, WebReportFundingDocument } from '$lib/graphql/generated/graphql.ts';
import { mutate, query } from '$lib/server/api.ts';
import { fingerprint, fundingErrors, fundingLines, kronorInput, readFundingForm } from '$lib/server/funding.ts';
import { signedInEditor, type Editor } from '$lib/server/session.ts';
import { FIRST_YEAR } from '$lib/server/statistik.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * The year's funding (issue 13, deliverable 3: "report the year's funding, with the 17 § check shown
 * before saving"). Two steps, both plain form posts so that they work without JavaScript: "Kontrollera"
 * asks the API's fundingCheck (reportFunding's own validation and 17 § check, nothing written) and shows
 * the answer; only then is there a "Spara", whose post carries the fingerprint of what was checked.
 * Figures changed after the check are checked again instead of saved.
 */

/** Budgets are decided by 30 November for the next year (as the API allows: 2004 to next year). */
const lastYear = () => new Date().getUTCFullYear() + 1;

function yearOf(raw: string | null): number {
  if (raw === null || raw === '') return new Date().getUTCFullYear();
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < FIRST_YEAR || year > lastYear()) {
    error(400, `Året ska vara ett årtal från ${FIRST_YEAR} till ${lastYear()}, inte ”${raw}”.`);
  }
  return year;
}

/** An editor reports for its own förbund; national_admin names one (?forbund= on the page, a field in the posts). */
function forbundOf(editor: Editor, chosen: string | null): string | null {
  return editor.role === 'forbund_editor' ? (editor.forbund ?? null) : chosen || null;
}

async function loadYear(fetcher: typeof fetch, editor: Editor, forbundId: string, year: number) {
  const { data } = await query(fetcher, WebEditorFundingDocument, { forbundId, year }, editor.token);
  if (!data.forbund) error(404, `Det finns inget förbund med id ”${forbundId}”.`);
  return data.forbund;
}

export const load: PageServerLoad = async ({ cookies, fetch, url }) => {
  const editor = await signedInEditor(cookies);
  const forbundId = forbundOf(editor, url.searchParams.get('forbund'));
  const year = yearOf(url.searchParams.get('year'));
  const years = Array.from({ length: lastYear() - FIRST_YEAR + 1 }, (_, i) => lastYear() - i);
  if (!forbundId) return { forbundId: null, forbund: null, year, years, lines: [], saved: {} as Record<string, string>, unmatched: [] };
  const forbund = await loadYear(fetch, editor, forbundId, year);
  const lines = fundingLines(forbund.members);
  // The saved report in the form's fields, for an editor who corrects a year. A saved line the form has
  // no field for (seed 001 gives all kommuner on one line) is named on the page instead, never dropped unseen.
  const saved: Record<string, string> = {};
  const unmatched: { partyName: string; amount: number }[] = [];
  const report = forbund.funding;
  if (report) {
    const fieldOf = (c: (typeof report.contributions)[number]) =>
      lines.find((line) => {
        if (line.partyKind !== c.partyKind) return false;
        if (line.partyKind === 'KOMMUN') return c.kommun?.code === line.kommunCode;
        return lines.filter((l) => l.partyKind === line.partyKind).length === 1 || c.partyName === line.partyName;
      });
    const sums = new Map<string, number>();
    for (const c of report.contributions) {
      const line = fieldOf(c);
      if (line) sums.set(line.name, (sums.get(line.name) ?? 0) + c.amount);
      else unmatched.push({ partyName: c.partyName, amount: c.amount });
    }
    for (const [name, sum] of sums) saved[name] = kronorInput(sum);
    saved.budgetedTotal = kronorInput(report.budgetedTotal);
    saved.source = report.source ?? '';
  }
  return { forbundId, forbund, year, years, lines, saved, unmatched };
};

type Post = Awaited<ReturnType<typeof readPost>>;

/**
 * The post read against the parties of its year. The year (and national_admin's förbund) are in the
 * action's address (`?year=2018&/kontrollera`), as on the page, so that the page that answers a post
 * shows the same year as the form that was posted.
 */
async function readPost(event: RequestEvent) {
  const editor = await signedInEditor(event.cookies);
  const posted = await event.request.formData();
  const forbundId = forbundOf(editor, event.url.searchParams.get('forbund'));
  if (!forbundId) error(400, 'Välj ett förbund först.');
  const year = yearOf(event.url.searchParams.get('year'));
  const forbund = await loadYear(event.fetch, editor, forbundId, year);
  const read = readFundingForm(posted, year, fundingLines(forbund.members));
  const basis = String(posted.get('basis') ?? '');
  return { editor, forbundId, year, posted, read, basis };
}

/** Asks the API's check; the answer is shown, with a Spara that carries what was checked. */
async function check(event: RequestEvent, { editor, forbundId, read, basis }: Post, notice?: string) {
  if (!read.input) return fail(400, { step: 'kontrollera' as const, raw: read.raw, basis, fields: read.fields, form: read.form });
  const { data, errors } = await mutate(event.fetch, WebFundingCheckDocument, { forbundId, input: read.input }, editor.token);
  if (!data?.fundingCheck) return fail(400, { step: 'kontrollera' as const, raw: read.raw, basis, ...fundingErrors(errors, read.lineFields) });
  const checked = data.fundingCheck;
  // Saved by someone else since this editor opened the year: said now, before any Spara.
  const current = checked.reported?.reportedAt ?? '';
  const changed = current !== basis;
  return {
    step: 'kontrollerad' as const,
    raw: read.raw,
    // Said on the page: a Spara after this replaces the report saved in between, knowingly.
    basis: current,
    changed,
    check: checked,
    checked: fingerprint(read.input),
    notice,
    fields: {} as Record<string, string>,
    form: [] as string[],
  };
}

export const actions: Actions = {
  kontrollera: async (event) => check(event, await readPost(event)),
  /**
   * Saves what was checked, with the saved report it was made from (basis): the API answers CONFLICT
   * when another editor saved the year in between. The page then shows what is saved now and keeps
   * this editor's figures in the form, with the new basis, so that saving them over it is a choice.
   */
  spara: async (event) => {
    const post = await readPost(event);
    const { editor, forbundId, year, posted, read, basis } = post;
    if (!read.input) return fail(400, { step: 'kontrollera' as const, raw: read.raw, basis, fields: read.fields, form: read.form });
    if (fingerprint(read.input) !== String(posted.get('checked') ?? '')) {
      // Figures changed after the check: check them again instead of saving what was not shown.
      return check(event, post, 'Du har ändrat uppgifterna efter kontrollen. Här är kontrollen av de nya uppgifterna; spara igen om de stämmer.');
    }
    const { data, errors } = await mutate(
      event.fetch,
      WebReportFundingDocument,
      { forbundId, input: read.input, basis: { reportedAt: basis || null } },
      editor.token,
    );
    if (data?.reportFunding) return { step: 'sparad' as const, year, total: data.reportFunding.total, raw: read.raw, fields: {}, form: [] as string[] };
    const conflict = errors.find((e) => e.extensions?.code === 'CONFLICT');
    if (conflict) {
      const current = (conflict.extensions as { currentReportedAt?: string | null } | undefined)?.currentReportedAt ?? '';
      return fail(409, { step: 'konflikt' as const, raw: read.raw, basis: current, fields: {}, form: [] as string[] });
    }
    return fail(400, { step: 'kontrollera' as const, raw: read.raw, basis, ...fundingErrors(errors, read.lineFields) });
  },
};
