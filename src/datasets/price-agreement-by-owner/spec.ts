/** price-agreement-by-owner.csv: one row per hospital owner × period (row 0 = all hospitals), in source order. */
import {
  defineSpec,
  integerKey,
  provenance,
  secondaryProvenance,
  sourceColumns,
  textKey,
  valueField,
  type SpecRow,
} from '../../pipeline/contract.ts';

export const spec = defineSpec({
  id: 'price-agreement-by-owner',
  title: 'Drug price-agreement rate by hospital owner (hospitals with 200+ beds)',
  title_ja: '医療機関設置主体別価格妥結状況（200床以上）',
  description:
    'Price-agreement rate per hospital owner (設置主体) for hospitals with 200 or more beds, in each period the table prints, with the number of hospitals per owner. Row 0 is all hospitals.',
  primary: 'rate_pct',
  primaryKey: ['source_doc', 'owner_no', 'period'],
  fields: [
    integerKey(
      'owner_no',
      { title: 'Row number', title_ja: '番号', description: 'The printed row number (1–24); 0 for the all-hospitals row.' },
      { minimum: 0 },
    ),
    textKey('owner_ja', {
      title: 'Owner (Japanese)',
      title_ja: '設置者',
      description: 'The hospital owner as printed (after label repair).',
    }),
    textKey('owner_en', { title: 'Owner (English)', title_ja: '設置者（英語）', description: 'English name of the owner category.' }),
    valueField('hospitals', 'count', {
      title: 'Hospitals',
      title_ja: '病院数',
      description: 'Number of hospitals of this owner, as printed in parentheses after the name.',
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
    ...secondaryProvenance('hospitals', 'hospitals', 'the hospital count', '病院数'),
    ...sourceColumns('rate_pct'),
    textKey('label_raw', {
      title: "Label as OCR'd",
      title_ja: '設置者（OCR原文）',
      description: 'The owner label exactly as in the source text.',
    }),
    textKey('owner_no_note', {
      title: 'Note on the row number',
      title_ja: '番号の注記（英語）',
      description: 'Set when the printed row number was lost or misread and the number was taken from the sequence (English).',
    }),
    textKey('owner_no_note_ja', {
      title: 'Note on the row number (Japanese)',
      title_ja: '番号の注記',
      description: 'The same note in Japanese.',
    }),
  ],
});

export type OwnerRow = SpecRow<typeof spec>;
