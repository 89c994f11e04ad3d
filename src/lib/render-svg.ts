/**
 * The one place charts are rendered: a chart's Plot options → an SVG string at build time, with a
 * server-side DOM (linkedom). Marks that carry a `title` become keyboard-focusable with an accessible name;
 * Plot's generated class names become stable ids so two builds give the same bytes.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { SYMBOL_PATH, symbolStyle, type ChartSpec } from '../charts/types.ts';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RenderOptions {
  /** Adds the title, subtitle and source as text inside the SVG (for a standalone file). */
  standalone?: boolean;
  /** A small decorative copy (home cards): no per-mark text, hidden from assistive technology. */
  thumbnail?: boolean;
}

export function renderSvg(spec: ChartSpec, opts: RenderOptions = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...spec.plot, document } as Plot.PlotOptions) as unknown as Element;
  const interactive = !opts.thumbnail && !opts.standalone;
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', `${spec.id}-title ${spec.id}-desc`);
  if (opts.thumbnail) {
    svg.removeAttribute('role');
    svg.removeAttribute('aria-labelledby');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
  }
  svg.setAttribute('data-chart', spec.id);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const el of svg.querySelectorAll('title')) {
    const mark = el.parentElement;
    if (!mark || mark === svg) continue;
    if (opts.thumbnail) {
      el.remove();
      continue;
    }
    if (interactive) {
      mark.setAttribute('tabindex', '0');
      mark.setAttribute('class', `${mark.getAttribute('class') ?? ''} mark`.trim());
    }
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', el.textContent ?? '');
  }
  // Plot names its groups with aria-label ("dot", "frame"): a label on a generic <g> is not allowed (and says
  // nothing useful); the values are named on the marks themselves.
  for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
  // Text of the chart for screen readers and for the file on its own.
  const title = document.createElement('title');
  title.setAttribute('id', `${spec.id}-title`);
  title.textContent = spec.title;
  const desc = document.createElement('desc');
  desc.setAttribute('id', `${spec.id}-desc`);
  desc.textContent = spec.summary;
  if (!opts.thumbnail) {
    svg.insertBefore(desc, svg.firstChild);
    svg.insertBefore(title, svg.firstChild);
  }
  let out = svg.outerHTML;
  // Plot names its stylesheet and clip paths with generated ids: make them stable per chart.
  const ids = [...new Set(out.match(/plot-[0-9a-f]{6}(?:-clip-\d+)?/g) ?? [])];
  ids.forEach((id, i) => {
    const stable = `plot-${spec.id}${opts.thumbnail ? '-thumb' : ''}`;
    out = out.split(id).join(i === 0 ? stable : `${stable}-${i}`);
  });
  // Attribute values are already quoted safely; escaping < and > in them too keeps document text inert
  // wherever the SVG is pasted (and makes it plain to see).
  out = out.replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`);
  if (opts.standalone) out = addFrame(out, spec);
  return out;
}

/** The legend as SVG, for the standalone file (the page draws it in HTML). */
function legendSvg(spec: ChartSpec, y: number): string {
  let x = 14;
  return spec.legend
    .map((item) => {
      const st = symbolStyle(item);
      const s = `<path transform="translate(${x},${y - 4})" d="${SYMBOL_PATH[item.symbol]}" fill="${st.fill}" stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/><text x="${x + 10}" y="${y}" font-size="11" fill="#1a1a1a">${escapeXml(item.label)}</text>`;
      x += 30 + item.label.length * 11;
      return s;
    })
    .join('');
}

/** Wraps the chart with its title, subtitle and source as SVG text, for a file that stands alone. */
function addFrame(svg: string, spec: ChartSpec): string {
  const m = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  const w = Number(m?.[1] ?? 640);
  const h = Number(m?.[2] ?? 400);
  const top = spec.legend.length ? 72 : 52;
  const bottom = 36;
  const inner = svg.replace(/^<svg[^>]*>/, (open) => open.replace(/\s(width|height)="[^"]*"/g, '').replace(/^<svg/, `<svg x="0" y="${top}" width="${w}" height="${h}"`));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h + top + bottom}" width="${w}" height="${h + top + bottom}" font-family="system-ui, 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="8" y="22" font-size="16" font-weight="bold" fill="#1a1a1a">${escapeXml(spec.title)}</text>` +
    `<text x="8" y="42" font-size="11" fill="#444">${escapeXml(spec.subtitle)}</text>` +
    legendSvg(spec, 62) +
    inner +
    `<text x="8" y="${h + top + 22}" font-size="10" fill="#444">${escapeXml(spec.source)}</text>` +
    `</svg>`
  );
}
