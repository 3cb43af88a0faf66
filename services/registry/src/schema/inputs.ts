import { builder } from '../builder.ts';
import { PartyKindEnum } from './enums.ts';

export const PartyInput = builder.inputType('PartyInput', {
  description: 'An authority as the förbundsordning names it.',
  fields: (t) => ({
    kind: t.field({ type: PartyKindEnum, required: true, description: 'Which kind of authority.' }),
    name: t.string({ required: true, description: 'Its name, e.g. "Region Halland" or "Halmstads kommun".' }),
    kommunCode: t.string({ required: false, description: 'For a KOMMUN: its SCB kommunkod.' }),
    lanCode: t.string({ required: false, description: 'For a REGION: the länskod it serves.' }),
  }),
});

export const MemberInput = builder.inputType('MemberInput', {
  description: 'A founding or later member.',
  fields: (t) => ({
    party: t.field({ type: PartyInput, required: true, description: 'The member authority.' }),
    joinedOn: t.field({ type: 'Date', required: false, description: 'When it joined; omit for a founding member.' }),
  }),
});
