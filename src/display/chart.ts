/**
 * The chart kit: what a chart function returns (Plot options plus the words around the chart), the palette
 * and legend symbols, and the text of a mark's tooltip. Chart functions live in their dataset's folder and
 * are pure: rows and a language in, a spec out. Rendering happens in one place (src/site/render/svg.ts).
 */
import type { PlotOptions } from '@observablehq/plot';
import { ITEM_KEY_ATTR, PERIOD_ATTR, VALUE_STATUS_ATTR } from '../client/protocol.ts';
import { periodOf } from './evidence.ts';
import { formatDay } from '../i18n/dates.ts';
import { localName, t, type Lang } from '../i18n/index.ts';
import type { ChartEvent } from '../pipeline/events.ts';
import type { Status } from '../pipeline/types.ts';
import { LINE, wrap, type Layout } from './text.ts';

export interface ChartSpec {
  id: string;
  lang: Lang;
  /** The dataset the chart draws (its CSV in data/clean). */
  dataset: string;
  /** The finding the data shows, computed from it. */
  title: string;
  subtitle: string;
  /** The subtitle while only the values as printed are shown (`?values=printed`), where the one above counts values that view leaves out. */
  printedSubtitle?: string;
  /** A text alternative: what the chart shows, in sentences. */
  summary: string;
  /** The one-line credit: exactly the sources of the values drawn (set by the site from the cells). */
  source: string;
  /** The key of colours and symbols (drawn by the site, not by Plot): only what the chart shows. */
  legend: LegendItem[];
  /** The chart laid out for a narrow box (a phone) and a wide one; the page picks one by its own width. */
  layouts: Record<Layout, PlotOptions>;
  /** Every cell the chart draws, missing ones included: its table, its CSV and the keys of its marks. */
  cells: ChartCell[];
  /** The chart's rows can be re-sorted by the reader (by a period or by name). */
  sortable?: boolean;
  /** Columns of its table that describe an item rather than a period (the owner chart's hospital counts), by the item's key. */
  itemColumns?: { head: string; byKey: Record<string, string> }[];
}

/**
 * One value a chart draws: the entity (`key`, a stable ASCII key, the same in both languages and across
 * builds, and its label in the page's language) and the period, with the value's status and provenance.
 */
export interface ChartCell {
  key: string;
  label: string;
  /** The period as data (`2010-12`, `1991`, `2007-01-01`) and as the page writes it. */
  period: string;
  periodLabel: string;
  value: number | null;
  /** The value as the page writes it (with its unit), or the word for missing. */
  text: string;
  status: Status;
  source_doc: string;
  source_line: number | null;
  source_url: string;
}

/** The provenance fields of a cell, from a row with the data contract's provenance columns. */
export function cellSource(r: { status: Status; source_doc: string; source_line: number | null; source_url?: string | null }) {
  return { status: r.status, source_doc: r.source_doc, source_line: r.source_line, source_url: r.source_url ?? '' };
}

/**
 * Gives each element a mark draws the key of its datum (`data-key`), and any other data attributes, at build
 * time: the page's script highlights, dims and re-sorts by them. Works for marks that draw one element per
 * datum (dot, bar, rect, text, rule, link).
 */
export function keyed<O extends object, T>(options: O, key: (d: T) => string, attrs?: (d: T) => Record<string, string>): O {
  return {
    ...options,
    render(
      this: { data: Iterable<T> },
      index: number[],
      scales: unknown,
      values: unknown,
      dimensions: unknown,
      context: unknown,
      next: (...a: unknown[]) => SVGElement | null,
    ) {
      const g = next(index, scales, values, dimensions, context);
      const data = Array.from(this.data);
      const kids = g ? Array.from(g.children) : [];
      if (kids.length === index.length)
        kids.forEach((el, i) => {
          const d = data[index[i]!]!;
          const k = key(d);
          if (!k) return; // an element of no item (a grid line across all rows)
          el.setAttribute(ITEM_KEY_ATTR, k);
          // The period of a datum that has one: the page's script finds the mark's value (and its evidence) by key and period.
          const p = d && typeof d === 'object' ? periodOf(d as Record<string, unknown>) : '';
          if (p) el.setAttribute(PERIOD_ATTR, p);
          const st = d && typeof d === 'object' ? (d as { status?: unknown }).status : undefined;
          if (typeof st === 'string') el.setAttribute(VALUE_STATUS_ATTR, st);
          for (const [k, v] of Object.entries(attrs?.(d) ?? {})) el.setAttribute(`data-${k}`, v);
        });
      return g;
    },
  };
}

/** What a chart function is given besides its rows. */
interface ChartContext {
  lang: Lang;
  /** The rows of another dataset (a longer view draws the handout's values beside its own). */
  rowsOf?: (dataset: string) => unknown[];
  /** The events marked on the dataset's charts (a rule that starts to apply), each with its cited source. */
  events?: readonly ChartEvent[];
}

/** A chart of a dataset: its id (its URL: /embed/<id>/, /charts/<id>.svg) and the pure function that draws it. */
/** What a chart's function makes: everything but its credit, which the site finds from the values it draws. */
export type ChartDraft = Omit<ChartSpec, 'source'>;

export interface ChartDefinition<R> {
  id: string;
  /** The story of its page: drawn first there, and the page's thumbnail on the home page. */
  lead?: boolean;
  /** The other datasets whose rows it draws beside its own (through `rowsOf`): they are credited too. */
  draws?: readonly string[];
  make(rows: R[], ctx: ChartContext): ChartDraft;
}

export interface LegendItem {
  label: string;
  color: string;
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'line';
  hollow?: boolean;
  /** A line drawn dashed (the swatch looks like the mark it explains: solid for a solid line). */
  dashed?: boolean;
  /** Stands only for values from public sources: the key leaves it out while only the values as printed are shown. */
  sourced?: boolean;
}

/**
 * The marks' colours: Okabe–Ito's hues (distinguishable with the common colour-vision deficiencies), the
 * orange, sky blue and reddish purple darkened so that every mark is at least 3:1 against both the light
 * background (#fff) and the dark one (embeds, #121212: src/styles/embed.css), as WCAG 1.4.11 asks of
 * graphics. `grey` is for chart text: 4.5:1 on white; dark embeds paint it `--muted` instead (embed.css).
 * test/unit/display/palette.test.ts computes every ratio.
 */
export const COLORS = {
  blue: '#0072B2',
  orange: '#B07A00',
  sky: '#3591C8',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#C0679A',
  grey: '#6b6b6b',
};

/** Legend symbols, centred on 0,0 (drawn by the page legend and the standalone SVG alike). */
export const SYMBOL_PATH: Record<LegendItem['symbol'], string> = {
  circle: 'M0,-4.5A4.5,4.5 0 1,1 0,4.5A4.5,4.5 0 1,1 0,-4.5Z',
  square: 'M-4,-4H4V4H-4Z',
  triangle: 'M0,-5L4.5,3.5H-4.5Z',
  diamond: 'M0,-5L5,0L0,5L-5,0Z',
  line: 'M-7,0H7',
};

/** How a legend symbol is painted: fill, stroke, width and dashes. */
export function symbolStyle(item: LegendItem, fg = '#1a1a1a'): { fill: string; stroke: string; width: number; dash?: string } {
  const line = item.symbol === 'line';
  return {
    fill: item.hollow || line ? 'none' : item.color,
    stroke: item.color === '#1a1a1a' ? fg : item.color,
    width: line ? 2 : 1.5,
    ...(line && item.dashed ? { dash: '4,3' } : {}),
  };
}

/** The extremes of a set of rates, with every category that ties at each. */
export function extremes<R>(rows: R[], value: (r: R) => number | null) {
  const present = rows.filter((r) => value(r) !== null);
  if (!present.length) return null;
  const values = present.map((r) => value(r)!);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return { low, high, lows: present.filter((r) => value(r) === low), highs: present.filter((r) => value(r) === high) };
}

/**
 * Rows of varying height (one per wrapped label), stacked from `top`: each row's label lines, its centre,
 * and the total height. Charts draw on an identity y scale with these positions, so a two-line label gets a
 * taller row instead of a cut one.
 */
export function stackRows(labels: string[], labelWidth: number, opts: { top: number; minHeight: number; above?: number }) {
  let y = opts.top;
  const rows = labels.map((label) => {
    const lines = wrap(label, labelWidth);
    // A label above its row (narrow layouts) takes its lines on top of the row's own height.
    const height = opts.above !== undefined ? lines.length * LINE + opts.above : Math.max(opts.minHeight, lines.length * LINE + 6);
    const row = { label, lines, text: lines.join('\n'), top: y, height, centre: y + height / 2, labelTop: y + 2 };
    y += height;
    return row;
  });
  return { rows, bottom: y };
}

/**
 * How a value's status is drawn: values from the handout (read, repaired, corrected) as filled circles,
 * values from public sources as hollow diamonds; and the legend of only the kinds a chart shows.
 */
export function statusMark(status: Status): { symbol: 'circle' | 'diamond'; fill: string; stroke: string } {
  return status === 'sourced'
    ? { symbol: 'diamond', fill: 'white', stroke: COLORS.vermillion }
    : { symbol: 'circle', fill: COLORS.blue, stroke: COLORS.blue };
}

export function statusLegend(statuses: Iterable<Status>, lang: Lang): LegendItem[] {
  const present = new Set(statuses);
  const w = t(lang).legend;
  const items: LegendItem[] = [];
  if (['read', 'repaired', 'corrected'].some((s) => present.has(s as Status)))
    items.push({ label: w.handout, color: COLORS.blue, symbol: 'circle' });
  if (present.has('sourced')) items.push({ label: w.sourced, color: COLORS.vermillion, symbol: 'diamond', hollow: true, sourced: true });
  return items;
}

/** The provenance of a value as its tooltip shows it. */
export interface MarkSource {
  status: Status;
  source_line: number | null;
  raw: string;
  rule: string;
  note: string;
  note_ja: string;
  /** A sourced value's source (empty for a value read from a document). */
  source_publisher?: string;
  source_title?: string;
  source_published?: string;
}

/** The tooltip text of a value: the value, then in a sentence where it was read (line, printed text, repair) or quoted from, in the page's language. */
export function markTitle(lang: Lang, head: string, v: MarkSource, value: string): string {
  const w = t(lang);
  const parts = [w.value.head(head, value)];
  // a sourced value says where it is quoted from (below); the others, where in the document they were read
  if (v.status !== 'sourced') parts.push(w.value.provenance(v.status, v.source_line, v.raw, v.rule ? w.value.ruleName(v.rule) : ''));
  const published = !v.source_published || v.source_published === 'unknown' ? 'unknown' : formatDay(v.source_published, lang);
  if (v.source_publisher) parts.push(w.value.quotedFrom(v.source_publisher, v.source_title ?? 'unknown', published));
  if (v.status === 'sourced' || v.status === 'corrected') parts.push(localName(lang, v.note_ja, v.note));
  return parts.join('\n');
}
