/**
 * The longer view of a story: the handout's values and the same series at other dates from cited public
 * sources, on one time axis, never merged. The handout's values are filled circles; values from public
 * sources are hollow, a diamond for the ministry or the survey body (primary), a square for the press
 * (secondary), a triangle for encyclopaedias (tertiary). Each mark's tooltip names its source and kind.
 * A thin line joins only values of one series from one source; each series is named at its end (labels
 * moved apart, never overlapping: src/display/labels.ts). A series measured at points of a yearly cycle
 * (price agreement: September, December, March…) is drawn as one panel per month of the cycle, so that
 * each line compares like with like. An event that changes what the values mean (data/events.yml: a rule that
 * starts to apply) is a dashed rule where it starts, named on the chart and explained under it with its source.
 */
import * as Plot from '@observablehq/plot';
import { nice } from 'd3';
import { COLORS, keyed, type ChartCell, type ChartDefinition, type LegendItem } from '../../display/chart.ts';
import { dodgeLabels } from '../../display/labels.ts';
import { FONT, LAYOUTS, LINE, wrap } from '../../display/text.ts';
import { formatDate, formatMonthShort } from '../../i18n/dates.ts';
import { localName, t, type Lang } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { SourceKind } from '../../pipeline/types.ts';
import type { Status } from '../../pipeline/types.ts';
import { contextWhen, type ContextRow } from './reader.ts';

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
  /** One panel per month of a yearly cycle (values taken at different months are not comparable). */
  byMonth?: boolean;
  /** Shorter names of series for the labels at their line ends (the full names are in the table and the tooltips). */
  short?: Readonly<Record<string, Record<Lang, string>>>;
}

const time = (period: string) => {
  const [y, m, d] = period.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 7) - 1, d ?? (m ? 15 : 1)));
};
const monthOf = (period: string) => Number(period.split('-')[1] ?? 0);
const yearOf = (period: string) => Number(period.split('-')[0]);
/** The months of a cycle in the order of the Japanese fiscal year (April to March), the year the price surveys follow. */
const fiscalOrder = (m: number) => (m + 8) % 12;
/** Which source a value comes from: a line joins only values of one series from one source. */
const sourceOf = (p: LongerPoint) => (p.origin === 'handout' ? 'handout' : p.source);

/** A piece of a line: two neighbouring values of one series from one source, with the status of its weaker end. */
interface Segment {
  key: string;
  a: LongerPoint;
  b: LongerPoint;
  status: Status;
}

/** The segments that join each group's values in the order given (points sorted by series, then time). */
export function segmentsOf(points: readonly LongerPoint[], group: (p: LongerPoint) => string): Segment[] {
  const last = new Map<string, LongerPoint>();
  const out: Segment[] = [];
  for (const p of points) {
    const g = group(p);
    const a = last.get(g);
    if (a) out.push({ key: p.key, a, b: p, status: a.status !== 'read' ? a.status : p.status });
    last.set(g, p);
  }
  return out;
}

/**
 * Where an event that starts in a month (YYYY-MM) is drawn in a panel per month of the cycle (x: the year):
 * between the panel's last year before the start and its first year on or after it. A panel whose rule would
 * fall outside the years drawn has none.
 */
export function eventRules(starts: string, panels: readonly number[], from: number, to: number): { fy: number; x: number }[] {
  const [y, m] = [yearOf(starts), monthOf(starts)];
  return panels.map((p) => ({ fy: p, x: (p >= m ? y : y + 1) - 0.5 })).filter((r) => r.x > from - 0.5 && r.x < to + 0.5);
}

/** The largest difference between two sources' values of one series at one date, and how many dates have more than one. */
function sourceGaps(all: LongerPoint[]): { dates: number; max: number } {
  const groups = new Map<string, LongerPoint[]>();
  for (const p of all) groups.set(`${p.key}|${p.period}`, [...(groups.get(`${p.key}|${p.period}`) ?? []), p]);
  let dates = 0;
  let max = 0;
  for (const g of groups.values()) {
    if (new Set(g.map(sourceOf)).size < 2) continue;
    dates++;
    const vs = g.map((p) => p.value);
    max = Math.max(max, Math.max(...vs) - Math.min(...vs));
  }
  return { dates, max };
}

export function longerViewChart(o: LongerViewOptions): ChartDefinition<ContextRow> {
  return {
    id: o.id,
    draws: o.draws,
    make(rows, { lang, rowsOf, events = [] }) {
      const w = t(lang).context;
      const text = (v: number) => (o.unit === 'percent' ? `${formatNumber(v, lang, 1)}%` : formatNumber(v, lang));
      const sourced: LongerPoint[] = rows.flatMap((r) =>
        r.value !== null && r.source_kind
          ? [
              {
                key: r.series,
                label: localName(lang, r.series_ja, r.series_en),
                // the most precise date the source gives (its day, where it gives one)
                period: contextWhen(r),
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
          t(lang).value.head(`${p.label} ${formatDate(p.period, lang)}`, text(p.value)),
          p.origin === 'handout' ? w.fromHandout(p.source_line) : t(lang).value.head(w.kinds[p.origin], p.source),
        ].join('\n');
      const origins = (['handout', 'primary', 'secondary', 'tertiary'] as const).filter((k) => all.some((p) => p.origin === k));
      // Series are named at their line ends: the legend explains only the marks.
      const legend: LegendItem[] = origins.map((k) => ({
        label: w.legend[k],
        color: '#1a1a1a',
        symbol: SYMBOLS[k],
        hollow: k !== 'handout',
        sourced: k !== 'handout',
      }));
      const first = all[0];
      const years = all.map((p) => time(p.period).getUTCFullYear());
      const from = Math.min(...years);
      const to = Math.max(...years);
      const panels = o.byMonth ? [...new Set(all.map((p) => monthOf(p.period)))].sort((a, b) => fiscalOrder(a) - fiscalOrder(b)) : [];
      // The events that change what the values mean (a rule that starts to apply): a dashed rule where they start,
      // in a panel per month of the cycle between the last value taken before and the first taken after, named
      // at the top of the first panel and explained under the chart with their source.
      const marked = events.flatMap((e) => {
        const rules: { fy: number; x: number | Date }[] = o.byMonth
          ? eventRules(e.starts, panels, from, to)
          : time(e.starts).getUTCFullYear() >= from && time(e.starts).getUTCFullYear() <= to
            ? [{ fy: 0, x: time(e.starts) }]
            : [];
        return rules.length
          ? [
              {
                event: e,
                rules,
                text: w.eventNote(
                  w.eventMark,
                  e.note[lang],
                  e.source.publisher,
                  e.source.published === 'unknown' ? '' : formatDate(e.source.published, lang),
                ),
              },
            ]
          : [];
      });
      const yMax = o.unit === 'percent' ? 100 : nice(0, Math.max(...all.map((p) => p.value)), 5)[1];
      const x = o.byMonth ? (p: LongerPoint) => yearOf(p.period) : (p: LongerPoint) => time(p.period);
      const fy = o.byMonth ? (p: LongerPoint) => monthOf(p.period) : undefined;

      const layout = (width: number, panelHeight: number): Plot.PlotOptions => {
        const marginRight = keys.length > 1 ? (width < 400 ? 108 : 132) : 16;
        const marginLeft = 40;
        // A value whose mark another mark drawn over it would hide (within a few pixels) is listed under the chart.
        const plotWidth = width - marginLeft - marginRight;
        const [d0, d1] = [Date.UTC(from - 1, 0, 1), Date.UTC(to + 1, 11, 31)];
        const px = (p: LongerPoint) =>
          plotWidth * (o.byMonth ? (yearOf(p.period) - from + 0.5) / (to - from + 1) : (time(p.period).getTime() - d0) / (d1 - d0));
        const py = (p: LongerPoint) => (p.value / yMax) * panelHeight;
        /** How far from the plot's left edge an event's rule is drawn. */
        const ruleX = (v: number | Date) =>
          plotWidth * (typeof v === 'number' ? (v - from + 0.5) / (to - from + 1) : (v.getTime() - d0) / (d1 - d0));
        const hidden = all.filter((p, i) =>
          all.some(
            (q, j) => j > i && (!o.byMonth || monthOf(q.period) === monthOf(p.period)) && Math.hypot(px(p) - px(q), py(p) - py(q)) < 5,
          ),
        );
        const hiddenText = hidden.length
          ? [
              w.hiddenNote(
                hidden.map(
                  (p) =>
                    `${o.short?.[p.key]?.[lang] ?? p.label} ${w.point(formatMonthShort(p.period, lang), text(p.value), p.origin === 'handout')}`,
                ),
              ),
            ]
          : [];
        // The notes under the chart, each as a block of wrapped lines: the events' notes, then the values hidden.
        let at = 0;
        const noteBlocks = [
          ...marked.map((e) => ({ lines: wrap(e.text, width - 16), all: false })),
          ...hiddenText.map((t) => ({ lines: wrap(t, width - 16), all: true })),
        ].map((b) => ({ ...b, at: (at += b.lines.length) - b.lines.length }));
        const noteLines = noteBlocks.flatMap((b) => b.lines);
        const marginTop = o.byMonth ? 34 : 24;
        const marginBottom = 30 + (noteLines.length ? noteLines.length * LINE + 8 : 0);
        const gap = o.byMonth ? 36 : 0;
        const n = Math.max(1, panels.length);
        const height = marginTop + marginBottom + n * panelHeight + (n - 1) * gap;
        // End labels: per panel, each series at its last value there, moved apart so that none overlaps.
        const groups = o.byMonth ? panels.map((m) => all.filter((p) => monthOf(p.period) === m)) : [all];
        const ends =
          keys.length > 1
            ? groups.flatMap((ps) => {
                const lasts = keys.flatMap((k) => {
                  const mine = ps.filter((p) => p.key === k);
                  return mine.length ? [mine[mine.length - 1]!] : [];
                });
                const lines = lasts.map((p) => wrap(o.short?.[p.key]?.[lang] ?? p.label, marginRight - 8));
                // a crowded panel's labels may reach into the gap below it, never into the next panel
                const ys = dodgeLabels(
                  lasts.map((p, i) => ({ want: (1 - p.value / yMax) * panelHeight, height: lines[i]!.length * LINE })),
                  panelHeight + gap / 2,
                );
                // a label stays as printed (`?values=printed`) while its series keeps a value read as printed in the panel
                const status = (p: LongerPoint): Status => (ps.some((q) => q.key === p.key && q.status === 'read') ? 'read' : p.status);
                return lasts.map((p, i) => ({
                  ...p,
                  status: status(p),
                  text: lines[i]!.join('\n'),
                  at: yMax * (1 - ys[i]! / panelHeight),
                }));
              })
            : [];
        const yearTicks = (step: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => y % step === 0);
        return {
          width,
          height,
          marginLeft,
          marginRight,
          marginTop,
          marginBottom,
          style: { fontSize: `${FONT}px` },
          x: o.byMonth
            ? {
                type: 'linear',
                domain: [from - 0.5, to + 0.5],
                ticks: yearTicks(width < 400 ? 2 : 1),
                tickFormat: (v: number) => String(v),
                // the years are written under the last panel only: a rule per year carries them up through the others
                grid: true,
                label: null,
              }
            : {
                type: 'utc',
                domain: [new Date(Date.UTC(from - 1, 0, 1)), new Date(Date.UTC(to + 1, 11, 31))],
                ticks: width < 400 ? 4 : 8,
                label: null,
              },
          y: {
            grid: true,
            domain: [0, yMax],
            // counts start at zero: a difference of a few percent between sources stays a few percent
            label: o.byMonth ? null : `↑ ${o.unit === 'percent' ? '%' : w.count}`,
            ticks: o.byMonth ? 2 : undefined,
            tickFormat: (v: number) => formatNumber(v, lang),
          },
          ...(o.byMonth
            ? { fy: { domain: panels, paddingInner: gap / (panelHeight + gap), paddingOuter: 0, round: false, axis: null, label: null } }
            : {}),
          color: { domain: keys, range: keys.map(colorOf) },
          marks: [
            // Like with like: a thin line joins the values of one series from one source (the handout, or one
            // publisher), in time order (in a panel: at one month of the cycle); other sources' values sit beside them, never joined.
            // Drawn as segments, one per pair of neighbouring values, each with the status of its weaker end:
            // as printed (`?values=printed`), a segment that reaches a value not read as printed goes with it.
            Plot.link(
              segmentsOf(all, (p) => `${p.key}|${sourceOf(p)}|${o.byMonth ? monthOf(p.period) : ''}`),
              keyed(
                {
                  x1: (s: Segment) => x(s.a),
                  y1: (s: Segment) => s.a.value,
                  x2: (s: Segment) => x(s.b),
                  y2: (s: Segment) => s.b.value,
                  fy: fy && ((s: Segment) => fy(s.a)),
                  stroke: (s: Segment) => s.key,
                  strokeOpacity: 0.6,
                  strokeWidth: 1.25,
                  className: 'segment',
                },
                (s: Segment) => s.key,
              ),
            ),
            ...(o.byMonth
              ? [
                  Plot.frame({ stroke: '#ddd' }),
                  Plot.text(panels, {
                    fy: (m: number) => m,
                    frameAnchor: 'top-left',
                    dx: -marginLeft + 4,
                    dy: -10,
                    lineAnchor: 'bottom',
                    text: (m: number) => w.monthPanel(m, o.unit === 'percent'),
                    fontWeight: 'bold',
                    fill: '#1a1a1a',
                  }),
                ]
              : []),
            ...marked.flatMap((e) => [
              Plot.ruleX(e.rules, {
                x: 'x',
                fy: o.byMonth ? 'fy' : undefined,
                stroke: '#1a1a1a',
                strokeWidth: 1.25,
                strokeDasharray: '5,3',
                className: 'event',
              }),
              Plot.text(e.rules.slice(0, 1), {
                x: 'x',
                fy: o.byMonth ? 'fy' : undefined,
                frameAnchor: 'top',
                dx: -4,
                dy: 3,
                textAnchor: 'end',
                lineAnchor: 'top',
                // wrapped to the room left of the rule: it never runs into the axis
                text: (r: { x: number | Date }) => wrap(`${e.event.label[lang]}${w.eventMark}`, ruleX(r.x) - 8).join('\n'),
                lineHeight: LINE / FONT,
                fill: '#1a1a1a',
                className: 'event-label',
              }),
            ]),
            Plot.dot(
              all,
              keyed(
                {
                  x,
                  y: 'value',
                  fy,
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
            Plot.text(
              ends,
              keyed(
                {
                  fy: o.byMonth ? (p: LongerPoint) => monthOf(p.period) : undefined,
                  y: 'at',
                  frameAnchor: 'right' as const,
                  dx: 6,
                  textAnchor: 'start' as const,
                  lineHeight: LINE / FONT,
                  text: 'text',
                  fill: (p: LongerPoint) => colorOf(p.key),
                  className: 'end-label',
                },
                (p: LongerPoint) => p.key,
              ),
            ),
            // The notes under the chart, inside the picture (embeds, PNG, PDF).
            ...noteBlocks.map((b) =>
              Plot.text([b.lines.join('\n')], {
                frameAnchor: 'bottom-left' as const,
                dx: -marginLeft + 8,
                dy: 30 + b.at * LINE,
                lineAnchor: 'top' as const,
                lineHeight: LINE / FONT,
                text: (d: string) => d,
                fill: '#1a1a1a',
                // The list of values hidden under other marks is of all values: as printed, those marks are gone.
                className: b.all ? 'note all-values' : 'note',
                ...(o.byMonth ? { facet: 'super' as const } : {}),
              }),
            ),
          ],
        };
      };
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
      const gaps = sourceGaps(all);
      const gapText = o.unit === 'percent' ? w.points(formatNumber(gaps.max, lang, 1)) : `${formatNumber(gaps.max, lang)} ${w.count}`;
      const differ = gaps.dates && !gaps.max ? w.agree(gaps.dates) : w.differ(gaps.dates, gapText);
      return {
        id: o.id,
        lang,
        dataset: o.dataset,
        title: first
          ? o.byMonth
            ? w.titleByMonth(o.story[lang], from, to)
            : w.title(o.story[lang], from, to)
          : w.titleNone(o.story[lang]),
        subtitle: [w.subtitle(count('handout'), count('sourced')), differ, ...(o.byMonth ? [w.byMonth] : [])].join(w.sentenceGap),
        ...(all.some((p) => p.status !== 'read')
          ? {
              printedSubtitle: [
                w.subtitlePrinted(all.filter((p) => p.origin === 'handout' && p.status === 'read').length),
                ...(o.byMonth ? [w.byMonth] : []),
              ].join(w.sentenceGap),
            }
          : {}),
        summary: w.summary([
          ...keys.map((k) =>
            w.seriesValues(
              labelOf(k),
              all.filter((p) => p.key === k).map((p) => w.point(formatDate(p.period, lang), text(p.value), p.origin === 'handout')),
            ),
          ),
          ...marked.map((e) => e.text),
        ]),
        legend,
        cells,
        layouts: o.byMonth
          ? { wide: layout(LAYOUTS.wide, 96), narrow: layout(LAYOUTS.narrow, 110) }
          : { wide: layout(LAYOUTS.wide, 340 - 54), narrow: layout(LAYOUTS.narrow, 280 - 54) },
      };
    },
  };
}
