import { currentYear, fail, type EvidenceLevel, type TargetGroup } from '@finsam/core';

/**
 * Validation of method writes, as pure functions so that tests reach them without a database. The store
 * calls them before every write transaction; each failure names the input field.
 */

export interface ReferenceInput {
  title: string;
  url?: string | null;
  publisher?: string | null;
  year?: number | null;
}

/** Every field a method can be written with; all optional in an update. */
export interface MethodFields {
  name?: string | null;
  aliases?: readonly string[] | null;
  summary?: string | null;
  description?: string | null;
  targetGroups?: readonly TargetGroup[] | null;
  evidenceLevel?: EvidenceLevel | null;
  developedFrom?: number | null;
  developedTo?: number | null;
  originForbundId?: string | null;
  references?: readonly ReferenceInput[] | null;
  tags?: readonly string[] | null;
  lastReviewedOn?: Date | null;
  source?: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Financial coordination began with trials in the 1990s, before Lag (2003:1210): no method in the hub is older. */
export const EARLIEST_YEAR = 1990;

export function assertMethodId(id: string, field = 'id'): void {
  if (!SLUG.test(id)) {
    throw fail.badInput(`"${id}" is not a valid method id: use lower-case ASCII words joined by hyphens, e.g. "pa-ratt-vag".`, field);
  }
}

export function assertForbundId(id: string, field: string): void {
  if (!SLUG.test(id)) throw fail.badInput(`"${id}" is not a förbund id (a slug such as "halmstad").`, field);
}

function latestYear(now: Date): number {
  return currentYear(now) + 1;
}

function assertYear(year: number, field: string, now: Date): void {
  if (!Number.isInteger(year) || year < EARLIEST_YEAR || year > latestYear(now)) {
    throw fail.badInput(`${field} must be a year from ${EARLIEST_YEAR} to ${latestYear(now)}; got ${year}.`, field);
  }
}

/** An http(s) URL, returned as the URL parser writes it ("HTTP://Example.org" → "http://example.org/"). */
export function assertHttpUrl(url: string, field: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw fail.badInput(`"${url}" is not a URL.`, field);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw fail.badInput(`"${url}" must be an http or https URL.`, field);
  }
  return parsed.href;
}

/**
 * Text as stored and searched: NFC, so that "å" typed as a + combining ring (as macOS may paste it) is
 * the same letter as a precomposed "å" for search, uniqueness and sorting.
 */
const clean = (value: string) => value.normalize('NFC').trim();

const trimmed = (list: readonly string[]) => [...new Set(list.map(clean).filter(Boolean))];

function nonEmpty(value: string, field: string): string {
  const text = clean(value);
  if (!text) throw fail.badInput(`${field} must not be empty.`, field);
  return text;
}

/**
 * Checks the fields given and returns them cleaned (trimmed, de-duplicated). `existing` holds the
 * stored years, so an update of one end of the period is checked against the other.
 */
export function validateMethodFields(input: MethodFields, existing: { developedFrom: number | null; developedTo: number | null } | null, now = new Date()) {
  const out: MethodFields = {};
  if (input.name != null) out.name = nonEmpty(input.name, 'name');
  if (input.summary != null) out.summary = nonEmpty(input.summary, 'summary');
  if (input.description != null) out.description = nonEmpty(input.description, 'description');
  if (input.source != null) out.source = nonEmpty(input.source, 'source');
  if (input.aliases != null) out.aliases = trimmed(input.aliases);
  if (input.tags != null) out.tags = trimmed(input.tags);
  if (input.targetGroups != null) {
    if (input.targetGroups.length === 0) throw fail.badInput('Give at least one target group.', 'targetGroups');
    out.targetGroups = [...new Set(input.targetGroups)];
  }
  if (input.evidenceLevel != null) out.evidenceLevel = input.evidenceLevel;
  if (input.developedFrom !== undefined) {
    if (input.developedFrom !== null) assertYear(input.developedFrom, 'developedFrom', now);
    out.developedFrom = input.developedFrom;
  }
  if (input.developedTo !== undefined) {
    if (input.developedTo !== null) assertYear(input.developedTo, 'developedTo', now);
    out.developedTo = input.developedTo;
  }
  const from = out.developedFrom !== undefined ? out.developedFrom : (existing?.developedFrom ?? null);
  const to = out.developedTo !== undefined ? out.developedTo : (existing?.developedTo ?? null);
  if (from != null && to != null && to < from) {
    throw fail.badInput(`developedTo (${to}) cannot come before developedFrom (${from}).`, 'developedTo');
  }
  if (input.originForbundId !== undefined) {
    if (input.originForbundId !== null) assertForbundId(input.originForbundId, 'originForbundId');
    out.originForbundId = input.originForbundId;
  }
  if (input.lastReviewedOn !== undefined) {
    if (input.lastReviewedOn && input.lastReviewedOn > now) throw fail.badInput('lastReviewedOn cannot be in the future.', 'lastReviewedOn');
    out.lastReviewedOn = input.lastReviewedOn;
  }
  if (input.references != null) {
    out.references = input.references.map((ref, i) => {
      const title = nonEmpty(ref.title, `references[${i}].title`);
      const given = ref.url?.trim();
      const url = given ? assertHttpUrl(given, `references[${i}].url`) : null;
      if (ref.year != null) {
        if (!Number.isInteger(ref.year) || ref.year < 1900 || ref.year > latestYear(now)) {
          throw fail.badInput(`references[${i}].year must be a year from 1900 to ${latestYear(now)}.`, `references[${i}].year`);
        }
      }
      return { title, url, publisher: ref.publisher ? clean(ref.publisher) || null : null, year: ref.year ?? null };
    });
  }
  return out;
}

const REQUIRED_FOR_NEW = ['name', 'summary', 'description', 'targetGroups', 'evidenceLevel', 'source'] as const;
type Complete = MethodFields & { [K in (typeof REQUIRED_FOR_NEW)[number]]: NonNullable<MethodFields[K]> };

/** A new method needs these; an update may leave them out. */
export function assertComplete(fields: MethodFields): Complete {
  for (const field of REQUIRED_FOR_NEW) {
    if (fields[field] == null) throw fail.badInput(`${field} is required for a new method.`, field);
  }
  return fields as Complete;
}
