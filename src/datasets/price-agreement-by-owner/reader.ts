/** 医療機関設置主体別価格妥結状況 → price-agreement-by-owner. */
import { defineReader } from '../reader.ts';
import { extractOwner } from './extract.ts';
import { spec } from './spec.ts';

export const priceAgreementByOwner = defineReader({
  spec,
  extract: (doc) => extractOwner(doc),
});
