/** How price-agreement-by-owner is shown: its chart and table on the price-agreement page. */
import { defineView } from '../view.ts';
import { priceAgreementByOwnerChart } from './chart.ts';
import { spec } from './spec.ts';
import { describeOwner, ownerTable } from './table.ts';

export const priceAgreementByOwnerView = defineView(spec, {
  page: 'price-agreement',
  charts: [priceAgreementByOwnerChart],
  table: ownerTable,
  describe: describeOwner,
});
