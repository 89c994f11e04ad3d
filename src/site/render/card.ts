/**
 * Social cards (og:image, 1200×630, the size X, LINE, Slack and Facebook show large): a chart's card holds
 * the site's name, the chart's title, the chart itself scaled to fit, and its source; the site's card holds
 * the name, what the site is and is not, and a band of the palette. Rasterised like the chart PNGs.
 */
import { COLORS, type ChartSpec } from '../../display/chart.ts';
import { wrap } from '../../display/text.ts';
import { CARD } from '../model/cards.ts';
import { renderSvg } from './svg.ts';

const PAD = 56;
const INNER = CARD.width - 2 * PAD;
const FONT = "'Noto Sans JP', sans-serif";

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Lines of text at a size (bold measured a seventh wider), at most `max` lines: the size shrinks until it fits. */
function fit(text: string, size: number, max: number, bold: boolean): { lines: string[]; size: number } {
  for (let s = size; s > 18; s -= 2) {
    const lines = wrap(text, INNER / (bold ? 1.15 : 1.02), s);
    if (lines.length <= max) return { lines, size: s };
  }
  return { lines: wrap(text, INNER / (bold ? 1.15 : 1.02), 18), size: 18 };
}

function textLines(lines: string[], y: number, size: number, attrs: string): { svg: string; y: number } {
  const step = Math.round(size * 1.3);
  return {
    svg: lines.map((l, i) => `<text x="${PAD}" y="${y + i * step}" font-size="${size}" ${attrs}>${esc(l)}</text>`).join(''),
    y: y + (lines.length - 1) * step,
  };
}

function frame(body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD.width} ${CARD.height}" width="${CARD.width}" height="${CARD.height}" font-family="${FONT}">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<rect width="100%" height="8" fill="${COLORS.blue}"/>` +
    body +
    `</svg>`
  );
}

/** A chart's card: site name, title, the chart (its wide layout) scaled into the space left, the source. */
export function chartCardSvg(spec: ChartSpec, siteName: string): string {
  const name = textLines([siteName], PAD + 12, 24, 'fill="#4d4d4d"');
  const title = fit(spec.title, 40, 2, true);
  const t = textLines(title.lines, name.y + 58, title.size, 'font-weight="bold" fill="#1a1a1a"');
  const source = fit(spec.source, 20, 2, false);
  const sourceTop = CARD.height - PAD + 8 - (source.lines.length - 1) * Math.round(source.size * 1.3);
  const s = textLines(source.lines, sourceTop, source.size, 'fill="#4d4d4d"');
  const top = t.y + 28;
  const height = sourceTop - source.size - 20 - top;
  const chart = renderSvg(spec, { layout: 'wide' }).replace(/^<svg[^>]*>/, (open) =>
    open
      .replace(/\s(width|height|x|y)="[^"]*"/g, '')
      .replace(/^<svg/, `<svg x="${PAD}" y="${top}" width="${INNER}" height="${height}" preserveAspectRatio="xMidYMid meet"`),
  );
  return frame(name.svg + t.svg + chart + s.svg);
}

/** The site's card: its name, what it is, that it is not the ministry's, and the palette. */
export function siteCardSvg(siteName: string, tagline: string, independent: string): string {
  const name = fit(siteName, 60, 2, true);
  const n = textLines(name.lines, 200, name.size, 'font-weight="bold" fill="#1a1a1a"');
  const tag = fit(tagline, 30, 2, false);
  const g = textLines(tag.lines, n.y + 70, tag.size, 'fill="#1a1a1a"');
  const ind = fit(independent, 24, 2, false);
  const i = textLines(ind.lines, g.y + 60, ind.size, 'fill="#4d4d4d"');
  const palette = [COLORS.blue, COLORS.orange, COLORS.sky, COLORS.green, COLORS.vermillion, COLORS.purple];
  const bars = palette
    .map((c, k) => `<rect x="${PAD + k * 64}" y="${CARD.height - PAD - 20 - k * 14}" width="48" height="${20 + k * 14}" fill="${c}"/>`)
    .join('');
  return frame(n.svg + g.svg + i.svg + bars);
}
