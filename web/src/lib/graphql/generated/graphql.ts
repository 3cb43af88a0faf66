/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A party joining a förbund. */
export type AddMembershipInput = {
  /** The förbund. */
  forbundId: string | number;
  /** First day of membership. */
  joinedOn: string;
  /** The joining authority. */
  party: PartyInput;
  /** The decision or document behind the change. */
  source: string;
};

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

/** A förbund wound up, possibly by merging into another. */
export type DissolveForbundInput = {
  /** The day it ceases; every current membership ends then. */
  dissolvedOn: string;
  /** The förbund. */
  forbundId: string | number;
  /** The förbund that takes over, when it merges. */
  mergedInto?: string | number | null | undefined;
};

/** A party leaving a förbund; the förbund must keep all four kinds of member. */
export type EndMembershipInput = {
  /** The förbund. */
  forbundId: string | number;
  /** Last day of membership. */
  leftOn: string;
  /** The leaving party, e.g. "kommun-0140". */
  partyId: string | number;
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

/** A founding or later member. */
export type MemberInput = {
  /** When it joined; omit for a founding member. */
  joinedOn?: string | null | undefined;
  /** The member authority. */
  party: PartyInput;
};

/** A document about a method. */
export type MethodReferenceInput = {
  /** Who published it. */
  publisher?: string | null | undefined;
  /** Title as the document gives it. */
  title: string;
  /** An http or https URL. */
  url?: string | null | undefined;
  /** Year of publication. */
  year?: number | null | undefined;
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

/** An authority as the förbundsordning names it. */
export type PartyInput = {
  /** Which kind of authority. */
  kind: PartyKind;
  /** For a KOMMUN: its SCB kommunkod. */
  kommunCode?: string | null | undefined;
  /** For a REGION: the länskod it serves. */
  lanCode?: string | null | undefined;
  /** Its name, e.g. "Region Halland" or "Halmstads kommun". */
  name: string;
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

/** A new method, proposed by a förbund; it stays unpublished until a national_admin publishes it. */
export type ProposeMethodInput = {
  /** Other names the method goes by. */
  aliases?: Array<string> | null | undefined;
  /** Purpose, content and history. */
  description: string;
  /** First year of development, from 1990. */
  developedFrom?: number | null | undefined;
  /** Last year of development, not before developedFrom nor after next year. */
  developedTo?: number | null | undefined;
  /** How well its effect is known. */
  evidenceLevel: EvidenceLevel;
  /** Stable slug, lower-case ASCII words joined by hyphens. */
  id: string | number;
  /** When the entry was last checked against its sources. */
  lastReviewedOn?: string | null | undefined;
  /** The name, with Swedish characters as written. */
  name: string;
  /** Registry id of the förbund where it was developed. */
  originForbundId?: string | number | null | undefined;
  /** Documents about the method; replaces the list. */
  references?: Array<MethodReferenceInput> | null | undefined;
  /** Where the facts come from: document title and date, or URL. */
  source: string;
  /** One or two sentences: what the method is and for whom. */
  summary: string;
  /** Free keywords. */
  tags?: Array<string> | null | undefined;
  /** At least one target group. */
  targetGroups: Array<TargetGroup>;
};

/** A new förbund with its founding members. */
export type RegisterForbundInput = {
  /** Without formedOn: the first year it is known to have been active. */
  activeSinceYear?: number | null | undefined;
  /** The day of formation, where known. */
  formedOn?: string | null | undefined;
  /** Stable slug, lower-case ASCII words joined by hyphens. */
  id: string;
  /** SCB länskod of the län it works in. */
  lanCode: string;
  /** Försäkringskassan, Arbetsförmedlingen, a region and at least one kommun. */
  members: Array<MemberInput>;
  /** The name, with Swedish characters as written. */
  name: string;
  /** Organisationsnummer, NNNNNN-NNNN. */
  orgNumber?: string | null | undefined;
  /** Where the facts come from: document title and date, or URL. */
  source: string;
};

/** A new name, taking effect on a day. */
export type RenameForbundInput = {
  /** The förbund. */
  forbundId: string | number;
  /** The new name. */
  name: string;
  /** The decision or document behind the change. */
  source: string;
  /** First day of the new name. */
  validFrom: string;
};

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

/** Changes to a method: only the fields given change; null clears an optional one. */
export type UpdateMethodInput = {
  /** Other names the method goes by. */
  aliases?: Array<string> | null | undefined;
  /** Purpose, content and history. */
  description?: string | null | undefined;
  /** First year of development, from 1990. */
  developedFrom?: number | null | undefined;
  /** Last year of development, not before developedFrom nor after next year. */
  developedTo?: number | null | undefined;
  /** How well its effect is known. */
  evidenceLevel?: EvidenceLevel | null | undefined;
  /** When the entry was last checked against its sources. */
  lastReviewedOn?: string | null | undefined;
  /** The name, with Swedish characters as written. */
  name?: string | null | undefined;
  /** Registry id of the förbund where it was developed. */
  originForbundId?: string | number | null | undefined;
  /** Documents about the method; replaces the list. */
  references?: Array<MethodReferenceInput> | null | undefined;
  /** Where the facts come from: document title and date, or URL. */
  source?: string | null | undefined;
  /** One or two sentences: what the method is and for whom. */
  summary?: string | null | undefined;
  /** Free keywords. */
  tags?: Array<string> | null | undefined;
  /** At least one target group. */
  targetGroups?: Array<TargetGroup> | null | undefined;
};

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

export type WebAdminForbundListQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type WebAdminForbundListQuery = { forbunds: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, formedOn: string | null, dissolvedOn: string | null, lan: { code: string, name: string } | null } }> } | null };

export type WebAdminLansQueryVariables = Exact<{ [key: string]: never; }>;


export type WebAdminLansQuery = { lans: Array<{ code: string, name: string }> | null };

export type WebAdminKommunerQueryVariables = Exact<{
  lan: string;
}>;


export type WebAdminKommunerQuery = { kommuner: Array<{ code: string, name: string }> | null };

export type WebAdminForbundQueryVariables = Exact<{
  id: string | number;
}>;


export type WebAdminForbundQuery = { forbund: { id: string, name: string | null, orgNumber: string | null, formedOn: string | null, activeSinceYear: number, dissolvedOn: string | null, mergedInto: { id: string, name: string | null } | null, lan: { code: string, name: string, kommuner: Array<{ code: string, name: string }> } | null, nameHistory: Array<{ name: string, validFrom: string | null, validTo: string | null }>, members: Array<{ joinedOn: string | null, leftOn: string | null, party: { id: string, kind: PartyKind, name: string } }> } | null };

export type WebRegisterForbundMutationVariables = Exact<{
  input: RegisterForbundInput;
}>;


export type WebRegisterForbundMutation = { registerForbund: { id: string } };

export type WebRenameForbundMutationVariables = Exact<{
  input: RenameForbundInput;
}>;


export type WebRenameForbundMutation = { renameForbund: { id: string, name: string | null } };

export type WebAddMembershipMutationVariables = Exact<{
  input: AddMembershipInput;
}>;


export type WebAddMembershipMutation = { addMembership: { id: string } };

export type WebEndMembershipMutationVariables = Exact<{
  input: EndMembershipInput;
}>;


export type WebEndMembershipMutation = { endMembership: { id: string } };

export type WebDissolveForbundMutationVariables = Exact<{
  input: DissolveForbundInput;
}>;


export type WebDissolveForbundMutation = { dissolveForbund: { id: string, dissolvedOn: string | null, mergedInto: { id: string } | null } };

export type WebAdminMethodsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type WebAdminMethodsQuery = { methods: { totalCount: number, edges: Array<{ node: { id: string, name: string | null, published: boolean, evidenceLevel: EvidenceLevel } }> } | null };

export type WebAdminMethodQueryVariables = Exact<{
  id: string | number;
}>;


export type WebAdminMethodQuery = { method: { id: string, name: string | null, summary: string, description: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel, source: string, published: boolean } | null };

export type WebProposeMethodMutationVariables = Exact<{
  forbundId: string | number;
  input: ProposeMethodInput;
}>;


export type WebProposeMethodMutation = { proposeMethod: { id: string } };

export type WebUpdateMethodMutationVariables = Exact<{
  id: string | number;
  input: UpdateMethodInput;
}>;


export type WebUpdateMethodMutation = { updateMethod: { id: string, name: string | null, summary: string, description: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel, source: string } };

export type WebPublishMethodMutationVariables = Exact<{
  id: string | number;
}>;


export type WebPublishMethodMutation = { publishMethod: { id: string, published: boolean } };

export type WebUnpublishMethodMutationVariables = Exact<{
  id: string | number;
}>;


export type WebUnpublishMethodMutation = { unpublishMethod: { id: string, published: boolean } };

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

export type WebForbundKeyFiguresQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type WebForbundKeyFiguresQuery = { forbund: { id: string, name: string | null, keyFigures: { year: number, participants: number | null, fundingTotal: number | null, costPerParticipant: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, suppressed: boolean, shareInterval: { low: number, high: number } | null } | null } | null, keyFigures: { year: number, shareToWorkOrStudies: number | null } | null };

export type WebMethodSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebMethodSearchQuery = { methods: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, summary: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel } }> } | null };

export type WebMethodQueryVariables = Exact<{
  id: string | number;
  fromYear?: number | null | undefined;
  toYear?: number | null | undefined;
}>;


export type WebMethodQuery = { method: { id: string, name: string | null, aliases: Array<string>, summary: string, description: string, targetGroups: Array<TargetGroup>, evidenceLevel: EvidenceLevel, developedFrom: number | null, developedTo: number | null, lastReviewedOn: string | null, originForbund: { id: string, name: string | null } | null, references: Array<{ title: string, url: string | null, publisher: string | null, year: number | null }>, usedBy: Array<{ id: string, name: string | null, lan: { name: string } | null }> | null, projects: Array<{ id: string, title: string, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, forbund: { id: string, name: string | null } }> | null, outcomes: { participants: number | null, situationReported: number | null, toWorkOrStudies: number | null, shareToWorkOrStudies: number | null, forbundCount: number, projectCount: number, suppressed: boolean, shareInterval: { low: number, high: number } | null } | null } | null };

export type WebEditorProjectsQueryVariables = Exact<{
  forbundId: string | number;
}>;


export type WebEditorProjectsQuery = { forbund: { id: string, name: string | null, projects: { totalCount: number, edges: Array<{ node: { id: string, version: number, title: string, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, published: boolean } }> } | null } | null };

export type WebEditorProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type WebEditorProjectQuery = { project: { id: string, version: number, title: string, summary: string | null, kind: ProjectKind, status: ProjectStatus, startsOn: string, endsOn: string | null, periodPrecision: PeriodPrecision, targetGroups: Array<TargetGroup>, partyKinds: Array<PartyKind>, budget: number | null, outcome: string | null, published: boolean, forbund: { id: string, name: string | null }, methods: Array<{ id: string, name: string | null } | null> | null, participation: Array<{ year: number, participants: number | null, women: number | null, men: number | null, suppressed: boolean }> } | null };

export type WebEditorMethodChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WebEditorMethodChoicesQuery = { methods: { totalCount: number, edges: Array<{ node: { id: string, name: string | null } }> } | null };

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


export type WebUpdateProjectMutation = { updateProject: { id: string, version: number } };

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


export const WebAdminForbundListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminForbundList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAdminForbundListQuery, WebAdminForbundListQueryVariables>;
export const WebAdminLansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminLans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebAdminLansQuery, WebAdminLansQueryVariables>;
export const WebAdminKommunerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminKommuner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebAdminKommunerQuery, WebAdminKommunerQueryVariables>;
export const WebAdminForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"activeSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAdminForbundQuery, WebAdminForbundQueryVariables>;
export const WebRegisterForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRegisterForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForbundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebRegisterForbundMutation, WebRegisterForbundMutationVariables>;
export const WebRenameForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebRenameForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameForbundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameForbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebRenameForbundMutation, WebRenameForbundMutationVariables>;
export const WebAddMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebAddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebAddMembershipMutation, WebAddMembershipMutationVariables>;
export const WebEndMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebEndMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebEndMembershipMutation, WebEndMembershipMutationVariables>;
export const WebDissolveForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebDissolveForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DissolveForbundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dissolveForbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<WebDissolveForbundMutation, WebDissolveForbundMutationVariables>;
export const WebAdminMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminMethods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebAdminMethodsQuery, WebAdminMethodsQueryVariables>;
export const WebAdminMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebAdminMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<WebAdminMethodQuery, WebAdminMethodQueryVariables>;
export const WebProposeMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebProposeMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forbundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebProposeMethodMutation, WebProposeMethodMutationVariables>;
export const WebUpdateMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<WebUpdateMethodMutation, WebUpdateMethodMutationVariables>;
export const WebPublishMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebPublishMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<WebPublishMethodMutation, WebPublishMethodMutationVariables>;
export const WebUnpublishMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUnpublishMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<WebUnpublishMethodMutation, WebUnpublishMethodMutationVariables>;
export const WebForbundListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebForbundList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lan"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lan"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebForbundListQuery, WebForbundListQueryVariables>;
export const WebForbundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebForbund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgNumber"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nameHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]}}]} as unknown as DocumentNode<WebForbundQuery, WebForbundQueryVariables>;
export const WebForbundKeyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebForbundKeyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}}]}}]}}]} as unknown as DocumentNode<WebForbundKeyFiguresQuery, WebForbundKeyFiguresQueryVariables>;
export const WebMethodSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMethodSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebMethodSearchQuery, WebMethodSearchQueryVariables>;
export const WebMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"developedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"developedTo"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"originForbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"forbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}},{"kind":"Field","name":{"kind":"Name","value":"projectCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebMethodQuery, WebMethodQueryVariables>;
export const WebEditorProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorProjectsQuery, WebEditorProjectsQueryVariables>;
export const WebEditorProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodPrecision"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"partyKinds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"forbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorProjectQuery, WebEditorProjectQueryVariables>;
export const WebEditorMethodChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorMethodChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorMethodChoicesQuery, WebEditorMethodChoicesQueryVariables>;
export const WebCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WebCreateProjectMutation, WebCreateProjectMutationVariables>;
export const WebPublishProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebPublishProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<WebPublishProjectMutation, WebPublishProjectMutationVariables>;
export const WebReportParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReportParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}}]}}]}}]} as unknown as DocumentNode<WebReportParticipationMutation, WebReportParticipationMutationVariables>;
export const WebUpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebUpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<WebUpdateProjectMutation, WebUpdateProjectMutationVariables>;
export const WebEditorFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebEditorFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forbund"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"contributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"partyName"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebEditorFundingQuery, WebEditorFundingQueryVariables>;
export const WebFundingCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebFundingCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forbundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"budgetedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<WebFundingCheckQuery, WebFundingCheckQueryVariables>;
export const WebReportFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebReportFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingYearInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingBasisInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forbundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forbundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<WebReportFundingMutation, WebReportFundingMutationVariables>;
export const WebStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerCovered"}},{"kind":"Field","name":{"kind":"Name","value":"byLan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerCovered"}},{"kind":"Field","name":{"kind":"Name","value":"forbundCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundReporting"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliantForbund"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"statutoryShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"regionShare"}},{"kind":"Field","name":{"kind":"Name","value":"kommunShare"}},{"kind":"Field","name":{"kind":"Name","value":"deviations"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundingTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byPartyKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forbundReporting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTargetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"byLan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"lan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebStatisticsQuery, WebStatisticsQueryVariables>;
export const WebLanProjectStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebLanProjectStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"lan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeProjects"}},{"kind":"Field","name":{"kind":"Name","value":"projectsReporting"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"men"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<WebLanProjectStatisticsQuery, WebLanProjectStatisticsQueryVariables>;
export const WebKeyFigureTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebKeyFigureTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyFigureTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"fundingTotal"}},{"kind":"Field","name":{"kind":"Name","value":"costPerParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"situationReported"}},{"kind":"Field","name":{"kind":"Name","value":"toWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareToWorkOrStudies"}},{"kind":"Field","name":{"kind":"Name","value":"shareInterval"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<WebKeyFigureTrendQuery, WebKeyFigureTrendQueryVariables>;