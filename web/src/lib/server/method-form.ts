import { EVIDENCE_LEVELS, TARGET_GROUPS } from '$lib/labels.ts';
import type { EvidenceLevel, TargetGroup } from '$lib/graphql/generated/graphql.ts';

/** The fields a method's form (new and edit alike) shows, as the methods subgraph names them. */
export const METHOD_FIELDS = ['name', 'summary', 'description', 'targetGroups', 'evidenceLevel', 'source'] as const;

export interface MethodValues {
  name: string;
  summary: string;
  description: string;
  targetGroups: TargetGroup[];
  evidenceLevel: string;
  source: string;
}

/** A posted method form, read and checked for what must be there before the API is asked. */
export function readMethodForm(form: FormData): { values: MethodValues; missing: Record<string, string> } {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const values: MethodValues = {
    name: text('name'),
    summary: text('summary'),
    description: text('description'),
    targetGroups: form.getAll('targetGroups').map(String).filter((g): g is TargetGroup => g in TARGET_GROUPS),
    evidenceLevel: text('evidenceLevel'),
    source: text('source'),
  };
  const missing: Record<string, string> = {};
  if (!values.name) missing.name = 'Skriv metodens namn.';
  if (!values.summary) missing.summary = 'Skriv en kort sammanfattning.';
  if (!values.description) missing.description = 'Beskriv metoden.';
  if (values.targetGroups.length === 0) missing.targetGroups = 'Välj minst en målgrupp.';
  if (!(values.evidenceLevel in EVIDENCE_LEVELS)) missing.evidenceLevel = 'Välj evidensläge.';
  if (!values.source) missing.source = 'Ange var uppgifterna kommer från.';
  return { values, missing };
}

/** The values as the API's inputs take them. */
export function methodInput(values: MethodValues) {
  return { ...values, evidenceLevel: values.evidenceLevel as EvidenceLevel };
}
