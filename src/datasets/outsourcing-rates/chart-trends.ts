/**
 * The outsourcing rates that exist, per service across the survey waves: only the services with at least one
 * value (in the 2011 handout the rates were an image and OCR lost them; the few values are from public
 * sources), one panel each; a wave without a value is a gap.
 */
import { keyOf } from '../../pipeline/labels.ts';
import * as Plot from '@observablehq/plot';
import { cellSource, COLORS, keyed, markTitle, statusLegend, statusMark, type ChartDefinition } from '../../display/chart.ts';
import { FONT, LAYOUTS, LINE, wrapped } from '../../display/text.ts';
import { localName, t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { OutsourcingRow } from './spec.ts';
import { words } from './words.ts';

const PANEL = { wide: 170, narrow: 150 };

export const outsourcingTrendsChart: ChartDefinition<OutsourcingRow> = {
  id: 'outsourcing-trends',
  make(rows, { lang }) {
    const w = words[lang];
    const name = (r: OutsourcingRow) => localName(lang, r.service_ja, r.service_en);
    const key = (r: OutsourcingRow) => keyOf(r.service_en, r.service_ja);
    const pct = (v: number | null) => `${formatNumber(v, lang, 1)}%`;
    const allServices = [...new Set(rows.map((r) => r.service_ja))];
    const years = [...new Set(rows.map((r) => r.survey_year))].sort();
    const present = rows.filter((r) => r.rate_pct !== null);
    const shown = allServices.filter((s) => present.some((r) => r.service_ja === s));
    const shownRows = rows.filter((r) => shown.includes(r.service_ja));
    const valuesOf = (s: string) => present.filter((r) => r.service_ja === s).sort((a, b) => a.survey_year - b.survey_year);
    const first = shown.length === 1 ? valuesOf(shown[0]!) : [];
    const title =
      shown.length === 0
        ? w.trendsTitleNone
        : shown.length === 1 && first.length > 1
          ? w.trendsTitleOne(
              name(first[0]!),
              pct(first[0]!.rate_pct),
              first[0]!.survey_year,
              pct(first[first.length - 1]!.rate_pct),
              first[first.length - 1]!.survey_year,
            )
          : w.trendsTitleMany(shown.length);
    const summary = shown.length
      ? w.trendsSummary({
          shown: shown.map((s) =>
            w.serviceValues(
              name(valuesOf(s)[0]!),
              valuesOf(s).map((r) => w.point(r.survey_year, pct(r.rate_pct))),
            ),
          ),
          withValues: shown.map((s) => name(valuesOf(s)[0]!)),
          without: allServices.length - shown.length,
          services: allServices.length,
          waves: years.length,
        })
      : w.trendsNone(allServices.length, years.length);
    const layout = (width: number, panel: number): Plot.PlotOptions => {
      const labelWidth = width - 60;
      const heads = shown.map((s) => ({ s, text: wrapped(name(valuesOf(s)[0]!), labelWidth) }));
      const headLines = Math.max(1, ...heads.map((h) => h.text.split('\n').length));
      return {
        width,
        height: Math.max(1, shown.length) * (panel + headLines * LINE + 12) + 40,
        marginLeft: 48,
        marginRight: 16,
        marginTop: headLines * LINE + 14,
        marginBottom: 28,
        style: { fontSize: `${FONT}px` },
        fy: { domain: shown.length ? shown : [''], axis: null, padding: (headLines * LINE + 14) / (panel + headLines * LINE + 14) },
        x: {
          domain: [years[0]! - 1, years[years.length - 1]! + 1],
          ticks: width < 400 ? years.filter((_, i) => i % 2 === 0) : years,
          tickFormat: 'd',
          label: null,
        },
        y: { domain: [0, 100], ticks: [0, 50, 100], grid: true, label: null, tickFormat: (d: number) => `${d}%` },
        marks: [
          Plot.frame({ stroke: '#ccc' }),
          Plot.text(heads, {
            fy: 's',
            text: 'text',
            frameAnchor: 'top-left',
            dy: -headLines * LINE - 6,
            lineAnchor: 'top',
            fontWeight: 'bold',
            lineHeight: LINE / FONT,
          }),
          ...(shown.length === 0
            ? [Plot.text([w.trendsTitleNone], { frameAnchor: 'middle', text: (d: string) => wrapped(d, labelWidth), fill: COLORS.grey })]
            : []),
          // Values of consecutive waves are joined; a missing wave breaks the line.
          Plot.line(shownRows, { fy: 'service_ja', x: 'survey_year', y: 'rate_pct', stroke: '#999' }),
          Plot.dot(
            present.filter((r) => shown.includes(r.service_ja)),
            keyed(
              {
                fy: 'service_ja',
                x: 'survey_year',
                y: 'rate_pct',
                symbol: (r: OutsourcingRow) => statusMark(r.status).symbol,
                fill: (r: OutsourcingRow) => statusMark(r.status).fill,
                stroke: (r: OutsourcingRow) => statusMark(r.status).stroke,
                r: 5,
                strokeWidth: 2,
                title: (r: OutsourcingRow) => markTitle(lang, `${name(r)} ${r.survey_year}`, r, pct(r.rate_pct)),
              },
              key,
            ),
          ),
          Plot.text(
            present.filter((r) => shown.includes(r.service_ja)),
            keyed(
              {
                fy: 'service_ja',
                x: 'survey_year',
                y: 'rate_pct',
                text: (r: OutsourcingRow) => pct(r.rate_pct),
                // above the symbol, clear of its top (a diamond of r 5 reaches about 7 units up)
                lineAnchor: 'bottom' as const,
                dy: -9,
                fill: 'currentColor',
                className: 'value-label',
              },
              key,
            ),
          ),
        ],
      };
    };
    return {
      id: 'outsourcing-trends',
      lang,
      dataset: 'outsourcing-rates',
      title,
      subtitle: w.trendsSubtitle(present.length > 0 && present.every((r) => r.status === 'sourced')),
      summary,
      cells: shownRows.map((r) => ({
        key: key(r),
        label: name(r),
        period: String(r.survey_year),
        periodLabel: String(r.survey_year),
        value: r.rate_pct,
        text: r.rate_pct === null ? t(lang).value.missing : pct(r.rate_pct),
        ...cellSource(r),
      })),
      legend: statusLegend(
        present.map((r) => r.status),
        lang,
      ),
      layouts: { wide: layout(LAYOUTS.wide, PANEL.wide), narrow: layout(LAYOUTS.narrow, PANEL.narrow) },
    };
  },
};
