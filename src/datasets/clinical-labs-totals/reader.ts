/** 衛生検査所の推移 → clinical-labs-totals. */
import { defineReader } from '../reader.ts';
import { labsChecks } from './checks.ts';
import { extractClinicalLabs } from './extract.ts';
import { spec } from './spec.ts';

export const clinicalLabsTotals = defineReader({
  spec,
  extract: (doc, ctx) => extractClinicalLabs(doc, ctx.era),
  checks: labsChecks,
});
