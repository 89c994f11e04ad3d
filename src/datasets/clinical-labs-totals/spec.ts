/** clinical-labs-totals.csv: the number of registered clinical laboratories on each date the table prints. */
import { dateKey, defineSpec, provenance, sourceColumns, textKey, valueField, type SpecRow } from '../../pipeline/contract.ts';

export const spec = defineSpec({
  id: 'clinical-labs-totals',
  title: 'Registered clinical laboratories on 1 January of each year',
  title_ja: '衛生検査所数の推移（各年1月1日現在）',
  description:
    'Number of registered clinical laboratories (衛生検査所) on 1 January of each year, as printed in the 合計 column of the breakdowns of the MHLW handout. A total is published only where its column is certain, with the breakdowns that print it alike.',
  primary: 'labs',
  primaryKey: ['source_doc', 'date'],
  fields: [
    dateKey('date', { title: 'Date', title_ja: '日付', description: 'The date of the count (YYYY-MM-DD).' }),
    textKey('date_ja', { title: 'Date (era)', title_ja: '日付（和暦）', description: 'The date in the Japanese era calendar.' }),
    valueField('labs', 'count', {
      title: 'Clinical laboratories',
      title_ja: '衛生検査所数',
      description: 'Number of registered clinical laboratories.',
    }),
    ...provenance('labs', 'the count'),
    textKey('confirmed_by', {
      title: 'Breakdowns printing this total',
      title_ja: '一致した内訳表',
      description: 'The breakdowns of the table whose 合計 column prints this same total (separated by "; ").',
    }),
    ...sourceColumns('labs'),
  ],
});

export type LabsRow = SpecRow<typeof spec>;
