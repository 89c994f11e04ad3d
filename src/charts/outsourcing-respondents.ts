/** Hospitals answering each wave of the outsourcing survey. */
import * as Plot from '@observablehq/plot';
import { formatNumber, type Lang } from '../lib/i18n.ts';
import type { OutsourcingRow } from '../lib/load.ts';
import { COLORS, type ChartSpec } from './types.ts';

export function outsourcingRespondentsChart(rows: OutsourcingRow[], lang: Lang, source: string): ChartSpec {
  const waves = [...new Map(rows.map((r) => [r.survey_year, r])).values()].sort((a, b) => a.survey_year - b.survey_year);
  const label = (r: OutsourcingRow) => (lang === 'ja' ? `${r.survey_ja}\n(${r.survey_year})` : String(r.survey_year));
  const text = (r: OutsourcingRow) => (r.respondents === null ? (lang === 'ja' ? '欠損' : 'missing') : formatNumber(r.respondents, lang));
  return {
    id: 'outsourcing-respondents',
    lang,
    dataset: 'outsourcing-rates',
    title: lang === 'ja' ? '医療関連サービス実態調査の回答病院数' : 'Hospitals answering each wave of the outsourcing survey',
    subtitle: lang === 'ja' ? '調査回ごと（資料のグラフの凡例から）' : 'Per survey wave (from the legend of the handout\'s chart)',
    summary:
      lang === 'ja'
        ? `回答病院数：${waves.map((r) => `${r.survey_ja} ${text(r)}`).join('、')}。`
        : `Hospitals answering: ${waves.map((r) => `${r.survey_year} ${text(r)}`).join('; ')}.`,
    source,
    legend: [],
    plot: {
      width: 640,
      height: 240,
      marginLeft: 50,
      marginBottom: 40,
      style: { fontSize: '11px' },
      x: { domain: waves.map(label), label: null },
      y: { grid: true, label: lang === 'ja' ? '↑ 病院数' : '↑ Hospitals' },
      marks: [
        Plot.barY(waves.filter((r) => r.respondents !== null), {
          x: label,
          y: 'respondents',
          fill: COLORS.sky,
          title: (r: OutsourcingRow) => `${lang === 'ja' ? r.survey_ja : r.survey_year}: ${text(r)}\n${lang === 'ja' ? '原文' : 'source line'} ${r.wave_line}`,
        }),
        Plot.text(waves, { x: label, y: (r: OutsourcingRow) => r.respondents ?? 0, text, dy: -8, fill: 'currentColor' }),
        Plot.ruleY([0]),
      ],
    },
  };
}
