/**
 * Price-agreement rate by facility category for the surveyed month: a bar per category, labels beside the
 * bars (wide) or above them (narrow), wrapped, never cut; a category without a value has no bar.
 */
import { keyOf } from '../../pipeline/labels.ts';
import * as Plot from '@observablehq/plot';
import { cellSource, COLORS, extremes, keyed, markTitle, stackRows, type ChartDefinition } from '../../display/chart.ts';
import { FONT, LAYOUTS, LINE } from '../../display/text.ts';
import { formatDate } from '../../i18n/dates.ts';
import { localName, t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { FacilityRow } from './spec.ts';
import { words } from './words.ts';

/** Totals (計) are drawn darker: a category of the survey's own vocabulary, not a value. */
const isTotal = (r: FacilityRow) => /計/.test(r.facility_ja);

export const priceAgreementByFacilityChart: ChartDefinition<FacilityRow> = {
  id: 'price-agreement-by-facility',
  make(rows, { lang }) {
    const w = words[lang];
    const name = (r: FacilityRow) => localName(lang, r.facility_ja, r.facility_en);
    const period = formatDate(rows[0]?.period ?? '', lang);
    const pct = (v: number | null) => `${formatNumber(v, lang, 1)}%`;
    const value = (r: FacilityRow) => (r.rate_pct === null ? t(lang).value.missing : pct(r.rate_pct));
    const missing = rows.filter((r) => r.rate_pct === null).length;
    const ends = extremes(
      rows.filter((r) => !isTotal(r)),
      (r) => r.rate_pct,
    );
    const title = ends ? w.title(period, pct(ends.low), ends.lows.map(name), pct(ends.high), ends.highs.map(name)) : w.titleNone(period);
    const key = (r: FacilityRow) => keyOf(r.facility_en, r.facility_ja);
    const plot = (
      layout: ReturnType<typeof stackRows>,
      frame: { width: number; marginLeft: number; marginRight: number },
      bar: (i: number) => [number, number],
      label: Plot.TextOptions,
      bands: boolean,
    ): Plot.PlotOptions => {
      const at = (r: FacilityRow) => layout.rows[rows.indexOf(r)]!;
      // Grid lines run the whole height beside the labels (wide), or only through each bar where the labels
      // are above them (narrow).
      const spans = bands
        ? rows.map((_, i) => ({ y1: bar(i)[0] - 3, y2: bar(i)[1] + 3 }))
        : [{ y1: layout.rows[0]?.top ?? 0, y2: layout.bottom }];
      const grid = spans.flatMap((sp) => [0, 25, 50, 75, 100].map((x) => ({ ...sp, x })));
      const marks = [
        Plot.ruleX(grid, { x: 'x', y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.1 }),
        Plot.text(rows, keyed({ ...label, text: (r: FacilityRow) => at(r).text, lineHeight: LINE / FONT }, key)),
        Plot.rect(
          rows.filter((r) => r.rate_pct !== null),
          keyed(
            {
              x1: 0,
              x2: 'rate_pct',
              y1: (r: FacilityRow) => bar(rows.indexOf(r))[0],
              y2: (r: FacilityRow) => bar(rows.indexOf(r))[1],
              fill: (r: FacilityRow) => (isTotal(r) ? COLORS.blue : COLORS.sky),
              title: (r: FacilityRow) => markTitle(lang, name(r), r, value(r)),
            },
            key,
          ),
        ),
        Plot.text(
          rows,
          keyed(
            {
              x: (r: FacilityRow) => r.rate_pct ?? 0,
              y: (r: FacilityRow) => (bar(rows.indexOf(r))[0] + bar(rows.indexOf(r))[1]) / 2,
              text: value,
              textAnchor: 'start' as const,
              dx: 4,
              fill: (r: FacilityRow) => (r.rate_pct === null ? COLORS.grey : 'currentColor'),
              className: 'value-label',
            },
            key,
          ),
        ),
        Plot.axisX({ ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null, y: layout.bottom, anchor: 'bottom' }),
      ];
      return {
        ...frame,
        height: layout.bottom + 30,
        marginTop: 0,
        marginBottom: 30,
        style: { fontSize: `${FONT}px` },
        x: { domain: [0, 100], axis: null },
        y: { type: 'identity', axis: null },
        marks,
      };
    };
    // Wide: labels in a column of their own, right-aligned beside their bars.
    const labelColumn = 210;
    const wide = stackRows(rows.map(name), labelColumn - 12, { top: 6, minHeight: 26 });
    // Narrow: each label above its bar, across the whole width.
    const narrow = stackRows(rows.map(name), LAYOUTS.narrow - 24, { top: 6, minHeight: 0, above: 26 });
    return {
      id: 'price-agreement-by-facility',
      lang,
      dataset: 'price-agreement-by-facility',
      title,
      subtitle: w.subtitle,
      summary: w.summary(
        rows.length,
        rows.map((r) => w.categoryValue(name(r), value(r))),
        missing,
      ),
      legend: [],
      cells: rows.map((r) => ({
        key: key(r),
        label: name(r),
        period: r.period,
        periodLabel: period,
        value: r.rate_pct,
        text: value(r),
        ...cellSource(r),
      })),
      layouts: {
        wide: plot(
          wide,
          { width: LAYOUTS.wide, marginLeft: labelColumn, marginRight: 56 },
          (i) => [wide.rows[i]!.centre - 8, wide.rows[i]!.centre + 8],
          {
            frameAnchor: 'left',
            dx: -10,
            y: (r: FacilityRow) => wide.rows[rows.indexOf(r)]!.centre,
            textAnchor: 'end',
            lineAnchor: 'middle',
          },
          false,
        ),
        narrow: plot(
          narrow,
          { width: LAYOUTS.narrow, marginLeft: 16, marginRight: 52 },
          (i) => {
            const r = narrow.rows[i]!;
            const top = r.top + r.lines.length * LINE + 4;
            return [top, top + 14];
          },
          {
            frameAnchor: 'left',
            y: (r: FacilityRow) => narrow.rows[rows.indexOf(r)]!.labelTop,
            textAnchor: 'start',
            lineAnchor: 'top',
            fontWeight: 'bold',
          },
          true,
        ),
      },
    };
  },
};
