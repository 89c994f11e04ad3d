/** price-agreement-context on the price-agreement page: the longer view beside the handout's categories. */
import type { Lang } from '../../i18n/index.ts';
import { localName } from '../../i18n/index.ts';
import { keyOf } from '../../pipeline/labels.ts';
import { handoutPoint, longerViewChart, type LongerPoint } from '../context/chart.ts';
import { contextView } from '../context/view.ts';
import type { FacilityRow } from '../price-agreement-by-facility/spec.ts';
import type { OwnerRow } from '../price-agreement-by-owner/spec.ts';
import { FACILITY_SERIES, SERIES, spec } from './spec.ts';

/** The handout's values of the same series: the facility table's categories, and the owner table's all-hospitals row (200+ beds). */
function handoutPoints(rowsOf: (dataset: string) => unknown[], lang: Lang): LongerPoint[] {
  const out: LongerPoint[] = [];
  const add = (key: keyof typeof SERIES, r: FacilityRow | OwnerRow) =>
    out.push(handoutPoint(key, localName(lang, SERIES[key].ja, SERIES[key].en), r.period, r.rate_pct!, r));
  for (const r of rowsOf('price-agreement-by-facility') as FacilityRow[]) {
    const key = FACILITY_SERIES[keyOf(r.facility_en)];
    if (key && r.rate_pct !== null) add(key, r);
  }
  // the owner table's all-hospitals row covers the hospitals with 200+ beds, at months the facility table may not print
  for (const r of rowsOf('price-agreement-by-owner') as OwnerRow[])
    if (r.owner_no === 0 && r.rate_pct !== null && !out.some((p) => p.key === 'hospitals-200-beds' && p.period === r.period))
      add('hospitals-200-beds', r);
  return out;
}

export const priceAgreementContextView = contextView(spec, 'price-agreement', [
  longerViewChart({
    id: 'price-agreement-longer-view',
    dataset: spec.id,
    draws: ['price-agreement-by-facility', 'price-agreement-by-owner'],
    keys: ['all-transactions', 'hospitals-200-beds', 'clinics', 'chain-pharmacies'],
    unit: 'percent',
    story: { ja: '医薬品の価格妥結率', en: 'Drug price-agreement rates' },
    byMonth: true,
    short: {
      'all-transactions': { ja: '総計', en: 'All' },
      'hospitals-200-beds': { ja: '200床以上の病院', en: '200+ bed hospitals' },
      clinics: { ja: '診療所', en: 'Clinics' },
      'chain-pharmacies': { ja: 'チェーン薬局', en: 'Chain pharmacies' },
    },
    handout: handoutPoints,
  }),
]);
