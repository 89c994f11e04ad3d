/** How clinical-labs-totals is shown: its chart and table on the clinical-labs page. */
import { defineView } from '../view.ts';
import { clinicalLabsChart } from './chart.ts';
import { spec } from './spec.ts';
import { describeLabs, labsTable } from './table.ts';

export const clinicalLabsTotalsView = defineView(spec, {
  page: 'clinical-labs',
  charts: [clinicalLabsChart],
  table: labsTable,
  describe: describeLabs,
});
