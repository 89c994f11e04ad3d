/**
 * Price-agreement rate per hospital owner in each period of the table, sorted by the last period: a row per
 * owner with a point per period, labels beside the rows (wide) or above them (narrow), wrapped, never cut; a
 * value that is missing has no point, and the line between an owner's points breaks there.
 */
import * as Plot from '@observablehq/plot';
import {
  cellSource,
  COLORS,
  extremes,
  keyed,
  markTitle,
  stackRows,
  type ChartCell,
  type ChartDefinition,
  type LegendItem,
} from '../../display/chart.ts';
import { FONT, LAYOUTS, LINE } from '../../display/text.ts';
import { keyOf } from '../../pipeline/labels.ts';
import { formatMonthShort } from '../../i18n/dates.ts';
import { localName, t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import type { OwnerRow } from './spec.ts';
import { words } from './words.ts';

type Seg = { a: OwnerRow; b: OwnerRow };

const PERIOD_COLORS = [COLORS.orange, COLORS.sky, COLORS.blue];
const PERIOD_SYMBOLS = ['triangle', 'square', 'circle'] as const;
/** "Almost all" and "hardly any" of the title. */
const ALMOST_ALL = 95;
const HARDLY_ANY = 10;
/** Taller than this (in units: 1.0–1.25 CSS px), the chart is longer than a phone's screen: an x-axis at its top too. */
const TALL = 600;
/** Where the rows start below a top axis. */
const TOP_AXIS = 30;

export const priceAgreementByOwnerChart: ChartDefinition<OwnerRow> = {
  id: 'price-agreement-by-owner',
  make(rows, { lang }) {
    const w = words[lang];
    const periods = [...new Set(rows.map((r) => r.period))];
    const last = periods[periods.length - 1]!;
    const periodName = (p: string) => formatMonthShort(p, lang);
    const name = (r: OwnerRow) => localName(lang, r.owner_ja, r.owner_en);
    const pct = (v: number | null) => `${formatNumber(v, lang, 1)}%`;
    const all = rows.filter((r) => r.owner_no === 0);
    const owners = rows.filter((r) => r.owner_no !== 0);
    // One entry per owner, sorted by its latest value, highest first: the last period's, or, where that one is
    // missing, the latest period's that has one (the label says which is missing); owners with none last, in source order.
    const byNo = new Map<number, OwnerRow[]>();
    for (const r of owners) byNo.set(r.owner_no, [...(byNo.get(r.owner_no) ?? []), r]);
    const rateIn = (list: OwnerRow[], p: string) => list.find((r) => r.period === p)?.rate_pct ?? null;
    const latest = (list: OwnerRow[]) => [...periods].reverse().reduce<number | null>((v, p) => v ?? rateIn(list, p), null);
    const order = [...byNo.values()].sort((a, b) => (latest(b) ?? -1) - (latest(a) ?? -1) || a[0]!.owner_no - b[0]!.owner_no);
    const index = new Map(order.map((list, i) => [list[0]!.owner_no, i]));
    const hospitals = (r: OwnerRow) => (r.hospitals === null ? null : formatNumber(r.hospitals, lang));
    const labels = order.map(
      (list) =>
        w.ownerLabel(name(list[0]!), hospitals(list[0]!)) +
        (rateIn(list, last) === null && latest(list) !== null ? w.noLatest(periodName(last)) : ''),
    );
    const present = owners.filter((r) => r.rate_pct !== null);
    const lastRows = owners.filter((r) => r.period === last);
    const ends = extremes(lastRows, (r) => r.rate_pct);
    const tied = (list: OwnerRow[], v: number) => w.ownerValue(w.names(list.map(name)), pct(v), list.length > 1);
    const high = lastRows.filter((r) => r.rate_pct !== null && r.rate_pct >= ALMOST_ALL).length;
    const low = lastRows.filter((r) => r.rate_pct !== null && r.rate_pct < HARDLY_ANY).length;
    const title = !ends
      ? w.titleNone(periodName(last))
      : high && low
        ? w.titleSplit(periodName(last), high, low)
        : w.titleRange(periodName(last), pct(ends.low), pct(ends.high));
    const allLast = all.find((r) => r.period === last);
    const legend: LegendItem[] = [
      ...periods.map((p, i) => ({
        label: periodName(p),
        color: PERIOD_COLORS[i % PERIOD_COLORS.length]!,
        symbol: PERIOD_SYMBOLS[i % PERIOD_SYMBOLS.length]!,
      })),
      ...(all.some((r) => r.rate_pct !== null) ? [{ label: w.allHospitals, color: '#1a1a1a', symbol: 'line' as const, dashed: true }] : []),
    ];

    const key = (r: OwnerRow) => keyOf(r.owner_en, r.owner_ja);
    // Consecutive periods of an owner, both with a value, are joined by a segment; a missing value breaks the line.
    const segments = [...byNo.values()].flatMap((list) =>
      periods.slice(1).flatMap((p, i) => {
        const a = list.find((r) => r.period === periods[i]);
        const b = list.find((r) => r.period === p);
        return a?.rate_pct != null && b?.rate_pct != null ? [{ a, b }] : [];
      }),
    );
    const cells: ChartCell[] = [...all, ...order.flat()].map((r) => ({
      key: key(r),
      label: name(r),
      period: r.period,
      periodLabel: periodName(r.period),
      value: r.rate_pct,
      text: r.rate_pct === null ? t(lang).value.missing : pct(r.rate_pct),
      ...cellSource(r),
    }));
    const plot = (
      layout: ReturnType<typeof stackRows>,
      dotsAt: (i: number) => number,
      label: Plot.TextOptions,
      opts: { width: number; marginLeft: number; bands: boolean },
    ): Plot.PlotOptions => {
      const y = (r: OwnerRow) => dotsAt(index.get(r.owner_no)!);
      // Grid lines and the all-hospitals rules run the whole height beside the labels (wide), or only through
      // each row's points where the labels are above them (narrow).
      const spans = opts.bands
        ? layout.rows.map((_, i) => ({ y1: dotsAt(i) - 9, y2: dotsAt(i) + 9, row: key(order[i]![0]!) }))
        : [{ y1: layout.rows[0]?.top ?? 0, y2: layout.bottom, row: '' }];
      const across = <T>(data: T[]) => spans.flatMap((s) => data.map((d) => ({ ...s, d })));
      return {
        width: opts.width,
        height: layout.bottom + 30,
        marginLeft: opts.marginLeft,
        marginRight: 24, // room for half of the last tick label ("100%")
        marginTop: 0,
        marginBottom: 30,
        style: { fontSize: `${FONT}px` },
        x: { domain: [0, 100], axis: null },
        y: { type: 'identity', axis: null },
        color: { domain: periods.map(periodName), range: PERIOD_COLORS },
        symbol: { domain: periods.map(periodName), range: [...PERIOD_SYMBOLS] },
        marks: [
          Plot.ruleX(
            across([0, 25, 50, 75, 100]),
            keyed(
              { x: 'd', y1: 'y1', y2: 'y2', stroke: 'currentColor', strokeOpacity: 0.1 },
              // grid lines belong to no item; through a row (narrow) they move with it when rows are re-sorted
              (_: { row: string }) => '',
              (s) => ({ row: s.row }),
            ),
          ),
          Plot.text(
            order,
            keyed(
              { ...label, text: (_: OwnerRow[], i: number) => layout.rows[i]!.text, lineHeight: LINE / FONT },
              (list: OwnerRow[]) => key(list[0]!),
              (list) => {
                const row = layout.rows[order.indexOf(list)]!;
                return { row: key(list[0]!), span: `${row.top} ${row.height}`, name: name(list[0]!) };
              },
            ),
          ),
          Plot.ruleX(
            across(all.filter((r) => r.rate_pct !== null)),
            keyed(
              {
                x: (s: { d: OwnerRow }) => s.d.rate_pct,
                y1: 'y1',
                y2: 'y2',
                stroke: (s: { d: OwnerRow }) => periodName(s.d.period),
                strokeDasharray: '4,3',
              },
              (s: { d: OwnerRow; row: string }) => key(s.d),
              (s) => ({ row: s.row }),
            ),
          ),
          // The all-hospitals values themselves, once each, for their tooltips.
          Plot.dot(
            all.filter((r) => r.rate_pct !== null),
            keyed(
              {
                x: 'rate_pct',
                y: spans[0]!.y1,
                r: 3,
                fill: (r: OwnerRow) => periodName(r.period),
                title: (r: OwnerRow) => markTitle(lang, `${name(r)} ${periodName(r.period)}`, r, pct(r.rate_pct)),
              },
              key,
            ),
          ),
          // A thin line joins an owner's periods; a missing value breaks it.
          Plot.link(
            segments,
            keyed(
              {
                x1: (s: Seg) => s.a.rate_pct,
                x2: (s: Seg) => s.b.rate_pct,
                y1: (s: Seg) => y(s.a),
                y2: (s: Seg) => y(s.b),
                stroke: '#999',
                strokeWidth: 1,
              },
              (s: Seg) => key(s.a),
              (s) => ({ row: key(s.a) }),
            ),
          ),
          Plot.dot(
            present,
            keyed(
              {
                x: 'rate_pct',
                y,
                fill: (r: OwnerRow) => periodName(r.period),
                stroke: (r: OwnerRow) => periodName(r.period),
                symbol: (r: OwnerRow) => periodName(r.period),
                r: 4.5,
                title: (r: OwnerRow) => markTitle(lang, `${name(r)} ${periodName(r.period)}`, r, pct(r.rate_pct)),
              },
              key,
              (r) => ({ row: key(r), period: r.period, value: String(r.rate_pct) }),
            ),
          ),
          Plot.axisX({ ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null, y: layout.bottom, anchor: 'bottom' }),
          ...(layout.rows[0] && layout.rows[0].top >= TOP_AXIS
            ? [Plot.axisX({ ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null, y: TOP_AXIS - 4, anchor: 'top' })]
            : []),
        ],
      };
    };
    const labelColumn = 250;
    // A chart taller than a phone's screen gets its x-axis at the top as well as at the foot.
    const stack = (o: { width: number; minHeight: number; above?: number }) => {
      const rows = stackRows(labels, o.width, { top: 4, ...o });
      return rows.bottom > TALL ? stackRows(labels, o.width, { top: TOP_AXIS, ...o }) : rows;
    };
    const wide = stack({ width: labelColumn - 12, minHeight: 22 });
    const narrow = stack({ width: LAYOUTS.narrow - 24, minHeight: 0, above: 20 });
    return {
      id: 'price-agreement-by-owner',
      lang,
      dataset: 'price-agreement-by-owner',
      title,
      subtitle: w.subtitle(periods.map(periodName), periodName(last)),
      summary: w.summary({
        owners: byNo.size,
        periods: periods.map(periodName),
        last: periodName(last),
        top: ends ? tied(ends.highs, ends.high) : null,
        bottom: ends ? tied(ends.lows, ends.low) : null,
        all: allLast?.rate_pct != null ? pct(allLast.rate_pct) : null,
        missing: owners.length - present.length,
        values: owners.length,
      }),
      legend,
      cells,
      sortable: true,
      // the table keeps the hospital counts the chart's labels show
      itemColumns: [
        {
          head: w.hospitals,
          byKey: Object.fromEntries(
            [...all.slice(0, 1), ...order.map((list) => list[0]!)].map((r) => [key(r), hospitals(r) ?? w.hospitalsUnknown]),
          ),
        },
      ],
      layouts: {
        wide: plot(
          wide,
          (i) => wide.rows[i]!.centre,
          { frameAnchor: 'left', dx: -10, y: (_: OwnerRow[], i: number) => wide.rows[i]!.centre, textAnchor: 'end', lineAnchor: 'middle' },
          { width: LAYOUTS.wide, marginLeft: labelColumn, bands: false },
        ),
        narrow: plot(
          narrow,
          (i) => narrow.rows[i]!.top + narrow.rows[i]!.lines.length * LINE + 10,
          { frameAnchor: 'left', y: (_: OwnerRow[], i: number) => narrow.rows[i]!.labelTop, textAnchor: 'start', lineAnchor: 'top' },
          { width: LAYOUTS.narrow, marginLeft: 16, bands: true },
        ),
      },
    };
  },
};
