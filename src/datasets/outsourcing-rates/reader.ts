/** 医療関連サービスの委託率の推移 → outsourcing-rates. */
import { defineReader } from '../reader.ts';
import { extractOutsourcing } from './extract.ts';
import { spec } from './spec.ts';

export const outsourcingRates = defineReader({
  spec,
  extract: (doc) => extractOutsourcing(doc),
});
