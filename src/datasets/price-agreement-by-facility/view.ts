/** How price-agreement-by-facility is shown: its chart and table on the price-agreement page. */
import { defineView } from '../view.ts';
import { priceAgreementByFacilityChart } from './chart.ts';
import { spec } from './spec.ts';
import { describeFacility, facilityTable } from './table.ts';

export const priceAgreementByFacilityView = defineView(spec, {
  page: 'price-agreement',
  charts: [priceAgreementByFacilityChart],
  table: facilityTable,
  describe: describeFacility,
});
