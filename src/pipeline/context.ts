/**
 * Context datasets: the same series at other dates, from cited public sources, kept apart from the handout's
 * tables. No document holds them: their values are supplements (`data/supplements/<id>.csv`, the format of
 * every supplement, checked the same way), and each names its row by the series' key and the period, as
 * precise as the source says it. No value is computed.
 */
import { isIsoDate, sourceColumns, provenance, textKey, valueField, VALUE_KINDS } from './contract.ts';
import type { Row } from './dataset.ts';
import type { RowFor } from './fixes.ts';
import { missingCell } from './types.ts';
import { note } from './messages.ts';

/** The names of a context dataset's series, keyed by their stable ASCII key. */
export type SeriesNames = Record<string, { ja: string; en: string }>;

/** A period as precise as the source says it: a year (a survey wave), a month or a day. */
const PERIOD = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The columns of a context dataset: series, period, value with its provenance, and its source. */
export function contextFields(
  series: SeriesNames,
  kind: keyof typeof VALUE_KINDS,
  value: { title: string; title_ja: string; description: string },
) {
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
        title: 'Date or period',
        title_ja: '時点',
        description: 'As precise as the source says it: YYYY (a survey wave), YYYY-MM (a month of transactions) or YYYY-MM-DD.',
      },
      { required: true },
    ),
    valueField('value', kind, value),
    ...provenance('value', 'the value'),
    ...sourceColumns('value'),
  ] as const;
}

/** The row a context value names: its series (with the series' names) and its period. */
export function contextRow(series: SeriesNames): RowFor {
  return (keys): Row | string => {
    const s = series[keys.series ?? ''];
    if (!s) return `series "${keys.series ?? ''}" is not one of ${Object.keys(series).join(', ')}`;
    const period = (keys.period ?? '').trim();
    if (!PERIOD.test(period) || (period.length === 10 && !isIsoDate(period)) || (period.length === 7 && !isIsoDate(`${period}-01`)))
      return `period must be YYYY, YYYY-MM or YYYY-MM-DD, not "${period}"`;
    return {
      keys: { series: keys.series!, series_ja: s.ja, series_en: s.en, period },
      cells: { value: missingCell('', null, '', note('', '')) },
    };
  };
}
