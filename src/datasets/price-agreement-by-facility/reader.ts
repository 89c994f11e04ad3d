/** 医療機関・薬局区分別妥結状況 → price-agreement-by-facility. */
import { defineReader } from '../reader.ts';
import { extractFacility } from './extract.ts';
import { spec } from './spec.ts';

export const priceAgreementByFacility = defineReader({
  spec,
  extract: (doc) => extractFacility(doc),
});
