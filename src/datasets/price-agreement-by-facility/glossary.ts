/**
 * 医療機関・薬局区分 (price-agreement survey, by facility category): the vocabulary of the table's row labels (labels, never values), with English names. An OCR'd
 * label is matched to one of them by `matchLabel`.
 */
import type { GlossaryEntry } from '../../pipeline/labels.ts';

export const FACILITIES: readonly GlossaryEntry[] = [
  { ja: '病院（総計）', en: 'Hospitals (total)' },
  { ja: '200床以上', en: 'Hospitals with 200 or more beds' },
  { ja: 'その他', en: 'Other hospitals (under 200 beds)' },
  { ja: '診療所', en: 'Clinics' },
  { ja: '（医療機関 計）', en: '(Medical institutions, subtotal)' },
  { ja: 'チェーン薬局（20店舗以上）', en: 'Chain pharmacies (20 or more stores)' },
  { ja: 'その他の薬局', en: 'Other pharmacies' },
  { ja: '（保険薬局 計）', en: '(Insurance pharmacies, subtotal)' },
  { ja: '総合計', en: 'Grand total' },
];
