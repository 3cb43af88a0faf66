import { builder } from '../builder.ts';

/** The registry's Forbund, referenced by key only: the registry resolves its name, län and kommuner. */
export const ForbundRef = builder.externalRef('Forbund', builder.selection<{ id: string }>('id')).implement({
  externalFields: (t) => ({ id: t.id() }),
  fields: () => ({}),
});
