/**
 * 衛生検査所の推移: the breakdowns (their printed headings end in 別): the vocabulary of the table's row labels (labels, never values), with English names. An OCR'd
 * label is matched to one of them by `matchLabel`.
 */
import type { GlossaryEntry } from '../../pipeline/labels.ts';

export const LAB_BREAKDOWNS: readonly GlossaryEntry[] = [
  { ja: '経営主体別', en: 'by operator' },
  { ja: '従事者数別', en: 'by number of staff' },
  { ja: '登録検査業務別', en: 'by registered type of test' },
  { ja: '登録検査業務数別', en: 'by number of registered test types' },
];
