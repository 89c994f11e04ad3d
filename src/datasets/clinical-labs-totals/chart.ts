/** Registered clinical laboratories on 1 January of each year: a bar per year; a year without a total has none. */
import * as Plot from '@observablehq/plot';
import { cellSource, COLORS, keyed, markTitle, type ChartDefinition } from '../../display/chart.ts';

/** The one entity of the chart: all registered laboratories. */
const KEY = 'registered-laboratories';
import { FONT, LAYOUTS } from '../../display/text.ts';
import { formatDate } from '../../i18n/dates.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { LabsRow } from './spec.ts';
import { words } from './words.ts';

export const clinicalLabsChart: ChartDefinition<LabsRow> = {
  id: 'clinical-labs-totals',
  make(rows, { lang }) {
    const w = words[lang];
    const year = (r: LabsRow) => r.date.slice(0, 4);
    const present = rows.filter((r) => r.labs !== null);
    const missing = rows.filter((r) => r.labs === null).map(year);
    const count = (r: LabsRow) => formatNumber(r.labs, lang);
    const first = present[0];
    const last = present[present.length - 1];
    const title =
      first && last && first !== last
        ? w.titleChange(
            count(first),
            year(first),
            count(last),
            year(last),
            last.labs! < first.labs! ? 'fell' : last.labs! > first.labs! ? 'rose' : 'same',
          )
        : first
          ? w.titleOne(count(first), year(first))
          : w.titleNone;
    const top = Math.max(1000, ...present.map((r) => r.labs!));
    const layout = (width: number, height: number, ticks: number): Plot.PlotOptions => ({
      width,
      height,
      marginLeft: 44,
      marginRight: 8,
      marginTop: 28,
      style: { fontSize: `${FONT}px` },
      x: { domain: rows.map(year), label: null, tickSize: 0 },
      y: { grid: true, label: `↑ ${w.axis}`, domain: [0, top], ticks, tickFormat: (v: number) => formatNumber(v, lang) },
      marks: [
        Plot.barY(
          present,
          keyed(
            {
              x: year,
              y: 'labs',
              fill: COLORS.blue,
              title: (r: LabsRow) => markTitle(lang, formatDate(r.date, lang), r, count(r)),
            },
            () => KEY,
          ),
        ),
        Plot.text(
          present,
          keyed({ x: year, y: 'labs', text: count, dy: -8, fill: 'currentColor', className: 'value-label' }, () => KEY),
        ),
        Plot.text(
          rows.filter((r) => r.labs === null),
          { x: year, y: 0, text: () => t(lang).value.missing, dy: -10, fill: COLORS.grey },
        ),
        Plot.ruleY([0]),
      ],
    });
    return {
      id: 'clinical-labs-totals',
      lang,
      dataset: 'clinical-labs-totals',
      title,
      subtitle: w.subtitle(missing),
      summary: w.summary(
        rows.map((r) => w.yearValue(year(r), r.labs === null ? null : count(r))),
        missing,
      ),
      legend: [],
      cells: rows.map((r) => ({
        key: KEY,
        label: w.axis,
        period: r.date,
        periodLabel: formatDate(r.date, lang),
        value: r.labs,
        text: r.labs === null ? t(lang).value.missing : count(r),
        ...cellSource(r),
      })),
      layouts: { wide: layout(LAYOUTS.wide, 300, 5), narrow: layout(LAYOUTS.narrow, 240, 3) },
    };
  },
};
