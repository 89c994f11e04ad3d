/** price-agreement-by-facility.csv: the agreement rate of the surveyed month by facility category. */
import { defineSpec, provenance, sourceColumns, textKey, valueField, type SpecRow } from '../../pipeline/contract.ts';

export const spec = defineSpec({
  id: 'price-agreement-by-facility',
  title: 'Drug price-agreement rate by facility category',
  title_ja: '医療機関・薬局区分別妥結状況',
  description:
    "Share of the value of prescription-drug sales (at NHI prices) whose price had been agreed, by facility category, for the month the 価格妥結状況調査 surveyed (from wholesalers' reports; the survey's own description is in the notes).",
  primary: 'rate_pct',
  primaryKey: ['source_doc', 'facility_ja', 'period'],
  fields: [
    textKey('facility_ja', { title: 'Facility category (Japanese)', title_ja: '区分', description: 'The category as printed.' }),
    textKey('facility_en', {
      title: 'Facility category (English)',
      title_ja: '区分（英語）',
      description: 'English name of the category.',
    }),
    textKey('period', {
      title: 'Period (year-month)',
      title_ja: '期間',
      description: 'The month whose transactions were surveyed, YYYY-MM.',
    }),
    textKey('period_ja', {
      title: 'Period as printed',
      title_ja: '期間（表記）',
      description: 'The period as printed in the source (H22.12 = 平成22年12月).',
    }),
    valueField('rate_pct', 'rate', {
      title: 'Agreement rate (%)',
      title_ja: '妥結率（％）',
      description: 'Share of sales (at NHI prices) whose price was agreed, in percent.',
    }),
    ...provenance('rate_pct', 'the rate'),
    ...sourceColumns('rate_pct'),
    textKey('label_raw', {
      title: "Label as OCR'd",
      title_ja: '区分（OCR原文）',
      description: 'The row label exactly as in the source text.',
    }),
  ],
});

export type FacilityRow = SpecRow<typeof spec>;
