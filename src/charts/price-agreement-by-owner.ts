/** Price-agreement rate per hospital owner, June → September → December 2010, sorted by December. */
import * as Plot from '@observablehq/plot';
import { formatMonthShort, formatNumber, type Lang } from '../lib/i18n.ts';
import type { OwnerRow } from '../lib/load.ts';
import { COLORS, markTitle, truncate, type ChartSpec } from './types.ts';

const PERIOD_COLORS = [COLORS.orange, COLORS.sky, COLORS.blue];
const PERIOD_SYMBOLS = ['triangle', 'square', 'circle'];

export function priceAgreementByOwnerChart(rows: OwnerRow[], lang: Lang, source: string): ChartSpec {
  const periods = [...new Set(rows.map((r) => r.period))];
  const last = periods[periods.length - 1]!;
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))];
  const name = (r: OwnerRow) => (lang === 'ja' ? r.owner_ja : r.owner_en || r.owner_ja);
  const label = (r: OwnerRow) => `${truncate(name(r), lang === 'ja' ? 19 : 34)} (${r.hospitals === null ? '?' : formatNumber(r.hospitals, lang)})`;
  const all = rows.filter((r) => r.owner_no === 0);
  const owners = rows.filter((r) => r.owner_no !== 0);
  // Sort by the last period's rate, highest first; owners whose last rate is missing go last, in source order.
  const byNo = new Map<number, OwnerRow[]>();
  for (const r of owners) byNo.set(r.owner_no, [...(byNo.get(r.owner_no) ?? []), r]);
  const order = [...byNo.values()]
    .sort((a, b) => {
      const va = a.find((r) => r.period === last)?.rate_pct ?? -1;
      const vb = b.find((r) => r.period === last)?.rate_pct ?? -1;
      return vb - va || a[0]!.owner_no - b[0]!.owner_no;
    })
    .map((list) => label(list[0]!));
  const present = owners.filter((r) => r.rate_pct !== null);
  const periodName = (p: string) => formatMonthShort(p, lang);
  const missing = owners.filter((r) => r.rate_pct === null).length;
  const lastRows = owners.filter((r) => r.period === last && r.rate_pct !== null).sort((a, b) => b.rate_pct! - a.rate_pct!);
  const top = lastRows[0];
  const bottom = lastRows[lastRows.length - 1];
  const allLast = all.find((r) => r.period === last);
  const summary =
    lang === 'ja'
      ? `${owners.length / periods.length}の設置主体について、${periods.map(periodName).join('・')}の妥結率。${periodName(last)}に最も高いのは${top ? `${name(top)}（${formatNumber(top.rate_pct, lang, 1)}%）` : '—'}、最も低いのは${bottom ? `${name(bottom)}（${formatNumber(bottom.rate_pct, lang, 1)}%）` : '—'}。病院全体は${allLast?.rate_pct != null ? `${formatNumber(allLast.rate_pct, lang, 1)}%` : '欠損'}（縦線）。${owners.length}値のうち${missing}値はOCRで読めず欠損（空白）。`
      : `Agreement rates of ${owners.length / periods.length} hospital owners in ${periods.map(periodName).join(', ')}. In ${periodName(last)} the highest is ${top ? `${name(top)} (${formatNumber(top.rate_pct, lang, 1)}%)` : '—'}, the lowest ${bottom ? `${name(bottom)} (${formatNumber(bottom.rate_pct, lang, 1)}%)` : '—'}. All hospitals: ${allLast?.rate_pct != null ? `${formatNumber(allLast.rate_pct, lang, 1)}%` : 'missing'} (vertical line). ${missing} of ${owners.length} values are missing (gaps): OCR did not preserve them.`;
  return {
    id: 'price-agreement-by-owner',
    lang,
    dataset: 'price-agreement-by-owner',
    title:
      lang === 'ja'
        ? `設置主体別の医薬品価格妥結率（200床以上の病院、${years.join('・')}年）`
        : `Drug price-agreement rate by hospital owner (hospitals with 200+ beds, ${years.join(', ')})`,
    subtitle: lang === 'ja' ? `${periods.map(periodName).join(' → ')}、${periodName(last)}の高い順。（　）内は病院数` : `${periods.map(periodName).join(' → ')}, sorted by ${periodName(last)}; hospitals in brackets`,
    summary,
    source,
    legend: [
      ...periods.map((p, i) => ({ label: periodName(p), color: PERIOD_COLORS[i % PERIOD_COLORS.length]!, symbol: PERIOD_SYMBOLS[i % PERIOD_SYMBOLS.length] as 'circle' })),
      { label: lang === 'ja' ? '病院全体（破線）' : 'All hospitals (dashed)', color: '#1a1a1a', symbol: 'line' },
    ],
    plot: {
      width: 780,
      height: 70 + order.length * 24,
      marginLeft: lang === 'ja' ? 250 : 290,
      marginRight: 20,
      style: { fontSize: '11px' },
      x: { domain: [0, 100], grid: true, label: lang === 'ja' ? '妥結率（%）→' : 'Agreement rate (%) →' },
      y: { domain: order, label: null },
      color: { domain: periods.map(periodName), range: PERIOD_COLORS },
      symbol: { domain: periods.map(periodName), range: PERIOD_SYMBOLS },
      marks: [
        Plot.ruleX(all.filter((r) => r.rate_pct !== null), { x: 'rate_pct', stroke: (r: OwnerRow) => periodName(r.period), strokeDasharray: '4,3', title: (r: OwnerRow) => markTitle(lang, `${name(r)} ${periodName(r.period)}`, r, `${formatNumber(r.rate_pct, lang, 1)}%`) }),
        // A thin line joins an owner's periods; a missing value breaks it.
        Plot.line(owners, { x: 'rate_pct', y: label, z: 'owner_no', stroke: '#999', strokeWidth: 1, sort: { channel: 'z' } }),
        Plot.dot(present, {
          x: 'rate_pct',
          y: label,
          fill: (r: OwnerRow) => periodName(r.period),
          stroke: (r: OwnerRow) => periodName(r.period),
          symbol: (r: OwnerRow) => periodName(r.period),
          r: 4,
          title: (r: OwnerRow) => markTitle(lang, `${name(r)} ${periodName(r.period)}`, r, `${formatNumber(r.rate_pct, lang, 1)}%`),
        }),
      ],
    },
  };
}
