import { createBuilder } from '@finsam/core';
import type PrismaTypes from './generated/pothos-types.ts';
import { getDatamodel } from './generated/pothos-types.ts';
import { db } from './data/db.ts';

export const builder = createBuilder<PrismaTypes>({ client: () => db(), dmmf: getDatamodel() });
