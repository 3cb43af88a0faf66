import type { EvidenceLevel, PartyKind, PeriodPrecision, ProjectKind, ProjectStatus, TargetGroup } from './graphql/generated/graphql.ts';

/** Swedish names of the API's enums, as the schema's descriptions give them. */
export const TARGET_GROUPS: Record<TargetGroup, string> = {
  YOUNG_PEOPLE_SPECIAL_NEEDS: 'Unga med särskilda behov',
  NOLLPLACERADE: 'Nollplacerade',
  LONG_TERM_SOCIAL_ASSISTANCE: 'Långvarigt försörjningsstöd',
  SUBSTANCE_ABUSE: 'Missbruk',
  MENTAL_ILL_HEALTH: 'Psykisk ohälsa',
  LONG_TERM_SICK_LEAVE: 'Långtidssjukskrivna',
  LONG_TERM_UNEMPLOYED: 'Långtidsarbetslösa',
  NEWLY_ARRIVED: 'Nyanlända',
  DISABILITY: 'Funktionsnedsättning',
};

export const EVIDENCE_LEVELS: Record<EvidenceLevel, string> = {
  DOCUMENTED_EXPERIENCE: 'Dokumenterad erfarenhet',
  PROMISING: 'Lovande',
  EVALUATED: 'Utvärderad',
  EVIDENCE_BASED: 'Evidensbaserad',
};

export const PARTY_KINDS: Record<PartyKind, string> = {
  FORSAKRINGSKASSAN: 'Försäkringskassan',
  ARBETSFORMEDLINGEN: 'Arbetsförmedlingen',
  REGION: 'Region',
  KOMMUN: 'Kommuner',
};

export const PROJECT_STATUS: Record<ProjectStatus, string> = {
  PLANNED: 'Planerad',
  ONGOING: 'Pågående',
  COMPLETED: 'Avslutad',
  CANCELLED: 'Avbruten',
};

export const PROJECT_KINDS: Record<ProjectKind, string> = {
  INDIVIDUAL: 'Individinriktad',
  STRUCTURAL: 'Strukturövergripande',
};

/** How precisely a project's period is known (PeriodPrecision): sources often give only a month or a year. */
export const PERIOD_PRECISIONS: Record<PeriodPrecision, string> = {
  DAY: 'Dag: datumen är kända',
  MONTH: 'Månad: bara månaderna är kända',
  YEAR: 'År: bara åren är kända',
};

/** The parties in the order of Lag (2003:1210) 17 §: the state, the region, the kommuner. */
export const PARTY_ORDER: PartyKind[] = ['FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', 'REGION', 'KOMMUN'];

export function isTargetGroup(value: string | null): value is TargetGroup {
  return value !== null && value in TARGET_GROUPS;
}
