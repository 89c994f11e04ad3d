/**
 * The one place charts are rendered: a chart's Plot options (one of its two layouts) → an SVG string at
 * build time, with a server-side DOM (linkedom). Marks that carry a `title` become keyboard-focusable with an
 * accessible name; Plot's generated class names become stable ids so two builds give the same bytes.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { SYMBOL_PATH, symbolStyle, type ChartSpec } from '../../display/chart.ts';
import { textWidth, wrap, type Layout } from '../../display/text.ts';
import { buildHooks } from '../build-hooks.ts';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RenderOptions {
  /** Which layout (default: wide). */
  layout?: Layout;
  /** A file that stands alone: the title, subtitle, legend and a footer with the credits as text inside. */
  standalone?: { credits: string[] };
  /** A small decorative copy (home cards): no text at all, no per-mark titles, hidden from assistive technology. */
  thumbnail?: boolean;
}

export function renderSvg(spec: ChartSpec, opts: RenderOptions = {}): string {
  return buildHooks().timeSvg(() => draw(spec, opts));
}

function draw(spec: ChartSpec, opts: RenderOptions): string {
  const layout = opts.layout ?? 'wide';
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
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
  if (opts.thumbnail) {
    svg.removeAttribute('role');
    svg.removeAttribute('aria-labelledby');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    // A thumbnail is a shape, not a chart to read: its text would be too small.
    for (const t of svg.querySelectorAll('text')) t.remove();
  }
  for (const el of svg.querySelectorAll('title')) {
    const mark = el.parentElement;
    if (!mark || mark === svg) continue;
    if (opts.thumbnail) {
      el.remove();
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
  // Text of the chart for screen readers and for the file on its own.
  if (!opts.thumbnail) {
    const title = document.createElement('title');
    title.setAttribute('id', `${key}-title`);
    title.textContent = spec.title;
    const desc = document.createElement('desc');
    desc.setAttribute('id', `${key}-desc`);
    desc.textContent = spec.summary;
    svg.insertBefore(desc, svg.firstChild);
    svg.insertBefore(title, svg.firstChild);
  }
  let out = svg.outerHTML;
  // Plot names its stylesheet and clip paths with generated ids: make them stable per chart and layout.
  const ids = [...new Set(out.match(/plot-[0-9a-f]{6}(?:-clip-\d+)?/g) ?? [])];
  ids.forEach((id, i) => {
    const stable = `plot-${key}`;
    out = out.split(id).join(i === 0 ? stable : `${stable}-${i}`);
  });
  // Attribute values are already quoted safely; escaping < and > in them too keeps document text inert
  // wherever the SVG is pasted (and makes it plain to see).
  out = out.replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
  out = roundGeometry(out);
  if (opts.standalone) out = addFrame(out, spec, opts.standalone.credits);
  return out;
}

const GEOMETRY = /\s(x|y|x1|x2|y1|y2|cx|cy|r|d|transform|points|width|height)="([^"]*)"/g;

/**
 * Coordinates to a hundredth of a unit (Plot's scales give `104.19999999999999`): a hundredth of a pixel is
 * below what a screen shows. Values and text are untouched.
 */
export function roundGeometry(svg: string): string {
  return svg.replace(
    GEOMETRY,
    (_, name: string, v: string) => ` ${name}="${v.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))}"`,
  );
}

const PAD = 12;

/**
 * Lines of text as SVG, wrapped to the width (with room to spare: the file is drawn with whatever fonts the
 * viewer has, bold ones wider); returns the markup and the y after the last line.
 */
function textBlock(text: string, y: number, width: number, size: number, attrs: string): { svg: string; y: number } {
  // Bold runs about a seventh wider than the regular widths the estimate is made of.
  const lines = wrap(text, width / (attrs.includes('bold') ? 1.15 : 1.02), size);
  const line = Math.round(size * 1.35);
  const svg = lines.map((l, i) => `<text x="${PAD}" y="${y + i * line}" font-size="${size}" ${attrs}>${escapeXml(l)}</text>`).join('');
  return { svg, y: y + lines.length * line };
}

/** The legend as SVG, for the standalone file (the page draws it in HTML); items wrap onto more rows. */
function legendSvg(spec: ChartSpec, top: number, width: number): { svg: string; y: number } {
  let x = PAD + 6;
  let y = top + 12;
  const parts = spec.legend.map((item) => {
    const w = 22 + textWidth(item.label, 12);
    if (x > PAD + 6 && x + w > width - PAD) {
      x = PAD + 6;
      y += 20;
    }
    const st = symbolStyle(item);
    const s = `<path transform="translate(${x},${y - 4})" d="${SYMBOL_PATH[item.symbol]}" fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/><text x="${x + 10}" y="${y}" font-size="12" fill="#1a1a1a">${escapeXml(item.label)}</text>`;
    x += w + 16;
    return s;
  });
  return { svg: parts.join(''), y: spec.legend.length ? y + 12 : top };
}

/** Wraps the chart with its title, subtitle, legend and a footer of credits (source, site, licence), all inside. */
function addFrame(svg: string, spec: ChartSpec, credits: string[]): string {
  const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  const w = Number(m?.[1] ?? 640);
  const h = Number(m?.[2] ?? 400);
  const inner = w - 2 * PAD;
  const title = textBlock(spec.title, 26, inner, 17, 'font-weight="bold" fill="#1a1a1a"');
  const subtitle = textBlock(spec.subtitle, title.y + 2, inner, 12, 'fill="#444"');
  const legend = legendSvg(spec, subtitle.y, w);
  const top = legend.y + 8;
  // The footer: a rule, then each credit on its own lines.
  let y = top + h + 22;
  const footer = credits.map((c) => {
    const block = textBlock(c, y, inner, 11, 'fill="#444"');
    y = block.y + 2;
    return block.svg;
  });
  const height = Math.ceil(y + PAD);
  const chart = svg.replace(/^<svg[^>]*>/, (open) =>
    open.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg x="0" y="${top}" width="${w}" height="${h}"`),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${height}" width="${w}" height="${height}" font-family="'Hiragino Sans', 'Noto Sans CJK JP', 'Noto Sans JP', system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    title.svg +
    subtitle.svg +
    legend.svg +
    chart +
    `<line x1="${PAD}" x2="${w - PAD}" y1="${top + h + 6}" y2="${top + h + 6}" stroke="#ccc"/>` +
    footer.join('') +
    `</svg>`
  );
}
