/** Registered clinical laboratories on 1 January of each year; a missing total is a gap. */
import * as Plot from '@observablehq/plot';
import { formatNumber, type Lang } from '../lib/i18n.ts';
import type { LabsRow } from '../lib/load.ts';
import { COLORS, markTitle, type ChartSpec } from './types.ts';

export function clinicalLabsChart(rows: LabsRow[], lang: Lang, source: string): ChartSpec {
  const year = (r: LabsRow) => r.date.slice(0, 4);
  const present = rows.filter((r) => r.labs !== null);
  const missing = rows.filter((r) => r.labs === null);
  const range = rows.length ? `${year(rows[0]!)}–${year(rows[rows.length - 1]!)}` : '';
  return {
    id: 'clinical-labs-totals',
    lang,
    dataset: 'clinical-labs-totals',
    title: lang === 'ja' ? `衛生検査所数の推移（各年1月1日、${range}年）` : `Registered clinical laboratories, 1 January ${range}`,
    subtitle: lang === 'ja' ? '内訳表の合計欄から。空白は資料から確定できない年' : 'From the total column of the breakdowns; a gap is a year the text does not settle',
    summary:
      lang === 'ja'
        ? `${rows.map((r) => `${year(r)}年 ${r.labs === null ? '欠損' : `${formatNumber(r.labs, lang)}か所`}`).join('、')}。${missing.length ? `${missing.map(year).join('・')}年はOCRが崩れ、合計を確定できないため空白。` : ''}`
        : `${rows.map((r) => `${year(r)}: ${r.labs === null ? 'missing' : formatNumber(r.labs, lang)}`).join('; ')}.${missing.length ? ` ${missing.map(year).join(', ')} is a gap: the OCR'd table does not settle the total.` : ''}`,
    source,
    legend: [],
    plot: {
      width: 640,
      height: 300,
      marginLeft: 50,
      style: { fontSize: '11px' },
      x: { domain: rows.map(year), label: null },
      y: { grid: true, label: lang === 'ja' ? '↑ か所' : '↑ Laboratories', domain: [0, Math.max(1000, ...present.map((r) => r.labs!))] },
      marks: [
        Plot.barY(present, { x: year, y: 'labs', fill: COLORS.blue, title: (r: LabsRow) => markTitle(lang, r.date, r, formatNumber(r.labs, lang)) }),
        Plot.text(present, { x: year, y: 'labs', text: (r: LabsRow) => formatNumber(r.labs, lang), dy: -8, fill: 'currentColor' }),
        Plot.text(missing, { x: year, y: 0, text: () => (lang === 'ja' ? '欠損' : 'missing'), dy: -10, fill: COLORS.grey }),
        Plot.ruleY([0]),
      ],
    },
  };
}
