/**
 * 設置主体 (price-agreement survey, by hospital owner; hospitals with 200 or more beds): the vocabulary of the table's row labels (labels, never values), with English names. An OCR'd
 * label is matched to one of them by `matchLabel`.
 */
import type { GlossaryEntry } from '../../pipeline/labels.ts';

export const OWNERS: readonly GlossaryEntry[] = [
  { ja: '病院', en: 'All hospitals' },
  {
    ja: '国（厚生労働省、国立高度専門医療研究センター）',
    en: 'National: MHLW and national centres for advanced and specialised medical care',
  },
  { ja: '国（（独）国立病院機構）', en: 'National: National Hospital Organization' },
  { ja: '国（国立大学法人）', en: 'National: national university corporations' },
  { ja: '国（（独）労働者健康福祉機構）', en: 'National: Japan Labour Health and Welfare Organization' },
  { ja: '国（その他）', en: 'National: other' },
  { ja: '都道府県', en: 'Prefectures' },
  { ja: '市町村', en: 'Municipalities' },
  { ja: '地方独立行政法人', en: 'Local incorporated administrative agencies' },
  { ja: '日赤', en: 'Japanese Red Cross Society' },
  { ja: '済生会', en: 'Saiseikai' },
  { ja: '北海道社会事業協会', en: 'Hokkaido Social Work Association' },
  { ja: '厚生連', en: 'Koseiren (agricultural co-operative health federations)' },
  { ja: '全社連', en: 'Zensharen (Japan Social Insurance Association)' },
  { ja: '厚生団', en: 'Koseidan (Welfare Pension Foundation)' },
  { ja: '船員保険会', en: "Seamen's Insurance Association" },
  { ja: '健保組合・その連合会', en: 'Health insurance societies and their federations' },
  { ja: '共済組合・その連合会', en: 'Mutual aid associations and their federations' },
  { ja: '国民健康保険組合', en: 'National health insurance societies' },
  { ja: '公益法人', en: 'Public-interest corporations' },
  { ja: '医療法人', en: 'Medical corporations' },
  { ja: '学校法人', en: 'Educational corporations' },
  { ja: '会社', en: 'Companies' },
  { ja: 'その他の法人', en: 'Other corporations' },
  { ja: '個人', en: 'Individuals' },
];
