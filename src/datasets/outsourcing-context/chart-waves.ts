/**
 * The outsourcing story at a glance: each service's outsourcing rate at the survey's later waves, a dot per
 * wave, sorted by the latest wave's rate (the FT Visual Vocabulary's dot plot for change). Each wave's values
 * come from a different public source, so the dots of a service are never joined; the waves differ by shape
 * and by their legend, not by colour alone. A service without a value at a wave has no dot there.
 */
import * as Plot from '@observablehq/plot';
import { COLORS, keyed, markTitle, stackRows, type ChartDefinition, type LegendItem } from '../../display/chart.ts';
import { FONT, LAYOUTS, LINE } from '../../display/text.ts';
import { localName } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { ContextRow } from '../context/reader.ts';
import { words } from './words.ts';

/** Shapes and colours by wave, oldest first: a hollow circle, then a filled diamond (told apart without colour). */
const WAVE_MARKS = [
  { symbol: 'circle', fill: 'white', stroke: COLORS.blue, hollow: true },
  { symbol: 'diamond', fill: COLORS.vermillion, stroke: COLORS.vermillion, hollow: false },
] as const;

export const outsourcingWavesChart: ChartDefinition<ContextRow> = {
  id: 'outsourcing-by-service',
  make(all, { lang }) {
    const w = words[lang];
    const rows = all.filter((r) => r.value !== null);
    const years = [...new Set(rows.map((r) => Number(r.period.slice(0, 4))))].sort((a, b) => a - b).slice(-WAVE_MARKS.length);
    const shown = rows.filter((r) => years.includes(Number(r.period.slice(0, 4))));
    const latest = years[years.length - 1];
    const at = (r: ContextRow) => Number(r.period.slice(0, 4));
    const valueAt = (key: string, year: number | undefined) => shown.find((r) => r.series === key && at(r) === year)?.value ?? null;
    // Services by their latest rate, highest first; those without one after, by their earlier rate.
    const keys = [...new Set(shown.map((r) => r.series))].sort(
      (a, b) =>
        (valueAt(b, latest) ?? -1) - (valueAt(a, latest) ?? -1) ||
        (valueAt(b, years[0]) ?? -1) - (valueAt(a, years[0]) ?? -1) ||
        a.localeCompare(b),
    );
    const nameOf = (key: string) => {
      const r = shown.find((x) => x.series === key)!;
      return localName(lang, r.series_ja, r.series_en);
    };
    const pct = (v: number) => `${formatNumber(v, lang, 1)}%`;
    const publisherOf = (year: number) => shown.find((r) => at(r) === year)?.source_publisher ?? '';
    const markOf = (r: ContextRow) => WAVE_MARKS[years.indexOf(at(r))]!;
    const withLatest = keys.filter((k) => valueAt(k, latest) !== null);
    const above = withLatest.filter((k) => valueAt(k, latest)! > 90).length;
    const title = latest === undefined ? w.titleNone : w.title(latest, above, withLatest.length);
    const labels = keys.map(nameOf);

    const plot = (
      layout: ReturnType<typeof stackRows>,
      frame: { width: number; marginLeft: number; marginRight: number },
      label: Plot.TextOptions,
      dotY: (i: number) => number,
    ): Plot.PlotOptions => {
      // each wave a little above or below the row's line, so close values never hide each other
      const y = (r: ContextRow) => dotY(keys.indexOf(r.series)) + (years.indexOf(at(r)) - (years.length - 1) / 2) * 7;
      const grid = [0, 25, 50, 75, 100].map((x) => ({ x }));
      return {
        ...frame,
        height: layout.bottom + 30,
        marginTop: 0,
        marginBottom: 30,
        style: { fontSize: `${FONT}px` },
        x: { domain: [0, 100], axis: null },
        y: { type: 'identity', axis: null },
        marks: [
          Plot.ruleX(grid, { x: 'x', y1: layout.rows[0]?.top ?? 0, y2: layout.bottom, stroke: 'currentColor', strokeOpacity: 0.1 }),
          Plot.ruleY(keys, { y: (_k: string, i: number) => dotY(i), stroke: 'currentColor', strokeOpacity: 0.08 }),
          Plot.text(
            keys,
            keyed({ ...label, text: (_k: string, i: number) => layout.rows[i]!.text, lineHeight: LINE / FONT }, (k: string) => k),
          ),
          Plot.dot(
            shown,
            keyed(
              {
                x: 'value',
                y,
                r: 5,
                symbol: (r: ContextRow) => markOf(r).symbol,
                fill: (r: ContextRow) => markOf(r).fill,
                stroke: (r: ContextRow) => markOf(r).stroke,
                strokeWidth: 1.5,
                title: (r: ContextRow) => markTitle(lang, `${nameOf(r.series)} ${w.wave(at(r), r.source_publisher)}`, r, pct(r.value!)),
              },
              (r: ContextRow) => r.series,
            ),
          ),
          Plot.axisX({ ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null, y: layout.bottom, anchor: 'bottom' }),
        ],
      };
    };
    const labelColumn = 210;
    const wide = stackRows(labels, labelColumn - 12, { top: 6, minHeight: 24 });
    const narrow = stackRows(labels, LAYOUTS.narrow - 24, { top: 6, minHeight: 0, above: 26 });
    const legend: LegendItem[] = years.map((year, i) => ({
      label: w.wave(year, publisherOf(year)),
      color: WAVE_MARKS[i]!.stroke,
      symbol: WAVE_MARKS[i]!.symbol,
      hollow: WAVE_MARKS[i]!.hollow,
    }));
    return {
      id: 'outsourcing-by-service',
      lang,
      dataset: 'outsourcing-context',
      title,
      subtitle: w.subtitle(w.waves(years)),
      summary: w.summary(
        keys.length,
        keys.map((k) =>
          w.serviceValues(
            nameOf(k),
            years.flatMap((y) => (valueAt(k, y) === null ? [] : [w.point(y, pct(valueAt(k, y)!))])),
          ),
        ),
        w.renamed,
      ),
      legend,
      cells: keys.flatMap((k) =>
        shown
          .filter((r) => r.series === k)
          .map((r) => ({
            key: k,
            label: nameOf(k),
            period: r.period,
            periodLabel: String(at(r)),
            value: r.value,
            text: pct(r.value!),
            status: r.status,
            source_doc: '',
            source_line: null,
            source_url: r.source_url,
          })),
      ),
      layouts: {
        wide: plot(
          wide,
          { width: LAYOUTS.wide, marginLeft: labelColumn, marginRight: 24 },
          { frameAnchor: 'left', dx: -10, y: (_k: string, i: number) => wide.rows[i]!.centre, textAnchor: 'end', lineAnchor: 'middle' },
          (i) => wide.rows[i]!.centre,
        ),
        narrow: plot(
          narrow,
          { width: LAYOUTS.narrow, marginLeft: 16, marginRight: 16 },
          {
            frameAnchor: 'left',
            y: (_k: string, i: number) => narrow.rows[i]!.labelTop,
            textAnchor: 'start',
            lineAnchor: 'top',
            fontWeight: 'bold',
          },
          (i) => {
            const r = narrow.rows[i]!;
            return r.top + r.lines.length * LINE + 14;
          },
        ),
      },
    };
  },
};
