/** Price-agreement rates at other months than the handout's, from cited public sources → price-agreement-context. */
import { contextSpec, type ContextOptions } from '../context/reader.ts';

/** The categories, keyed as the handout's facility table names them in English (keyOf of facility_en). */
export const SERIES = {
  'all-transactions': { ja: '総計（医療機関・薬局）', en: 'All transactions (medical institutions and pharmacies)' },
  'medical-institutions': { ja: '医療機関', en: 'Medical institutions' },
  hospitals: { ja: '病院（総計）', en: 'Hospitals (total)' },
  'hospitals-200-beds': { ja: '200床以上の病院', en: 'Hospitals with 200 or more beds' },
  'other-hospitals': { ja: 'その他の病院（200床未満）', en: 'Other hospitals (under 200 beds)' },
  clinics: { ja: '診療所', en: 'Clinics' },
  pharmacies: { ja: '保険薬局（全体）', en: 'Insurance pharmacies (all)' },
  'chain-pharmacies': { ja: 'チェーン薬局（20店舗以上）', en: 'Chain pharmacies (20 or more stores)' },
  'other-pharmacies': { ja: 'その他の薬局', en: 'Other pharmacies' },
} as const;

/** The handout's facility categories (keyOf of facility_en) → the series above. */
export const FACILITY_SERIES: Record<string, keyof typeof SERIES> = {
  'grand-total': 'all-transactions',
  'medical-institutions-subtotal': 'medical-institutions',
  'hospitals-total': 'hospitals',
  'hospitals-with-200-or-more-beds': 'hospitals-200-beds',
  'other-hospitals-under-200-beds': 'other-hospitals',
  clinics: 'clinics',
  'insurance-pharmacies-subtotal': 'pharmacies',
  'chain-pharmacies-20-or-more-stores': 'chain-pharmacies',
  'other-pharmacies': 'other-pharmacies',
};

export const options = {
  id: 'price-agreement-context',
  title: 'Drug price-agreement rates at other months, from public sources',
  title_ja: '医薬品の価格妥結率（別の時点、公開資料から）',
  description:
    'Price-agreement rates by category at months the handout does not cover (and, as cross-checks, at its own months), as the trade press and other public sources state them, with their words. Kept apart from the handout’s tables.',
  kind: 'rate',
  value: {
    title: 'Agreement rate (%)',
    title_ja: '妥結率（％）',
    description: 'Share of sales (at NHI prices) whose price was agreed, in percent.',
  },
  series: SERIES,
  period: 'month',
} satisfies ContextOptions<'price-agreement-context'>;

export const spec = contextSpec(options);
