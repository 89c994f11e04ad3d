/**
 * The one place charts are rendered: a chart's Plot options (one of its two layouts) → an SVG string at
 * build time, with a server-side DOM (linkedom). Marks that carry a `title` become keyboard-focusable with an
 * accessible name; Plot's generated class names become stable ids so two builds give the same bytes.
 */
import * as Plot from '@observablehq/plot';
import { SYMBOL_PATH, symbolStyle, type ChartSpec } from '../../display/chart.ts';
import { textWidth, wrap, type Layout } from '../../display/text.ts';
import { buildHooks } from '../build-hooks.ts';
import { append, el, serialize, setLeading, svgDocument, type Attrs } from './svg-dom.ts';

export interface RenderOptions {
  /** Which layout (default: wide). */
  layout?: Layout;
  /** A file that stands alone: the title, subtitle, legend and a footer with the credits as text inside. */
  standalone?: { credits: string[] };
  /** A small decorative copy (home cards): no text at all, no per-mark titles, hidden from assistive technology. */
  thumbnail?: boolean;
}

/** Each chart's SVG strings by options: a page, its embed and its files ask for the same drawing several times. */
const drawn = new WeakMap<ChartSpec, Map<string, string>>();

/** The chart as SVG markup, drawn once per chart and options (a spec is never changed once made). */
export function renderSvg(spec: ChartSpec, opts: RenderOptions = {}): string {
  const key = JSON.stringify(Object.entries({ layout: 'wide', ...opts }).sort(([a], [b]) => a.localeCompare(b)));
  const byOpts = drawn.get(spec) ?? drawn.set(spec, new Map()).get(spec)!;
  if (!byOpts.has(key))
    byOpts.set(
      key,
      buildHooks().timeSvg(() => serialize(renderSvgElement(spec, opts))),
    );
  return byOpts.get(key)!;
}

/**
 * The chart as an `<svg>` element of `doc` (an XML document from `svgDocument()`): every change after Plot is
 * made on the DOM, never on serialised markup, where document text sits beside the tags.
 */
export function renderSvgElement(spec: ChartSpec, opts: RenderOptions = {}, doc: Document = svgDocument()): Element {
  const svg = draw(spec, opts, doc);
  return opts.standalone ? addFrame(svg, spec, opts.standalone.credits, doc) : svg;
}

function draw(spec: ChartSpec, opts: RenderOptions, document: Document): Element {
  const layout = opts.layout ?? 'wide';
  // A thumbnail is the layout without its label column and axes: the shape of the data alone.
  const options = opts.thumbnail ? { ...spec.layouts[layout], marginLeft: 4, marginRight: 4 } : spec.layouts[layout];
  const svg = Plot.plot({ ...options, document } as Plot.PlotOptions) as unknown as Element;
  const interactive = !opts.thumbnail && !opts.standalone;
  const key = `${spec.id}-${opts.thumbnail ? 'thumb' : layout}`;
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', `${key}-title ${key}-desc`);
  svg.setAttribute('data-chart', spec.id);
  svg.setAttribute('data-layout', layout);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // Plot names `system-ui, sans-serif`, a family without Japanese: the browser would look up a fallback font
  // for every distinct kanji (a layout several times slower). The chart takes the page's font stack instead
  // (CSS inheritance), and a standalone file its frame's.
  svg.removeAttribute('font-family');
  // Plot's stylesheet in every chart (display, size, `white-space: pre` for its text) is chart.css's once per page
  // for a chart in a page: six copies on a page of three charts, each too far from the others for gzip to share.
  if (interactive) for (const s of svg.querySelectorAll(':scope > style')) s.remove();
  if (opts.thumbnail) {
    svg.removeAttribute('role');
    svg.removeAttribute('aria-labelledby');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    // A thumbnail is a shape, not a chart to read: its text would be too small.
    for (const t of svg.querySelectorAll('text')) t.remove();
  }
  for (const e of svg.querySelectorAll('title')) {
    const mark = e.parentElement;
    if (!mark || mark === svg) continue;
    if (opts.thumbnail) {
      e.remove();
      continue;
    }
    if (interactive) {
      // One tab stop per chart: the first mark; the page's script moves between marks with the arrow keys.
      mark.setAttribute('tabindex', svg.querySelector('.mark') ? '-1' : '0');
      mark.setAttribute('class', `${mark.getAttribute('class') ?? ''} mark`.trim());
    }
    // Its <title> is its accessible name (and the tooltip without scripts); the page's script moves it into
    // aria-label when it shows its own tooltip. Not both at build time: the text would ship twice.
    mark.setAttribute('role', 'img');
  }
  // Plot names its groups with aria-label ("dot", "frame"): a label on a generic <g> is not allowed (and says
  // nothing useful); the values are named on the marks themselves.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  // Text of the chart for screen readers and for the file on its own (SVG-namespace elements: see svg-dom.ts).
  if (!opts.thumbnail) {
    svg.insertBefore(el(document, 'desc', { id: `${key}-desc` }, spec.summary), svg.firstChild);
    svg.insertBefore(el(document, 'title', { id: `${key}-title` }, spec.title), svg.firstChild);
  }
  stableIds(svg, `plot-${key}`);
  roundGeometry(svg);
  return svg;
}

const PLOT_ID = /plot-[0-9a-f]{6}(?:-clip-\d+)?/g;

/**
 * Plot names its stylesheet and clip paths with generated ids: they become stable per chart and layout, in
 * attributes and in the stylesheet only (a text that happens to read `plot-1a2b3c` stays as written).
 */
function stableIds(svg: Element, stable: string): void {
  const places: { get: () => string; set: (v: string) => void }[] = [];
  for (const e of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of [...e.attributes]) places.push({ get: () => e.getAttribute(a.name) ?? '', set: (v) => e.setAttribute(a.name, v) });
    if (e.localName === 'style') places.push({ get: () => e.textContent ?? '', set: (v) => (e.textContent = v) });
  }
  const ids = [...new Set(places.flatMap((p) => p.get().match(PLOT_ID) ?? []))];
  for (const p of places) {
    let v = p.get();
    if (!PLOT_ID.test(v)) continue;
    PLOT_ID.lastIndex = 0;
    ids.forEach((id, i) => (v = v.split(id).join(i === 0 ? stable : `${stable}-${i}`)));
    p.set(v);
  }
}

const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'transform', 'points', 'width', 'height']);

/**
 * Coordinates to a hundredth of a unit (Plot's scales give `104.19999999999999`): a hundredth of a pixel is
 * below what a screen shows. Geometry attributes only: values, data attributes and text are untouched.
 */
export function roundGeometry(svg: Element): void {
  for (const e of [svg, ...svg.querySelectorAll('*')]) {
    for (const a of [...e.attributes]) {
      if (!GEOMETRY.has(a.name)) continue;
      const v = a.value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
      if (v !== a.value) e.setAttribute(a.name, v);
    }
  }
}

const PAD = 12;

/**
 * Lines of text as SVG, wrapped to the width (with room to spare: the file is drawn with whatever fonts the
 * viewer has, bold ones wider); returns the elements and the y after the last line.
 */
function textBlock(doc: Document, text: string, y: number, width: number, size: number, attrs: Attrs): { els: Element[]; y: number } {
  // Bold runs about a seventh wider than the regular widths the estimate is made of.
  const lines = wrap(text, width / (attrs['font-weight'] === 'bold' ? 1.15 : 1.02), size);
  const line = Math.round(size * 1.35);
  const els = lines.map((l, i) => el(doc, 'text', { x: PAD, y: y + i * line, 'font-size': size, ...attrs }, l));
  return { els, y: y + lines.length * line };
}

/** The legend as SVG, for the standalone file (the page draws it in HTML); items wrap onto more rows. */
function legendSvg(doc: Document, spec: ChartSpec, top: number, width: number): { els: Element[]; y: number } {
  let x = PAD + 6;
  let y = top + 12;
  const els = spec.legend.flatMap((item) => {
    const w = 22 + textWidth(item.label, 12);
    if (x > PAD + 6 && x + w > width - PAD) {
      x = PAD + 6;
      y += 20;
    }
    const st = symbolStyle(item);
    const symbol = el(doc, 'path', {
      transform: `translate(${x},${y - 4})`,
      d: SYMBOL_PATH[item.symbol],
      fill: st.fill,
      stroke: st.stroke,
      'stroke-width': st.width,
      'stroke-dasharray': st.dash || undefined,
    });
    const label = el(doc, 'text', { x: x + 10, y, 'font-size': 12, fill: '#1a1a1a' }, item.label);
    x += w + 16;
    return [symbol, label];
  });
  return { els, y: spec.legend.length ? y + 12 : top };
}

/** Wraps the chart with its title, subtitle, legend and a footer of credits (source, site, licence), all inside. */
function addFrame(svg: Element, spec: ChartSpec, credits: string[], doc: Document): Element {
  const m = /^0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(svg.getAttribute('viewBox') ?? '');
  const w = Number(m?.[1] ?? 640);
  const h = Number(m?.[2] ?? 400);
  const inner = w - 2 * PAD;
  const title = textBlock(doc, spec.title, 26, inner, 17, { 'font-weight': 'bold', fill: '#1a1a1a' });
  const subtitle = textBlock(doc, spec.subtitle, title.y + 2, inner, 12, { fill: '#444' });
  const legend = legendSvg(doc, spec, subtitle.y, w);
  const top = legend.y + 8;
  // The footer: a rule, then each credit on its own lines.
  let y = top + h + 22;
  const footer = credits.flatMap((c) => {
    const block = textBlock(doc, c, y, inner, 11, { fill: '#444' });
    y = block.y + 2;
    return block.els;
  });
  const height = Math.ceil(y + PAD);
  setLeading(svg, { x: 0, y: top, width: w, height: h });
  const frame = el(doc, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${w} ${height}`,
    width: w,
    height,
    'font-family': "'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', system-ui, sans-serif",
  });
  return append(
    frame,
    el(doc, 'rect', { width: '100%', height: '100%', fill: '#fff' }),
    ...title.els,
    ...subtitle.els,
    ...legend.els,
    svg,
    el(doc, 'line', { x1: PAD, x2: w - PAD, y1: top + h + 6, y2: top + h + 6, stroke: '#ccc' }),
    ...footer,
  );
}
