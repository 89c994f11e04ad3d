/** 医療関連サービスの委託率の推移 → outsourcing-rates. */
import { defineDataset } from '../definition.ts';
import { outsourcingRespondentsChart } from './chart-respondents.ts';
import { outsourcingTrendsChart } from './chart-trends.ts';
import { extractOutsourcing } from './extract.ts';
import { spec } from './spec.ts';
import { describeOutsourcing, outsourcingTable } from './table.ts';

export const outsourcingRates = defineDataset({
  spec,
  extract: (doc) => extractOutsourcing(doc),
  page: 'outsourcing',
  // What the handout has first: the survey waves and hospitals answering, then the few rates there are.
  charts: [outsourcingRespondentsChart, outsourcingTrendsChart],
  table: outsourcingTable,
  describe: describeOutsourcing,
});
