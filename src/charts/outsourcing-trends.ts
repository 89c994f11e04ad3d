/** Outsourcing rate per service across the survey waves: small multiples; gaps where values are missing. */
import * as Plot from '@observablehq/plot';
import { formatNumber, type Lang } from '../lib/i18n.ts';
import type { OutsourcingRow } from '../lib/load.ts';
import { COLORS, markTitle, truncate, type ChartSpec } from './types.ts';

const COLUMNS = 3;

export function outsourcingTrendsChart(rows: OutsourcingRow[], lang: Lang, source: string): ChartSpec {
  const services = [...new Set(rows.map((r) => r.service_ja))];
  const name = (ja: string) => (lang === 'ja' ? ja : rows.find((r) => r.service_ja === ja)?.service_en || ja);
  const cell = (r: OutsourcingRow) => services.indexOf(r.service_ja);
  const fx = (r: OutsourcingRow) => cell(r) % COLUMNS;
  const fy = (r: OutsourcingRow) => Math.floor(cell(r) / COLUMNS);
  const years = [...new Set(rows.map((r) => r.survey_year))].sort();
  const present = rows.filter((r) => r.rate_pct !== null);
  const withData = new Set(present.map((r) => r.service_ja));
  const heads = services.map((ja) => rows.find((r) => r.service_ja === ja)!);
  const statusLabel = (r: OutsourcingRow) =>
    r.status === 'sourced' ? (lang === 'ja' ? '外部出典' : 'sourced') : lang === 'ja' ? '資料から' : 'from the handout';
  const summary =
    lang === 'ja'
      ? `${services.length}サービス×${years.length}回の調査、${rows.length}値のうち値があるのは${present.length}値（${[...withData].join('、') || 'なし'}）。資料のグラフは画像でOCRで数値が失われたため、残りは空白。値は公開情報から引用したもの（外部出典、◇）と資料から読んだもの（●）を区別。`
      : `${services.length} services × ${years.length} survey waves: ${present.length} of ${rows.length} values exist (${[...withData].map(name).join(', ') || 'none'}). The handout's chart was an image and OCR lost its numbers, so the rest are gaps. Values from cited public sources (◇) are marked apart from values read in the handout (●).`;
  return {
    id: 'outsourcing-trends',
    lang,
    dataset: 'outsourcing-rates',
    title: lang === 'ja' ? `医療関連サービスの委託率（病院、${years[0]}–${years[years.length - 1]}年）` : `Hospital outsourcing rates by service, ${years[0]}–${years[years.length - 1]}`,
    subtitle: lang === 'ja' ? `${rows.length}値のうち${present.length}値のみ判明：空白は欠損` : `Only ${present.length} of ${rows.length} values are known: gaps are missing values`,
    summary,
    source,
    legend: [
      { label: lang === 'ja' ? '資料から読み取り' : 'read in the handout', color: COLORS.blue, symbol: 'circle' },
      { label: lang === 'ja' ? '外部出典（公開情報から引用）' : 'sourced (from a cited public source)', color: COLORS.vermillion, symbol: 'diamond', hollow: true },
    ],
    plot: {
      width: 720,
      height: 120 * Math.ceil(services.length / COLUMNS) + 60,
      marginLeft: 36,
      marginTop: 24,
      style: { fontSize: '10px' },
      fx: { axis: null, padding: 0.12 },
      fy: { axis: null, padding: 0.25 },
      x: { domain: [years[0]! - 1, years[years.length - 1]! + 1], ticks: years.filter((_, i) => i % 3 === 0), tickFormat: 'd', label: null },
      y: { domain: [0, 100], ticks: [0, 50, 100], grid: true, label: lang === 'ja' ? '↑ 委託率（%）' : '↑ Outsourced (%)' },
      color: { domain: [lang === 'ja' ? '資料から' : 'from the handout', lang === 'ja' ? '外部出典' : 'sourced'], range: [COLORS.blue, COLORS.vermillion] },
      marks: [
        Plot.frame({ stroke: '#ccc' }),
        Plot.text(heads, { fx, fy, frameAnchor: 'top-left', dx: 3, dy: 3, text: (r: OutsourcingRow) => truncate(name(r.service_ja), lang === 'ja' ? 14 : 26), fontWeight: 'bold' }),
        Plot.text(heads.filter((r) => !withData.has(r.service_ja)), { fx, fy, frameAnchor: 'middle', text: () => (lang === 'ja' ? '値なし（欠損）' : 'no values (missing)'), fill: COLORS.grey }),
        Plot.line(rows, { fx, fy, x: 'survey_year', y: 'rate_pct', stroke: '#999' }),
        Plot.dot(present, {
          fx,
          fy,
          x: 'survey_year',
          y: 'rate_pct',
          stroke: statusLabel,
          fill: (r: OutsourcingRow) => (r.status === 'sourced' ? 'white' : statusLabel(r)),
          symbol: (r: OutsourcingRow) => (r.status === 'sourced' ? 'diamond' : 'circle'),
          r: 4,
          strokeWidth: 1.5,
          title: (r: OutsourcingRow) => markTitle(lang, `${r.service_ja} ${r.survey_year}`, r, `${formatNumber(r.rate_pct, lang, 1)}%`),
        }),
      ],
    },
  };
}
