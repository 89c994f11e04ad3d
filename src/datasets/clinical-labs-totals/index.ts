/** 衛生検査所の推移 → clinical-labs-totals. */
import { defineDataset } from '../definition.ts';
import { clinicalLabsChart } from './chart.ts';
import { labsChecks } from './checks.ts';
import { extractClinicalLabs } from './extract.ts';
import { spec } from './spec.ts';
import { describeLabs, labsTable } from './table.ts';

export const clinicalLabsTotals = defineDataset({
  spec,
  extract: (doc, ctx) => extractClinicalLabs(doc, ctx.era),
  checks: labsChecks,
  page: 'clinical-labs',
  charts: [clinicalLabsChart],
  table: labsTable,
  describe: describeLabs,
});
