/**
 * A chart's files for reports, each drawn once per chart and language and shared by the endpoints that
 * publish them (`/charts/<id>.svg`, `.png`, `.pdf`): the standalone SVG (title, subtitle, legend, chart with
 * its annotations, credits, all inside), its outlined form (the SVG file and the source of the PNG: text as
 * glyph outlines, so it looks the same without Noto Sans JP and the PNG needs no font), and the PDF drawn
 * from the text form (selectable text, the font embedded as a subset).
 */
import type { ChartSpec } from '../../display/chart.ts';
import { creditsOf } from '../model/charts.ts';
import { outlineSvg } from './png.ts';
import { roundGeometry, renderSvg } from './svg.ts';
import { el, serialize, setLeading } from './svg-dom.ts';
import { DOMParser } from 'linkedom';

/** The PNG for reports: at least 2,400 px wide (a full-width figure at 300 dpi on A4, 2× a 1,200 px slide). */
export const PRINT_WIDTH = 2400;

const standalone = new Map<string, string>();
const outlined = new Map<string, string>();
const key = (spec: ChartSpec) => `${spec.lang}/${spec.id}`;

/** The standalone SVG with its text as text (for the PDF; the page's own charts are drawn apart). */
export function standaloneSvg(spec: ChartSpec): string {
  let s = standalone.get(key(spec));
  if (s === undefined) standalone.set(key(spec), (s = renderSvg(spec, { standalone: { credits: creditsOf(spec) } })));
  return s;
}

/**
 * The standalone SVG with its text outlined, and the words kept for people and machines: `<title>` (the
 * chart's title) and `<desc>` (its summary and credits) first, `role="img"` named by them, the language.
 */
export function outlinedSvg(spec: ChartSpec): string {
  let s = outlined.get(key(spec));
  if (s !== undefined) return s;
  const doc = new DOMParser().parseFromString(outlineSvg(standaloneSvg(spec)), 'image/svg+xml') as unknown as Document;
  const svg = doc.documentElement;
  roundGeometry(svg);
  const id = `${spec.id}-file`;
  svg.insertBefore(el(doc, 'desc', { id: `${id}-desc` }, [spec.summary, ...creditsOf(spec)].join('\n')), svg.firstChild);
  svg.insertBefore(el(doc, 'title', { id: `${id}-title` }, spec.title), svg.firstChild);
  setLeading(svg, { xmlns: 'http://www.w3.org/2000/svg', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, lang: spec.lang });
  outlined.set(key(spec), (s = serialize(svg)));
  return s;
}
