/** 医療機関設置主体別価格妥結状況 → price-agreement-by-owner. */
import { defineDataset } from '../definition.ts';
import { priceAgreementByOwnerChart } from './chart.ts';
import { extractOwner } from './extract.ts';
import { spec } from './spec.ts';
import { describeOwner, ownerTable } from './table.ts';

export const priceAgreementByOwner = defineDataset({
  spec,
  extract: (doc) => extractOwner(doc),
  page: 'price-agreement',
  charts: [priceAgreementByOwnerChart],
  table: ownerTable,
  describe: describeOwner,
});
