/** outsourcing-rates.csv: one row per service × survey wave, in source order. */
import {
  defineSpec,
  integerKey,
  optionalIntegerKey,
  provenance,
  sourceColumns,
  textKey,
  valueField,
  type SpecRow,
} from '../../pipeline/contract.ts';

export const spec = defineSpec({
  id: 'outsourcing-rates',
  title: 'Hospital outsourcing rates of medical-related services, by survey wave',
  title_ja: '医療関連サービスの委託率の推移（病院）',
  description:
    'Share of hospitals that outsource each medical-related service, per wave of the 医療関連サービス実態調査 (医療関連サービス振興会). In the MHLW handout the rates were bars of an image and did not survive OCR: they are missing unless a cited public source gives them.',
  primary: 'rate_pct',
  primaryKey: ['source_doc', 'service_ja', 'survey_year'],
  fields: [
    textKey('service_ja', { title: 'Service (Japanese)', title_ja: 'サービス', description: 'The service as named in the source.' }),
    textKey('service_en', { title: 'Service (English)', title_ja: 'サービス（英語）', description: 'English name of the service.' }),
    integerKey('survey_year', { title: 'Survey year', title_ja: '調査年', description: 'Year of the survey wave (西暦).' }),
    textKey('survey_ja', {
      title: 'Survey wave (era year)',
      title_ja: '調査（和暦）',
      description: 'The survey wave as printed (平成3年 = 1991).',
    }),
    optionalIntegerKey(
      'respondents',
      {
        title: 'Hospitals answering',
        title_ja: '回答病院数',
        description: 'Number of hospitals that answered that wave, as printed in the chart legend.',
      },
      { minimum: 0 },
    ),
    valueField('rate_pct', 'rate', {
      title: 'Outsourcing rate (%)',
      title_ja: '委託率（％）',
      description: 'Share of answering hospitals that outsource the service, in percent.',
    }),
    ...provenance('rate_pct', 'the rate'),
    ...sourceColumns('rate_pct'),
    textKey('label_raw', {
      title: "Service name as OCR'd",
      title_ja: 'サービス名（OCR原文）',
      description: 'The service name exactly as in the source text, before any label repair.',
    }),
    optionalIntegerKey(
      'wave_line',
      {
        title: 'Source line of the wave',
        title_ja: '調査回の行',
        description: 'Line of the source document that names the survey wave and its respondents.',
      },
      // The line the respondents count is read from: that count's evidence (src/display/evidence.ts).
      { role: 'line', of: 'respondents', minimum: 1 },
    ),
  ],
});

export type OutsourcingRow = SpecRow<typeof spec>;
