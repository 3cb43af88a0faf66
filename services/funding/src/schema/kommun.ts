import { builder } from '../builder.ts';

/**
 * The registry's Kommun, referred to by its key only: a contribution line names its kommun and the
 * gateway asks the registry for the rest. Not resolvable here (this subgraph adds no fields to it).
 * Descriptions as the registry's, so that composition finds nothing to reconcile.
 */
export const KommunRef = builder
  .externalRef('Kommun', builder.keyDirective(builder.selection<{ code: string }>('code'), false))
  .implement({
    description: 'A kommun (municipality), identified by its SCB kommunkod. Reference data: all 290 kommuner.',
    fields: (t) => ({
      code: t.exposeString('code', { description: 'SCB kommunkod, four digits, e.g. "0181" for Södertälje.' }),
    }),
  });
