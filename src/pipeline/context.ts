/**
 * Context datasets: the same series at other dates, from cited public sources, kept apart from the handout's
 * tables. No document holds them: their values are supplements (`data/supplements/<id>.csv`, the format of
 * every supplement, checked the same way), and each names its row by the series' key and the period, as
 * precise as the source says it. One format per published column: `period` at the dataset's precision (a
 * year, or a month), and `period_date` the day where the source gives one (empty where it gives no day). No
 * value is computed and no day is invented.
 */
import { dateKey, isIsoDate, sourceColumns, provenance, textKey, valueField, VALUE_KINDS } from './contract.ts';
import type { Row } from './dataset.ts';
import type { RowFor } from './fixes.ts';
import { missingCell } from './types.ts';
import { note } from './messages.ts';

/** The names of a context dataset's series, keyed by their stable ASCII key. */
export type SeriesNames = Record<string, { ja: string; en: string }>;

/** A period as precise as the source says it: a year (a survey wave), a month or a day. */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The precision of a context dataset's `period` column: survey waves (`YYYY`) or months (`YYYY-MM`). */
export type PeriodPrecision = 'year' | 'month';
const PRECISION = { year: { length: 4, form: 'YYYY' }, month: { length: 7, form: 'YYYY-MM' } } as const;

/** The columns of a context dataset: series, period, value with its provenance, and its source. */
export function contextFields(
  series: SeriesNames,
  kind: keyof typeof VALUE_KINDS,
  value: { title: string; title_ja: string; description: string },
  precision: PeriodPrecision,
) {
  const form = PRECISION[precision].form;
  return [
    textKey(
      'series',
      { title: 'Series', title_ja: '系列', description: 'A stable ASCII key of the series.' },
      { enum: Object.keys(series), required: true },
    ),
    textKey('series_ja', { title: 'Series (Japanese)', title_ja: '系列名', description: 'The series in Japanese.' }, { required: true }),
    textKey(
      'series_en',
      { title: 'Series (English)', title_ja: '系列名（英語）', description: 'The series in English.' },
      { required: true },
    ),
    textKey(
      'period',
      {
        title: precision === 'year' ? 'Survey year' : 'Month',
        title_ja: precision === 'year' ? '調査年' : '年月',
        description: `The ${precision === 'year' ? 'survey wave' : 'month'} of the value, ${form}; the day, where the source gives one, is in period_date.`,
      },
      { required: true },
    ),
    dateKey(
      'period_date',
      {
        title: 'Date',
        title_ja: '年月日',
        description: 'The day of the value (YYYY-MM-DD) where the source gives one; empty where it gives only the month or year.',
      },
      { required: false },
    ),
    valueField('value', kind, value),
    ...provenance('value', 'the value'),
    ...sourceColumns('value'),
  ] as const;
}

/** The row a context value names: its series (with the series' names) and its period. */
export function contextRow(series: SeriesNames, precision: PeriodPrecision): RowFor {
  const { length, form } = PRECISION[precision];
  return (keys): Row | string => {
    const s = series[keys.series ?? ''];
    if (!s) return `series "${keys.series ?? ''}" is not one of ${Object.keys(series).join(', ')}`;
    const period = (keys.period ?? '').trim();
    if (!PERIOD.test(period) || (period.length === 10 && !isIsoDate(period)) || (period.length === 7 && !isIsoDate(`${period}-01`)))
      return `period must be YYYY, YYYY-MM or YYYY-MM-DD, not "${period}"`;
    // The source's period goes to the dataset's precision (`period`) and its day, if it gives one, to
    // `period_date`: a period coarser than the dataset's, or a month in a dataset of years, has no place.
    if (period.length < length || (period.length > length && period.length !== 10))
      return `period must be ${form} or YYYY-MM-DD in this dataset, not "${period}"`;
    return {
      keys: {
        series: keys.series!,
        series_ja: s.ja,
        series_en: s.en,
        period: period.slice(0, length),
        period_date: period.length === 10 ? period : '',
      },
      cells: { value: missingCell('', null, '', note('', '')) },
    };
  };
}
