/**
 * The longer view of a story: the handout's values and the same series at other dates from cited public
 * sources, on one time axis, never merged. The handout's values are filled circles; values from public
 * sources are hollow, a diamond for the ministry or the survey body (primary), a square for the press
 * (secondary), a triangle for encyclopaedias (tertiary). Each mark's tooltip names its source and kind.
 */
import * as Plot from '@observablehq/plot';
import { COLORS, keyed, type ChartCell, type ChartDefinition, type LegendItem } from '../../display/chart.ts';
import { FONT, LAYOUTS } from '../../display/text.ts';
import { formatDate } from '../../i18n/dates.ts';
import { localName, t, type Lang } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { SourceKind } from '../../pipeline/types.ts';
import type { Status } from '../../pipeline/types.ts';
import type { ContextRow } from './reader.ts';

type Origin = 'handout' | SourceKind;

/** One value of the longer view. */
export interface LongerPoint {
  key: string;
  label: string;
  period: string;
  value: number;
  origin: Origin;
  status: Status;
  /** Who states it: the handout's line, or the source's publisher. */
  source: string;
  source_doc: string;
  source_line: number | null;
  source_url: string;
}

/**
 * A value of a handout dataset as a point of a longer view: read from the handout's line, or, where that
 * dataset holds a supplement (status `sourced`), the press value it is, credited to its site.
 */
/** A sourced value's kind of source (every supplement names one: the contract requires it). */
function kindOf(r: { source_kind: SourceKind | ''; source_url: string }): SourceKind {
  if (!r.source_kind) throw new Error(`a sourced value without its kind of source (${r.source_url})`);
  return r.source_kind;
}

export function handoutPoint(
  key: string,
  label: string,
  period: string,
  value: number,
  r: {
    status: Status;
    source_doc: string;
    source_line: number | null;
    source_url: string;
    source_publisher: string;
    source_kind: SourceKind | '';
  },
): LongerPoint {
  const sourced = r.status === 'sourced';
  return {
    key,
    label,
    period,
    value,
    origin: sourced ? kindOf(r) : 'handout',
    status: r.status,
    source: sourced ? r.source_publisher : r.source_doc,
    source_doc: r.source_doc,
    source_line: sourced ? null : r.source_line,
    source_url: r.source_url,
  };
}

const SERIES_COLORS = [COLORS.blue, COLORS.orange, COLORS.green, COLORS.purple, COLORS.vermillion, COLORS.sky];
const SYMBOLS: Record<Origin, 'circle' | 'diamond' | 'square' | 'triangle'> = {
  handout: 'circle',
  primary: 'diamond',
  secondary: 'square',
  tertiary: 'triangle',
};

export interface LongerViewOptions {
  id: string;
  dataset: string;
  /** The series drawn, in legend order (the others stay in the table and the CSV). */
  keys: readonly string[];
  /** The handout's datasets it draws, and their values of the same series. */
  draws: readonly string[];
  handout: (rowsOf: (dataset: string) => unknown[], lang: Lang) => LongerPoint[];
  unit: 'percent' | 'count';
  /** The story, for the title: 衛生検査所数 / registered clinical laboratories. */
  story: Record<Lang, string>;
}

const time = (period: string) => {
  const [y, m, d] = period.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 7) - 1, d ?? (m ? 15 : 1)));
};

export function longerViewChart(o: LongerViewOptions): ChartDefinition<ContextRow> {
  return {
    id: o.id,
    draws: o.draws,
    make(rows, { lang, rowsOf }) {
      const w = t(lang).context;
      const text = (v: number) => (o.unit === 'percent' ? `${formatNumber(v, lang, 1)}%` : formatNumber(v, lang));
      const sourced: LongerPoint[] = rows.flatMap((r) =>
        r.value !== null && r.source_kind
          ? [
              {
                key: r.series,
                label: localName(lang, r.series_ja, r.series_en),
                period: r.period,
                value: r.value,
                origin: r.source_kind,
                status: r.status,
                source: r.source_publisher,
                source_doc: '',
                source_line: null,
                source_url: r.source_url,
              },
            ]
          : [],
      );
      const all = [...(rowsOf ? o.handout(rowsOf, lang) : []), ...sourced]
        .filter((p) => o.keys.includes(p.key))
        .sort((a, b) => o.keys.indexOf(a.key) - o.keys.indexOf(b.key) || time(a.period).getTime() - time(b.period).getTime());
      const keys = o.keys.filter((k) => all.some((p) => p.key === k));
      const labelOf = (k: string) => all.find((p) => p.key === k)!.label;
      const colorOf = (k: string) => SERIES_COLORS[keys.indexOf(k) % SERIES_COLORS.length]!;
      const title = (p: LongerPoint) =>
        [
          `${p.label} ${formatDate(p.period, lang)}: ${text(p.value)}`,
          p.origin === 'handout' ? w.fromHandout(p.source_line) : `${w.kinds[p.origin]}: ${p.source}`,
        ].join('\n');
      const origins = (['handout', 'primary', 'secondary', 'tertiary'] as const).filter((k) => all.some((p) => p.origin === k));
      const legend: LegendItem[] = [
        ...(keys.length > 1 ? keys.map((k) => ({ label: labelOf(k), color: colorOf(k), symbol: 'line' as const })) : []),
        ...origins.map((k) => ({ label: w.legend[k], color: '#1a1a1a', symbol: SYMBOLS[k], hollow: k !== 'handout' })),
      ];
      const first = all[0];
      const years = all.map((p) => time(p.period).getUTCFullYear());
      const from = Math.min(...years);
      const to = Math.max(...years);
      const layout = (width: number, height: number): Plot.PlotOptions => ({
        width,
        height,
        marginLeft: 48,
        marginRight: 16,
        marginTop: 24,
        marginBottom: 30,
        style: { fontSize: `${FONT}px` },
        x: {
          type: 'utc',
          domain: [new Date(Date.UTC(from - 1, 0, 1)), new Date(Date.UTC(to + 1, 11, 31))],
          ticks: width < 400 ? 4 : 8,
          label: null,
        },
        y: {
          grid: true,
          label: `↑ ${o.unit === 'percent' ? '%' : w.count}`,
          // counts start at zero: a difference of a few percent between sources stays a few percent
          ...(o.unit === 'percent' ? { domain: [0, 100] } : { zero: true }),
          tickFormat: (v: number) => formatNumber(v, lang),
        },
        color: { domain: keys, range: keys.map(colorOf) },
        marks: [
          // Like with like: a thin line joins the values of one series from one source (the handout, or one
          // publisher), in time order; values of other sources sit beside them as marks, never joined to them.
          Plot.line(all, {
            x: (p: LongerPoint) => time(p.period),
            y: 'value',
            z: (p: LongerPoint) => `${p.key}|${p.origin === 'handout' ? 'handout' : p.source}`,
            stroke: 'key',
            strokeOpacity: 0.45,
            strokeWidth: 1,
          }),
          Plot.dot(
            all,
            keyed(
              {
                x: (p: LongerPoint) => time(p.period),
                y: 'value',
                symbol: (p: LongerPoint) => SYMBOLS[p.origin],
                stroke: 'key',
                fill: (p: LongerPoint) => (p.origin === 'handout' ? colorOf(p.key) : 'white'),
                r: 4.5,
                strokeWidth: 1.5,
                title,
              },
              (p: LongerPoint) => p.key,
            ),
          ),
        ],
      });
      // One format for the period column: the precision every point has (a source that names only the month
      // makes the column months, 2007-01 for 1 January 2007); the label keeps each point's own date.
      const precision = Math.min(...all.map((p) => p.period.length));
      const cells: ChartCell[] = all.map((p) => ({
        key: p.key,
        label: p.label,
        period: p.period.slice(0, precision),
        periodLabel: formatDate(p.period, lang),
        value: p.value,
        text: text(p.value),
        status: p.status,
        source_doc: p.source_doc,
        source_line: p.source_line,
        source_url: p.source_url,
      }));
      const count = (origin: 'handout' | 'sourced') => all.filter((p) => (origin === 'handout') === (p.origin === 'handout')).length;
      return {
        id: o.id,
        lang,
        dataset: o.dataset,
        title: first ? w.title(o.story[lang], from, to) : w.titleNone(o.story[lang]),
        subtitle: w.subtitle(count('handout'), count('sourced')),
        summary: w.summary(
          keys.map((k) =>
            w.seriesValues(
              labelOf(k),
              all.filter((p) => p.key === k).map((p) => w.point(formatDate(p.period, lang), text(p.value), p.origin === 'handout')),
            ),
          ),
        ),
        legend,
        cells,
        layouts: { wide: layout(LAYOUTS.wide, 340), narrow: layout(LAYOUTS.narrow, 280) },
      };
    },
  };
}
