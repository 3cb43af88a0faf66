/**
 * A project's form values, as both the server (reading a post) and the page (showing a conflict) need
 * them: plain text and lists, free of anything server-only.
 */

/** What an edit can change: UpdateProjectInput's fields (services/projects/src/schema/project.ts). */
export const EDITABLE = ['title', 'summary', 'startsOn', 'endsOn', 'periodPrecision', 'status', 'targetGroups', 'partyKinds', 'budget', 'methodIds'] as const;
export type Editable = (typeof EDITABLE)[number];

/** The fields' names as the form's labels give them, for a conflict's summary. */
export const FIELD_NAMES: Record<Editable, string> = {
  title: 'Namn',
  summary: 'Kort beskrivning',
  startsOn: 'Startdatum',
  endsOn: 'Slutdatum',
  periodPrecision: 'Hur exakt perioden är känd',
  status: 'Status',
  targetGroups: 'Målgrupper',
  partyKinds: 'Parter som deltar',
  budget: 'Budget',
  methodIds: 'Metoder',
};

/** The form's values as typed: text for the single fields, the chosen values for the checkbox groups. */
export interface ProjectValues {
  title: string;
  summary: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  periodPrecision: string;
  status: string;
  targetGroups: string[];
  partyKinds: string[];
  budget: string;
  methodIds: string[];
}

export const LISTS = ['targetGroups', 'partyKinds', 'methodIds'] as const;
export type ListField = (typeof LISTS)[number];
const isList = (field: string): field is ListField => (LISTS as readonly string[]).includes(field);

const grouped = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** A project as the API answers it (WebEditorProject), as the form's values. */
export function valuesOf(project: {
  title: string;
  summary?: string | null;
  kind: string;
  startsOn: string;
  endsOn?: string | null;
  periodPrecision: string;
  status: string;
  targetGroups: readonly string[];
  partyKinds: readonly string[];
  budget?: number | null;
  methods?: readonly ({ id: string } | null)[] | null;
}): ProjectValues {
  return {
    title: project.title,
    summary: project.summary ?? '',
    kind: project.kind,
    startsOn: project.startsOn,
    endsOn: project.endsOn ?? '',
    periodPrecision: project.periodPrecision,
    status: project.status,
    targetGroups: [...project.targetGroups],
    partyKinds: [...project.partyKinds],
    // "1 500 000", with plain spaces so that it is easy to edit (as the funding form writes kronor).
    budget: project.budget == null ? '' : grouped.format(project.budget).replace(/[\u00a0\u202f]/g, ' '),
    methodIds: (project.methods ?? []).flatMap((m) => (m ? [m.id] : [])),
  };
}

/** A value as the hidden `original-…` field carries it; lists joined by commas (slugs and enum names hold none). */
export function hiddenValue(values: ProjectValues, field: Editable): string {
  const value = values[field];
  return Array.isArray(value) ? value.join(',') : value;
}

const compactKronor = (text: string) => text.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|kronor|:-)$/i, '');

const same = (a: ProjectValues, b: ProjectValues, field: Editable): boolean => {
  if (isList(field)) return [...a[field]].sort().join(',') === [...b[field]].sort().join(',');
  // "1 500 000" and "1500000 kr" are the same budget (as parseKronor reads them, server/funding.ts).
  if (field === 'budget') return compactKronor(a.budget) === compactKronor(b.budget);
  return a[field] === b[field];
};

/** The fields whose values differ: what this editor changed, or what another editor saved in between. */
export function changedFields(values: ProjectValues, original: ProjectValues): Editable[] {
  return EDITABLE.filter((field) => !same(values, original, field));
}
