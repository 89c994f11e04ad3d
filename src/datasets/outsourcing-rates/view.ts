/** How outsourcing-rates is shown on the outsourcing page. */
import { defineView } from '../view.ts';
import { outsourcingRespondentsChart } from './chart-respondents.ts';
import { outsourcingTrendsChart } from './chart-trends.ts';
import { spec } from './spec.ts';
import { describeOutsourcing, outsourcingTable } from './table.ts';

export const outsourcingRatesView = defineView(spec, {
  page: 'outsourcing',
  // What the handout has first: the survey waves and hospitals answering, then the few rates there are.
  charts: [outsourcingRespondentsChart, outsourcingTrendsChart],
  table: outsourcingTable,
  describe: describeOutsourcing,
});
