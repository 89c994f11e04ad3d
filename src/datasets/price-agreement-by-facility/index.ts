/** 医療機関・薬局区分別妥結状況 → price-agreement-by-facility. */
import { defineDataset } from '../definition.ts';
import { priceAgreementByFacilityChart } from './chart.ts';
import { extractFacility } from './extract.ts';
import { spec } from './spec.ts';
import { describeFacility, facilityTable } from './table.ts';

export const priceAgreementByFacility = defineDataset({
  spec,
  extract: (doc) => extractFacility(doc),
  page: 'price-agreement',
  charts: [priceAgreementByFacilityChart],
  table: facilityTable,
  describe: describeFacility,
});
