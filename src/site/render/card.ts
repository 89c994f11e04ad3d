/**
 * Social cards (og:image, 1200×630, the size X, LINE, Slack and Facebook show large): a chart's card holds
 * the site's name, the chart's title, the chart itself scaled to fit, and its source; the site's card holds
 * the name, what the site is and is not, and a band of the palette. Rasterised like the chart PNGs.
 */
import { COLORS, type ChartSpec } from '../../display/chart.ts';
import { wrap } from '../../display/text.ts';
import { buildHooks } from '../build-hooks.ts';
import { CARD } from '../model/cards.ts';
import { renderSvgElement } from './svg.ts';
import { append, el, serialize, setLeading, svgDocument } from './svg-dom.ts';

const PAD = 56;
const INNER = CARD.width - 2 * PAD;
const FONT = "'Noto Sans JP', sans-serif";

/** Lines of text at a size (bold measured a seventh wider), at most `max` lines: the size shrinks until it fits. */
function fit(text: string, size: number, max: number, bold: boolean): { lines: string[]; size: number } {
  for (let s = size; s > 18; s -= 2) {
    const lines = wrap(text, INNER / (bold ? 1.15 : 1.02), s);
    if (lines.length <= max) return { lines, size: s };
  }
  return { lines: wrap(text, INNER / (bold ? 1.15 : 1.02), 18), size: 18 };
}

function textLines(doc: Document, lines: string[], y: number, size: number, attrs: Record<string, string>): { els: Element[]; y: number } {
  const step = Math.round(size * 1.3);
  return {
    els: lines.map((l, i) => el(doc, 'text', { x: PAD, y: y + i * step, 'font-size': size, ...attrs }, l)),
    y: y + (lines.length - 1) * step,
  };
}

function frame(doc: Document, body: Element[]): string {
  const svg = el(doc, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${CARD.width} ${CARD.height}`,
    width: CARD.width,
    height: CARD.height,
    'font-family': FONT,
  });
  append(
    svg,
    el(doc, 'rect', { width: '100%', height: '100%', fill: '#fff' }),
    el(doc, 'rect', { width: '100%', height: 8, fill: COLORS.blue }),
    ...body,
  );
  return serialize(svg);
}

/** A chart's card: site name, title, the chart (its wide layout) scaled into the space left, the source. */
export function chartCardSvg(spec: ChartSpec, siteName: string): string {
  const doc = svgDocument();
  const name = textLines(doc, [siteName], PAD + 12, 24, { fill: '#4d4d4d' });
  const title = fit(spec.title, 40, 2, true);
  const t = textLines(doc, title.lines, name.y + 58, title.size, { 'font-weight': 'bold', fill: '#1a1a1a' });
  const source = fit(spec.source, 20, 2, false);
  const sourceTop = CARD.height - PAD + 8 - (source.lines.length - 1) * Math.round(source.size * 1.3);
  const s = textLines(doc, source.lines, sourceTop, source.size, { fill: '#4d4d4d' });
  const top = t.y + 28;
  const height = sourceTop - source.size - 20 - top;
  const chart = buildHooks().timeSvg(() => renderSvgElement(spec, { layout: 'wide' }, doc));
  setLeading(chart, { x: PAD, y: top, width: INNER, height, preserveAspectRatio: 'xMidYMid meet' });
  return frame(doc, [...name.els, ...t.els, chart, ...s.els]);
}

/** The site's card: its name, what it is, that it is not the ministry's, and the palette. */
export function siteCardSvg(siteName: string, tagline: string, independent: string): string {
  const doc = svgDocument();
  const name = fit(siteName, 60, 2, true);
  const n = textLines(doc, name.lines, 200, name.size, { 'font-weight': 'bold', fill: '#1a1a1a' });
  const tag = fit(tagline, 30, 2, false);
  const g = textLines(doc, tag.lines, n.y + 70, tag.size, { fill: '#1a1a1a' });
  const ind = fit(independent, 24, 2, false);
  const i = textLines(doc, ind.lines, g.y + 60, ind.size, { fill: '#4d4d4d' });
  const palette = [COLORS.blue, COLORS.orange, COLORS.sky, COLORS.green, COLORS.vermillion, COLORS.purple];
  const bars = palette.map((c, k) =>
    el(doc, 'rect', { x: PAD + k * 64, y: CARD.height - PAD - 20 - k * 14, width: 48, height: 20 + k * 14, fill: c }),
  );
  return frame(doc, [...n.els, ...g.els, ...i.els, ...bars]);
}
