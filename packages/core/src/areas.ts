/**
 * The area of NationalKeyFigures (issue 15) for the whole country: ISO 3166-1 alpha-2 "SE". A län is
 * its two-digit SCB länskod, so the two can never be mistaken for each other. Shared by the registry
 * (which names the areas), the projects and the funding subgraphs (which sum over them).
 */
export const NATION_AREA_CODE = 'SE';
