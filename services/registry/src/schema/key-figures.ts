import { entityCacheHint, inheritCache, NATION_AREA_CODE, publicCache } from '@finsam/core';
import { builder } from '../builder.ts';
import { forbundIdsOf, keyFigureArea, keyFigureTrendAreas, lanForbund, type Area } from '../data/key-figures-store.ts';
import { LanRef } from './lan.ts';

/**
 * Key figures of the nation or a län (issue 15). The registry owns the entity and what it knows: the
 * area and the förbund in it. The projects subgraph adds participants and outcomes, the funding
 * subgraph the funding and the cost per participant, each with @requires(fields: "forbundIds"), so the
 * gateway plans registry → projects → funding and no subgraph asks another mid-read (issue 12).
 */
export const NationalKeyFiguresRef = builder.objectRef<Area>('NationalKeyFigures');

NationalKeyFiguresRef.implement({
  description:
    'Key figures of the nation or one län in one year, over PUBLISHED projects: participants, where they went after the insats, funding and cost per participant. Participants are counted per project and year: a person in two projects counts twice. Small counts are withheld for everyone but national_admin; a län shows a sum only when every project it adds up shows that figure on its own page. A län or förbund whose shareInterval overlaps the national share cannot be called better or worse than the nation.',
  directives: publicCache,
  fields: (t) => ({
    areaCode: t.exposeString('areaCode', { description: '"SE" for the nation, or the SCB länskod of the län, e.g. "01".' }),
    year: t.exposeInt('year', { description: 'Calendar year.' }),
    lan: t.field({
      type: LanRef,
      nullable: true,
      directives: inheritCache,
      description: 'The län; null for the nation.',
      resolve: async (area, _args, ctx) => {
        if (area.areaCode === NATION_AREA_CODE) return null;
        const lan = (await lanForbund(ctx)).find((l) => l.code === area.areaCode);
        return lan ? { code: lan.code, name: lan.name } : null;
      },
    }),
    forbundIds: t.idList({
      description: "The förbund whose figures are summed, by id: every förbund for the nation, the län's otherwise.",
      resolve: (area, _args, ctx) => forbundIdsOf(ctx, area.areaCode),
    }),
    byLan: t.field({
      type: [NationalKeyFiguresRef],
      nullable: true,
      directives: inheritCache,
      description: 'For the nation: the same figures for each of the 21 län, by länskod. Null for a län.',
      resolve: async (area, _args, ctx) =>
        area.areaCode === NATION_AREA_CODE ? (await lanForbund(ctx)).map((l) => ({ areaCode: l.code, year: area.year })) : null,
    }),
  }),
});

builder.asEntity(NationalKeyFiguresRef, {
  key: builder.selection<{ areaCode: string; year: number }>('areaCode year'),
  resolveReference: (ref, _ctx, info) => {
    entityCacheHint(info, true);
    return { areaCode: ref.areaCode, year: ref.year };
  },
});

builder.queryFields((t) => ({
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  keyFigures: t.field({
    nullable: true,
    type: NationalKeyFiguresRef,
    directives: publicCache,
    description: 'Key figures of the nation (without lan) or one län in a year, with byLan for every län.',
    args: {
      year: t.arg.int({ required: true, description: 'Calendar year, 2004 to next year.' }),
      lan: t.arg.string({ required: false, description: 'SCB länskod, e.g. "01"; the nation when omitted.' }),
    },
    resolve: (_root, { year, lan }, ctx) => keyFigureArea(ctx, year, lan),
  }),
  // An outage of this subgraph nulls this root field, not the whole answer (issue 11, part 3).
  keyFigureTrend: t.field({
    nullable: true,
    type: [NationalKeyFiguresRef],
    directives: publicCache,
    description: 'Key figures of the nation (without lan) or one län for each year of a range, oldest first.',
    args: {
      fromYear: t.arg.int({ required: true, description: 'First calendar year, 2004 or later.' }),
      toYear: t.arg.int({ required: true, description: 'Last calendar year, at most next year.' }),
      lan: t.arg.string({ required: false, description: 'SCB länskod, e.g. "01"; the nation when omitted.' }),
    },
    resolve: (_root, { fromYear, toYear, lan }, ctx) => keyFigureTrendAreas(ctx, fromYear, toYear, lan),
  }),
}));
