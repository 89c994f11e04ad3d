/** Hospitals answering each wave of the outsourcing survey: a bar per wave, a missing count a gap. */
import * as Plot from '@observablehq/plot';
import { COLORS, keyed, type ChartDefinition } from '../../display/chart.ts';

/** The one entity of the chart: the hospitals that answered. */
const KEY = 'hospitals-responding';
import { FONT, LAYOUTS } from '../../display/text.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { OutsourcingRow } from './spec.ts';
import { words } from './words.ts';

export const outsourcingRespondentsChart: ChartDefinition<OutsourcingRow> = {
  id: 'outsourcing-respondents',
  make(rows, { lang }) {
    const w = words[lang];
    const waves = [...new Map(rows.map((r) => [r.survey_year, r])).values()].sort((a, b) => a.survey_year - b.survey_year);
    // Each wave's count carries its own status (read where printed, else missing), not that of its row's rate:
    // the marks' `data-status` is what `?values=printed` keeps and the provenance panel finds.
    const counted = waves.map((r) => ({ ...r, status: r.respondents === null ? ('missing' as const) : ('read' as const) }));
    const present = counted.filter((r) => r.respondents !== null);
    const counts = present.map((r) => r.respondents!);
    const text = (r: OutsourcingRow) => (r.respondents === null ? t(lang).value.missing : formatNumber(r.respondents, lang));
    const layout = (width: number, tick: (r: OutsourcingRow) => string, height: number, marginBottom: number): Plot.PlotOptions => ({
      width,
      height,
      marginLeft: 44,
      marginRight: 8,
      marginTop: 28,
      marginBottom,
      style: { fontSize: `${FONT}px` },
      x: { domain: waves.map(tick), label: null, tickSize: 0 },
      y: { grid: true, label: `↑ ${w.respondentsAxis}`, ticks: 4, tickFormat: (v: number) => formatNumber(v, lang) },
      marks: [
        Plot.barY(
          present,
          keyed(
            {
              x: tick,
              y: 'respondents',
              fill: COLORS.sky,
              title: (r: OutsourcingRow) =>
                `${t(lang).value.head(w.wave(r.survey_year, r.survey_ja), w.hospitals(text(r)))}\n${t(lang).value.provenance('read', r.wave_line, '', '')}`,
            },
            () => KEY,
          ),
        ),
        Plot.text(
          counted,
          keyed(
            { x: tick, y: (r: OutsourcingRow) => r.respondents ?? 0, text, dy: -8, fill: 'currentColor', className: 'value-label' },
            () => KEY,
          ),
        ),
        Plot.ruleY([0]),
      ],
    });
    return {
      id: 'outsourcing-respondents',
      lang,
      dataset: 'outsourcing-rates',
      title: counts.length
        ? w.respondentsTitle(formatNumber(Math.min(...counts), lang), formatNumber(Math.max(...counts), lang), waves.length)
        : w.respondentsSubtitle,
      subtitle: w.respondentsSubtitle,
      summary: w.respondentsSummary(
        waves.map((r) => w.waveValue(w.wave(r.survey_year, r.survey_ja), text(r))),
        waves.length - present.length,
      ),
      legend: [],
      // The counts are read from the line that names each wave (no repair applies to them).
      cells: waves.map((r) => ({
        key: KEY,
        label: w.respondentsAxis,
        period: String(r.survey_year),
        periodLabel: w.wave(r.survey_year, r.survey_ja),
        value: r.respondents,
        text: text(r),
        status: r.respondents === null ? ('missing' as const) : ('read' as const),
        source_doc: r.source_doc,
        source_line: r.wave_line,
        source_url: '',
      })),
      layouts: {
        wide: layout(LAYOUTS.wide, (r) => w.waveTick(r.survey_year, r.survey_ja), 300, 44),
        narrow: layout(LAYOUTS.narrow, (r) => w.waveShort(r.survey_year), 250, 28),
      },
    };
  },
};
