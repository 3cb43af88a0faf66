/**
 * The contract's enums (contract/types.graphql), defined once for every subgraph. Federation
 * requires an enum used in inputs by several subgraphs to have the same values in each.
 */
type EnumValues = Record<string, { description: string }>;

export const PartyKind = {
  FORSAKRINGSKASSAN: { description: 'Försäkringskassan, which pays the state half (Lag 2003:1210, 17 §).' },
  ARBETSFORMEDLINGEN: { description: 'Arbetsförmedlingen; its part of the state half is paid through Försäkringskassan.' },
  REGION: { description: 'A region (landsting before 2019), paying a quarter together with any other region.' },
  KOMMUN: { description: 'A kommun; the member kommuner pay a quarter together.' },
} satisfies EnumValues;
export type PartyKind = keyof typeof PartyKind;

export const ProjectKind = {
  INDIVIDUAL: { description: 'Individinriktad insats: works with participants directly.' },
  STRUCTURAL: { description: 'Strukturövergripande insats: changes how the authorities work together.' },
} satisfies EnumValues;
export type ProjectKind = keyof typeof ProjectKind;

export const ProjectStatus = {
  PLANNED: { description: 'Decided but not started.' },
  ONGOING: { description: 'Running.' },
  COMPLETED: { description: 'Ended as planned.' },
  CANCELLED: { description: 'Stopped before its planned end.' },
} satisfies EnumValues;
export type ProjectStatus = keyof typeof ProjectStatus;

export const TargetGroup = {
  YOUNG_PEOPLE_SPECIAL_NEEDS: { description: 'Unga med särskilda behov.' },
  NOLLPLACERADE: { description: 'Sick people without sjukpenninggrundande inkomst (nollplacerade).' },
  LONG_TERM_SOCIAL_ASSISTANCE: { description: 'Långvarigt försörjningsstöd.' },
  SUBSTANCE_ABUSE: { description: 'Missbruk.' },
  MENTAL_ILL_HEALTH: { description: 'Psykisk ohälsa.' },
  LONG_TERM_SICK_LEAVE: { description: 'Långtidssjukskrivna.' },
  LONG_TERM_UNEMPLOYED: { description: 'Långtidsarbetslösa.' },
  NEWLY_ARRIVED: { description: 'Nyanlända.' },
  DISABILITY: { description: 'Funktionsnedsättning.' },
} satisfies EnumValues;
export type TargetGroup = keyof typeof TargetGroup;

export const EvidenceLevel = {
  DOCUMENTED_EXPERIENCE: { description: 'Described and followed up locally.' },
  PROMISING: { description: 'Evaluated with positive results, not yet replicated.' },
  EVALUATED: { description: 'Independently evaluated in several places.' },
  EVIDENCE_BASED: { description: 'Recommended in national guidelines (Socialstyrelsen, SBU).' },
} satisfies EnumValues;
export type EvidenceLevel = keyof typeof EvidenceLevel;

/**
 * Each contract enum with its type description, for `builder.enumType(name, CONTRACT_ENUMS[name])` in
 * every subgraph that uses it. Composition takes two subgraphs' differing descriptions of one enum as
 * a hint that fails `npm run compose`, so the words live here once.
 */
export const CONTRACT_ENUMS = {
  PartyKind: { description: 'The kinds of authority that form a samordningsförbund together (Lag 2003:1210, 1 §).', values: PartyKind },
  ProjectKind: { description: 'Inriktning, as in the national follow-up of Finsam.', values: ProjectKind },
  ProjectStatus: { description: 'Where a project stands; it agrees with its dates.', values: ProjectStatus },
  TargetGroup: { description: 'Who a method or project is for, as in the national follow-up of Finsam.', values: TargetGroup },
  EvidenceLevel: { description: "How well a method's effect is known, as method guides such as Socialstyrelsen's grade it.", values: EvidenceLevel },
} as const;
