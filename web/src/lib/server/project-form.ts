import type { CreateProjectInput, PartyKind, PeriodPrecision, ProjectKind, ProjectStatus, TargetGroup, UpdateProjectInput } from '$lib/graphql/generated/graphql.ts';
import { PARTY_KINDS, PERIOD_PRECISIONS, PROJECT_KINDS, PROJECT_STATUS, TARGET_GROUPS } from '$lib/labels.ts';
import { parseKronor } from './funding.ts';
import type { GraphQLFailure } from './api.ts';
import { fieldErrors } from './forms.ts';
import type { Editable, ListField, ProjectValues } from '$lib/project-values.ts';

/**
 * A project's form, new and edit alike, as the projects subgraph's CreateProjectInput and
 * UpdateProjectInput name its fields (services/projects/src/schema/project.ts). Kind is set when the
 * project is created (UpdateProjectInput has no kind); status only when it is edited (a new project's
 * status follows its dates).
 */
export const PROJECT_FIELDS = [
  'title',
  'summary',
  'kind',
  'startsOn',
  'endsOn',
  'periodPrecision',
  'status',
  'targetGroups',
  'partyKinds',
  'budget',
  'methodIds',
] as const;

/**
 * The posted values; with a prefix, the hidden copy of the values the edit started from
 * (`original-title`, …), lists there joined by commas (ids are slugs, enum values names: no commas).
 */
export function readProjectForm(form: FormData, prefix = ''): ProjectValues {
  const text = (name: string) => String(form.get(prefix + name) ?? '').trim();
  const list = (name: ListField, allowed?: Record<string, string>) => {
    const posted = prefix ? text(name).split(',').filter(Boolean) : form.getAll(name).map(String);
    return [...new Set(posted)].filter((v) => !allowed || v in allowed);
  };
  return {
    title: text('title'),
    summary: text('summary'),
    kind: text('kind'),
    startsOn: text('startsOn'),
    endsOn: text('endsOn'),
    periodPrecision: text('periodPrecision') || 'DAY',
    status: text('status'),
    targetGroups: list('targetGroups', TARGET_GROUPS),
    partyKinds: list('partyKinds', PARTY_KINDS),
    budget: text('budget'),
    methodIds: list('methodIds'),
  };
}

/** The checks the page makes before it asks the API: what is missing or cannot be read. The API keeps the rules. */
export function missingFields(values: ProjectValues, mode: 'create' | 'update', only: readonly string[] = PROJECT_FIELDS): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!values.title) missing.title = 'Skriv insatsens namn.';
  if (!values.startsOn) missing.startsOn = 'Ange när insatsen börjar.';
  if (mode === 'create' && !(values.kind in PROJECT_KINDS)) missing.kind = 'Välj vilket slags insats det är.';
  if (mode === 'update' && !(values.status in PROJECT_STATUS)) missing.status = 'Välj en status.';
  if (!(values.periodPrecision in PERIOD_PRECISIONS)) missing.periodPrecision = 'Välj hur exakt perioden är känd.';
  if (values.targetGroups.length === 0) missing.targetGroups = 'Välj minst en målgrupp.';
  const budget = parseKronor(values.budget);
  if ('error' in budget) missing.budget = budget.error;
  return Object.fromEntries(Object.entries(missing).filter(([field]) => only.includes(field)));
}

const budgetOf = (values: ProjectValues): number | null => {
  const budget = parseKronor(values.budget);
  return 'value' in budget ? budget.value : null;
};

/** A new project as createProject takes it; call after missingFields found nothing. */
export function createInput(forbundId: string, values: ProjectValues): CreateProjectInput {
  return {
    forbundId,
    title: values.title,
    summary: values.summary || undefined,
    kind: values.kind as ProjectKind,
    startsOn: values.startsOn,
    endsOn: values.endsOn || undefined,
    periodPrecision: values.periodPrecision as PeriodPrecision,
    targetGroups: values.targetGroups as TargetGroup[],
    partyKinds: values.partyKinds as PartyKind[],
    budget: budgetOf(values) ?? undefined,
    methodIds: values.methodIds,
  };
}

/**
 * The changed fields as updateProject takes them. An emptied summary, end date or budget is sent as
 * null, which clears it (UpdateProjectInput: "null clears it"); a field not sent stays as saved.
 */
export function updateInput(values: ProjectValues, fields: readonly Editable[], expectedVersion: number): UpdateProjectInput {
  const input: UpdateProjectInput = { expectedVersion };
  for (const field of fields) {
    switch (field) {
      case 'title':
      case 'startsOn':
        input[field] = values[field];
        break;
      case 'summary':
      case 'endsOn':
        input[field] = values[field] || null;
        break;
      case 'periodPrecision':
        input.periodPrecision = values.periodPrecision as PeriodPrecision;
        break;
      case 'status':
        input.status = values.status as ProjectStatus;
        break;
      case 'targetGroups':
        input.targetGroups = values.targetGroups as TargetGroup[];
        break;
      case 'partyKinds':
        input.partyKinds = values.partyKinds as PartyKind[];
        break;
      case 'methodIds':
        input.methodIds = values.methodIds;
        break;
      case 'budget':
        input.budget = budgetOf(values);
        break;
    }
  }
  return input;
}

/**
 * What each field's refusal means, in Swedish, for the rules the projects subgraph keeps
 * (services/projects/src/data/rules.ts assertProject, project-store.ts assertPrecision): the API's
 * message, quoted after it, names the dates or values concerned.
 */
const EXPLAINED: Record<string, string> = {
  title: 'Insatsen behöver ett namn.',
  startsOn: 'När perioden anges per månad eller år ska startdatumet vara den första dagen i den månaden eller det året.',
  endsOn: 'Slutdatumet kan inte ligga före startdatumet. När perioden anges per månad eller år ska det vara den sista dagen i den månaden eller det året.',
  status:
    'Statusen måste stämma med datumen: planerad innan insatsen har börjat, pågående när den har börjat och inte slutat, avslutad när slutdatumet har passerat. Avbruten kan alltid väljas.',
  targetGroups: 'Välj minst en målgrupp.',
  partyKinds: 'Välj minst två slags parter: en insats görs av minst två myndigheter tillsammans.',
  budget: 'Budgeten anges i hela kronor och kan inte vara negativ.',
};

/**
 * The API's refusals beside the project form's fields. A method that does not exist or that the
 * editor may not see (NOT_FOUND for Method) goes beside the methods.
 */
export function projectErrors(errors: GraphQLFailure[]): { fields: Record<string, string>; form: string[] } {
  const methods = errors.filter((e) => e.extensions?.code === 'NOT_FOUND' && /^Method\b/.test(e.message));
  const { fields, form } = fieldErrors(
    errors.filter((e) => !methods.includes(e)),
    {},
    PROJECT_FIELDS,
    EXPLAINED,
  );
  if (methods.length > 0) fields.methodIds = `Metoden finns inte i metodbiblioteket, eller så får du inte se den. (${methods[0]!.message})`;
  return { fields, form };
}
