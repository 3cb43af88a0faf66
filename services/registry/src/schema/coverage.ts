import { fail, inheritCache, isPlausibleYear, publicCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { coverage, type CoverageRow, type LanCoverageRow } from '../data/coverage-store.ts';
import { LanRef } from './lan.ts';

const LanCoverageRef = builder.objectRef<LanCoverageRow>('LanCoverage').implement({
  description: "One län's share of the coverage.",
  directives: inheritCache,
  fields: (t) => ({
    lan: t.field({ type: LanRef, description: 'The län.', resolve: (row) => ({ code: row.code, name: row.name }) }),
    kommunerTotal: t.exposeInt('kommunerTotal', { description: 'Kommuner in the län.' }),
    kommunerCovered: t.exposeInt('kommunerCovered', { description: 'Of those, members of an active förbund at some time in the year.' }),
    forbundCount: t.exposeInt('forbundCount', { description: 'Förbund of the län active in the year.' }),
  }),
});

const CoverageRef = builder.objectRef<CoverageRow>('Coverage').implement({
  description: 'How far finansiell samordning reached in a year: förbund active and kommuner covered, nationally and per län.',
  directives: inheritCache,
  fields: (t) => ({
    year: t.exposeInt('year', { description: 'The calendar year.' }),
    forbundCount: t.exposeInt('forbundCount', { description: 'Förbund active at some time in the year.' }),
    kommunerTotal: t.exposeInt('kommunerTotal', { description: 'Kommuner in Sweden (290).' }),
    kommunerCovered: t.exposeInt('kommunerCovered', { description: 'Kommuner that were members of an active förbund that year.' }),
    byLan: t.field({ type: [LanCoverageRef], description: 'The same, per län, by länskod.', resolve: (row) => row.byLan }),
  }),
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  coverage: t.field({
    nullable: true,
    type: CoverageRef,
    description: 'Coverage of finansiell samordning in a year.',
    // Counted from the registry's public memberships, which only national_admin writes.
    directives: publicCache,
    args: { year: t.arg.int({ required: true, description: 'Calendar year, 2004 (when Lag 2003:1210 came into force) or later.' }) },
    resolve: (_root, { year }) => {
      if (!isPlausibleYear(year)) throw fail.badInput(`Year ${year} is outside 2004 to next year.`, 'year');
      return coverage(year);
    },
  }),
}));
