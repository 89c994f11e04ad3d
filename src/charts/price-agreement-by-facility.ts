/** Price-agreement rate by facility category for the surveyed month. */
import * as Plot from '@observablehq/plot';
import { formatDate, formatNumber, type Lang } from '../lib/i18n.ts';
import type { FacilityRow } from '../lib/load.ts';
import { COLORS, markTitle, type ChartSpec } from './types.ts';

export function priceAgreementByFacilityChart(rows: FacilityRow[], lang: Lang, source: string): ChartSpec {
  const name = (r: FacilityRow) => (lang === 'ja' ? r.facility_ja : r.facility_en || r.facility_ja);
  const period = rows[0]?.period ?? '';
  const total = rows.find((r) => /総合計/.test(r.facility_ja));
  const missing = rows.filter((r) => r.rate_pct === null).length;
  const value = (r: FacilityRow) => (r.rate_pct === null ? (lang === 'ja' ? '欠損' : 'missing') : `${formatNumber(r.rate_pct, lang, 1)}%`);
  return {
    id: 'price-agreement-by-facility',
    lang,
    dataset: 'price-agreement-by-facility',
    title: lang === 'ja' ? `医療機関・薬局区分別の医薬品価格妥結率（${formatDate(period, lang)}）` : `Drug price-agreement rate by facility category (${formatDate(period, lang)})`,
    subtitle: lang === 'ja' ? '取引高（薬価ベース）のうち価格が妥結した割合' : 'Share of sales (at NHI prices) whose price was agreed',
    summary:
      lang === 'ja'
        ? `${rows.length}区分の妥結率。${rows.map((r) => `${name(r)} ${value(r)}`).join('、')}。${missing ? `${missing}値は欠損。` : ''}`
        : `Rates for ${rows.length} categories: ${rows.map((r) => `${name(r)} ${value(r)}`).join('; ')}.${missing ? ` ${missing} missing.` : ''}${total ? '' : ''}`,
    source,
    legend: [],
    plot: {
      width: 640,
      height: 40 + rows.length * 28,
      marginLeft: lang === 'ja' ? 190 : 250,
      marginRight: 60,
      style: { fontSize: '11px' },
      x: { domain: [0, 100], grid: true, label: lang === 'ja' ? '妥結率（%）→' : 'Agreement rate (%) →' },
      y: { domain: rows.map(name), label: null },
      marks: [
        Plot.barX(rows.filter((r) => r.rate_pct !== null), {
          x: 'rate_pct',
          y: name,
          fill: (r: FacilityRow) => (/計/.test(r.facility_ja) ? COLORS.blue : COLORS.sky),
          title: (r: FacilityRow) => markTitle(lang, name(r), r, value(r)),
        }),
        Plot.text(rows, { x: (r: FacilityRow) => r.rate_pct ?? 0, y: name, text: value, textAnchor: 'start', dx: 4, fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    },
  };
}
