/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Participants of one age band; the bands of a year never overlap. */
export type AgeBandInput = {
  /** Youngest age in the band, 0 to 120. */
  fromAge: number;
  /** Participants of that age. */
  participants: number;
  /** Oldest age in the band (inclusive), at least fromAge, at most 120. */
  toAge: number;
};

/** Figures of the årsredovisning, due within three months of year end. */
export type AnnualAccountsInput = {
  /** Costs of the year, not negative. */
  costs: number;
  /** Eget kapital at year end. */
  equity: number;
  /** Result of the year (årets resultat); may be negative. */
  result: number;
};

/** One line of a funding year: what a party pays. */
export type ContributionInput = {
  /** Whole kronor, not negative. */
  amount: number;
  /** SCB kommunkod of the one kommun paying, on a KOMMUN line; omitted on a line that stands for all member kommuner together. */
  kommunCode?: string | null | undefined;
  /** The kind of party paying. */
  partyKind: PartyKind;
  /** The party as the budget names it, e.g. "Stockholms läns landsting". */
  partyName: string;
};

/** A new project, saved as a draft. Its status follows from its dates. */
export type CreateProjectInput = {
  /** Whole kronor, not negative. */
  budget?: number | null | undefined;
  /** Last day; never before startsOn. */
  endsOn?: string | null | undefined;
  /** The förbund running it; must exist and not be dissolved. */
  forbundId: string | number;
  /** Inriktning. */
  kind: ProjectKind;
  /** Methods of the method library used; each must exist and be visible to you. */
  methodIds?: Array<string | number> | null | undefined;
  /** The authorities taking part: at least two. */
  partyKinds: Array<PartyKind>;
  /** How precisely the period is known (default DAY). MONTH/YEAR: give the first and last day of the month/year. */
  periodPrecision?: PeriodPrecision | null | undefined;
  /** First day. */
  startsOn: string;
  /** What it does. */
  summary?: string | null | undefined;
  /** At least one. */
  targetGroups: Array<TargetGroup>;
  /** The name of the insats; not empty. */
  title: string;
};

/** How well a method's effect is known, as method guides such as Socialstyrelsen's grade it. */
export type EvidenceLevel =
  /** Described and followed up locally. */
  | 'DOCUMENTED_EXPERIENCE'
  /** Independently evaluated in several places. */
  | 'EVALUATED'
  /** Recommended in national guidelines (Socialstyrelsen, SBU). */
  | 'EVIDENCE_BASED'
  /** Evaluated with positive results, not yet replicated. */
  | 'PROMISING';

/** The saved report a new report was made from, as read. reportFunding refuses with CONFLICT when the saved report is another by the time it writes, so that no editor replaces what another saved in between without seeing it. */
export type FundingBasisInput = {
  /** FundingYear.reportedAt of the report read (FundingCheck.reported gives it); null or omitted when the year had no report. */
  reportedAt?: string | null | undefined;
};

/** A förbund's funding for one year. Reporting a year again replaces the earlier report (lines and accounts). */
export type FundingYearInput = {
  /** The årsredovisning, once there is one. */
  accounts?: AnnualAccountsInput | null | undefined;
  /** The total as budgeted, where decided. */
  budgetedTotal?: number | null | undefined;
  /** At least one line. */
  contributions: Array<ContributionInput>;
  /** The document behind the figures, e.g. the budget decision and its date. */
  source?: string | null | undefined;
  /** Calendar year, from 2004 to next year (budgets are decided by 30 November for the next year). */
  year: number;
};

/** One year's participants, in aggregate. */
export type ParticipationInput = {
  /** Optional: participants by age band, together at most participants. Replaces the year's earlier bands. */
  ageBands?: Array<AgeBandInput> | null | undefined;
  /** Men among them; women + men may be below participants (other / not stated). */
  men: number;
  /** Participants that year; not negative. */
  participants: number;
  /** Optional: where participants went after the insats. */
  situationAfter?: SituationAfterInput | null | undefined;
  /** Women among them. */
  women: number;
  /** A plausible year within the project's period. */
  year: number;
};

/** The kinds of authority that form a samordningsförbund together (Lag 2003:1210, 1 §). */
export type PartyKind =
  /** Arbetsförmedlingen; its part of the state half is paid through Försäkringskassan. */
  | 'ARBETSFORMEDLINGEN'
  /** Försäkringskassan, which pays the state half (Lag 2003:1210, 17 §). */
  | 'FORSAKRINGSKASSAN'
  /** A kommun; the member kommuner pay a quarter together. */
  | 'KOMMUN'
  /** A region (landsting before 2019), paying a quarter together with any other region. */
  | 'REGION';

/** How precisely a project's period is known: sources often give only a month or a year. */
export type PeriodPrecision =
  /** startsOn and endsOn are the days stated. */
  | 'DAY'
  /** Only the months are known: the period runs from the first day of the first month to the last day of the last. */
  | 'MONTH'
  /** Only the years are known: the period runs from 1 January of the first year to 31 December of the last. */
  | 'YEAR';

/** Inriktning, as in the national follow-up of Finsam. */
export type ProjectKind =
  /** Individinriktad insats: works with participants directly. */
  | 'INDIVIDUAL'
  /** Strukturövergripande insats: changes how the authorities work together. */
  | 'STRUCTURAL';

/** Where a project stands; it agrees with its dates. */
export type ProjectStatus =
  /** Stopped before its planned end. */
  | 'CANCELLED'
  /** Ended as planned. */
  | 'COMPLETED'
  /** Running. */
  | 'ONGOING'
  /** Decided but not started. */
  | 'PLANNED';

/** Where participants went after the insats: four counts that together are at most participants. */
export type SituationAfterInput = {
  /** To job-seeking. */
  jobSeeking: number;
  /** Somewhere else. */
  other: number;
  /** To studies. */
  studies: number;
  /** To work. */
  work: number;
};

/** Who a method or project is for, as in the national follow-up of Finsam. */
export type TargetGroup =
  /** Funktionsnedsättning. */
  | 'DISABILITY'
  /** Långtidssjukskrivna. */
  | 'LONG_TERM_SICK_LEAVE'
  /** Långvarigt försörjningsstöd. */
  | 'LONG_TERM_SOCIAL_ASSISTANCE'
  /** Långtidsarbetslösa. */
  | 'LONG_TERM_UNEMPLOYED'
  /** Psykisk ohälsa. */
  | 'MENTAL_ILL_HEALTH'
  /** Nyanlända. */
  | 'NEWLY_ARRIVED'
  /** Sick people without sjukpenninggrundande inkomst (nollplacerade). */
  | 'NOLLPLACERADE'
  /** Missbruk. */
  | 'SUBSTANCE_ABUSE'
  /** Unga med särskilda behov. */
  | 'YOUNG_PEOPLE_SPECIAL_NEEDS';

/** Changes to a project: only what is given changes. A stale expectedVersion is a CONFLICT. */
export type UpdateProjectInput = {
  /** New budget; null clears it. */
  budget?: number | null | undefined;
  /** New last day; null clears it. */
  endsOn?: string | null | undefined;
  /** The project's version as you last read it. */
  expectedVersion: number;
  /** Replaces the methods used. */
  methodIds?: Array<string | number> | null | undefined;
  /** Replaces the parties; at least two. */
  partyKinds?: Array<PartyKind> | null | undefined;
  /** New precision of the period. */
  periodPrecision?: PeriodPrecision | null | undefined;
  /** New first day. */
  startsOn?: string | null | undefined;
  /** New status; must agree with the dates. */
  status?: ProjectStatus | null | undefined;
  /** New summary; null clears it. */
  summary?: string | null | undefined;
  /** Replaces the target groups; at least one. */
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** New title; not empty. */
  title?: string | null | undefined;
};

export type WebForbundListQueryVariables = Exact<{
  lan?: string | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebForbundListQuery = { lans: Array<{ code: string, name: string }> | null, forbunds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, formedOn: string | null, dissolvedOn: string | null, lan: { code: string, name: string } | null } }> } | null };

export type WebForbundQueryVariables = Exact<{
  id: string | number;
  fromYear: number;
  toYear: number;
  year: number;
}>;


export type WebForbundQuery = { forbund: { id: string, name: string | null, orgNumber: string | null, formedOn: string | null, dissolvedOn: string | null, mergedInto: { id: string, name: string | null } | null, lan: { code: string, name: string } | null, nameHistory: Array<{ name: string, validFrom: string | null, validTo: string | null }>, members: Array<{ joinedOn: string | null, leftOn: string | null, party: { id: string, kind: PartyKind, name: string } }>, fundingHistory: Array<{ year: number, total: number, budgetedTotal: number | null, byPartyKind: Array<{ partyKind: PartyKind, amount: number, share: number }>, statutoryShares: { compliant: boolean, stateShare: number, regionShare: number, kommunShare: number, deviations: Array<string> } }> | null, keyFigures: { year: number, participants: number | null, fundingTotal: number | null, costPerParticipant: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, suppressed: boolean, shareInterval: { low: number, high: number } | null } | null, projects: { totalCount: number, edges: Array<{ node: { id: string, title: string, summary: string | null, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, targetGroups: Array<TargetGroup>, methods: Array<{ id: string, name: string | null } | null> | null, participation: Array<{ year: number, participants: number | null, women: number | null, men: number | null, suppressed: boolean }> } }> } | null } | null, keyFigures: { year: number, shareToWorkOrStudies: number | null, shareInterval: { low: number, high: number } | null } | null };

export type WebMethodSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebMethodSearchQuery = { methods: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, summary: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel } }> } | null };

export type WebMethodQueryVariables = Exact<{
  id: string | number;
}>;


export type WebMethodQuery = { method: { id: string, name: string | null, aliases: Array<string>, summary: string, description: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel, developedFrom: number | null, developedTo: number | null, lastReviewedOn: string | null, originForbund: { id: string, name: string | null } | null, references: Array<{ title: string, url: string | null, publisher: string | null, year: number | null }>, usedBy: Array<{ id: string, name: string | null, lan: { name: string } | null }> | null, projects: Array<{ id: string, title: string, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, forbund: { id: string, name: string | null } }> | null, outcomes: { participants: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, forbundCount: number, projectCount: number, suppressed: boolean, shareInterval: { low: number, high: number } | null } | null } | null };

export type WebEditorProjectsQueryVariables = Exact<{
  forbundId: string | number;
}>;


export type WebEditorProjectsQuery = { forbund: { id: string, name: string | null, projects: { totalCount: number, edges: Array<{ node: { id: string, version: number, title: string, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, published: boolean } }> } | null } | null };

export type WebEditorProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type WebEditorProjectQuery = { project: { id: string, version: number, title: string, summary: string | null, kind: ProjectKind, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, targetGroups: Array<TargetGroup>, partyKinds: Array<PartyKind>, published: boolean, forbund: { id: string, name: string | null }, participation: Array<{ year: number, participants: number | null, women: number | null, men: number | null, suppressed: boolean }> } | null };

export type WebCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type WebCreateProjectMutation = { createProject: { id: string } };

export type WebPublishProjectMutationVariables = Exact<{
  id: string | number;
}>;


export type WebPublishProjectMutation = { publishProject: { id: string, published: boolean } };

export type WebReportParticipationMutationVariables = Exact<{
  projectId: string | number;
  input: ParticipationInput;
}>;


export type WebReportParticipationMutation = { reportParticipation: { year: number, participants: number | null, women: number | null, men: number | null } };

export type WebUpdateProjectMutationVariables = Exact<{
  id: string | number;
  input: UpdateProjectInput;
}>;


export type WebUpdateProjectMutation = { updateProject: { id: string, version: number, title: string, summary: string | null } };

export type WebEditorFundingQueryVariables = Exact<{
  forbundId: string | number;
  year: number;
}>;


export type WebEditorFundingQuery = { forbund: { id: string, name: string | null, members: Array<{ party: { id: string, kind: PartyKind, name: string, kommun: { code: string, name: string } | null } }>, funding: { year: number, total: number, budgetedTotal: number | null, source: string | null, reportedAt: string, contributions: Array<{ partyKind: PartyKind, partyName: string, amount: number, kommun: { code: string } | null }>, byPartyKind: Array<{ partyKind: PartyKind, amount: number, share: number }>, statutoryShares: { compliant: boolean, stateShare: number, regionShare: number, kommunShare: number, deviations: Array<string> } } | null } | null };

export type WebFundingCheckQueryVariables = Exact<{
  forbundId: string | number;
  input: FundingYearInput;
}>;


export type WebFundingCheckQuery = { fundingCheck: { year: number, total: number, budgetedTotal: number | null, byPartyKind: Array<{ partyKind: PartyKind, amount: number, share: number }>, statutoryShares: { compliant: boolean, stateShare: number, regionShare: number, kommunShare: number, deviations: Array<string> }, reported: { reportedAt: string } | null } };

export type WebReportFundingMutationVariables = Exact<{
  forbundId: string | number;
  input: FundingYearInput;
  basis?: FundingBasisInput | null | undefined;
}>;


export type WebReportFundingMutation = { reportFunding: { year: number, total: number, reportedAt: string } };

export type WebStatisticsQueryVariables = Exact<{
  year: number;
  fromYear: number;
}>;


export type WebStatisticsQuery = { coverage: { year: number, forbundCount: number, kommunerTotal: number, kommunerCovered: number, byLan: Array<{ kommunerTotal: number, kommunerCovered: number, forbundCount: number, lan: { code: string, name: string } }> } | null, fundingSummary: { year: number, total: number, forbundReporting: number, byPartyKind: Array<{ partyKind: PartyKind, amount: number, share: number }>, nonCompliantForbund: Array<{ id: string, name: string | null, funding: { total: number, statutoryShares: { stateShare: number, regionShare: number, kommunShare: number, deviations: Array<string> } } | null }> } | null, fundingTrend: Array<{ year: number, total: number, forbundReporting: number, byPartyKind: Array<{ partyKind: PartyKind, amount: number }> }> | null, projectStatistics: { year: number, activeProjects: number, projectsReporting: number, participants: { total: number | null, women: number | null, men: number | null, suppressed: boolean }, byTargetGroup: Array<{ targetGroup: TargetGroup, activeProjects: number, participants: number | null }> } | null, keyFigures: { year: number, participants: number | null, fundingTotal: number | null, costPerParticipant: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, suppressed: boolean | null, shareInterval: { low: number, high: number } | null, byLan: Array<{ areaCode: string, participants: number | null, fundingTotal: number | null, costPerParticipant: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, suppressed: boolean | null, lan: { code: string, name: string } | null, shareInterval: { low: number, high: number } | null }> | null } | null };

export type WebLanProjectStatisticsQueryVariables = Exact<{
  year: number;
  lan: string;
}>;


export type WebLanProjectStatisticsQuery = { projectStatistics: { activeProjects: number, projectsReporting: number, participants: { total: number | null, women: number | null, men: number | null, suppressed: boolean } } | null };

export type WebKeyFigureTrendQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type WebKeyFigureTrendQuery = { keyFigureTrend: Array<{ year: number, participants: number | null, fundingTotal: number | null, costPerParticipant: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, suppressed: boolean | null, shareInterval: { low: number, high: number } | null }> | null };


export const WebForbundListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebForbundList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lan"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lan"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebForbundListQuery, WebForbundListQueryVariables>;
export const WebForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]}}]} as unknown as DocumentNode<WebForbundQuery, WebForbundQueryVariables>;
export const WebMethodSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMethodSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMethodSearchQuery, WebMethodSearchQueryVariables>;
export const WebMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"developedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"developedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"originForbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"forbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebMethodQuery, WebMethodQueryVariables>;
export const WebEditorProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorProjectsQuery, WebEditorProjectsQueryVariables>;
export const WebEditorProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"partyKinds"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"forbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorProjectQuery, WebEditorProjectQueryVariables>;
export const WebCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebCreateProjectMutation, WebCreateProjectMutationVariables>;
export const WebPublishProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebPublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<WebPublishProjectMutation, WebPublishProjectMutationVariables>;
export const WebReportParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReportParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}}]}}]}}]} as unknown as DocumentNode<WebReportParticipationMutation, WebReportParticipationMutationVariables>;
export const WebUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<WebUpdateProjectMutation, WebUpdateProjectMutationVariables>;
export const WebEditorFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorFundingQuery, WebEditorFundingQueryVariables>;
export const WebFundingCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebFundingCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forbundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebFundingCheckQuery, WebFundingCheckQueryVariables>;
export const WebReportFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReportFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingYearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingBasisInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forbundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<WebReportFundingMutation, WebReportFundingMutationVariables>;
export const WebStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerCovered"}},{"kind":"Field","name":{"kind":"Name","value":"byLan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerCovered"}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundReporting"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliantForbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundReporting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTargetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byLan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebStatisticsQuery, WebStatisticsQueryVariables>;
export const WebLanProjectStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLanProjectStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"lan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebLanProjectStatisticsQuery, WebLanProjectStatisticsQueryVariables>;
export const WebKeyFigureTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebKeyFigureTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyFigureTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<WebKeyFigureTrendQuery, WebKeyFigureTrendQueryVariables>;