/** Embedding and exporting a chart: URLs, iframe snippets, oEmbed, and the citation (text and BibTeX). */
import type { ChartSpec } from '../../display/chart.ts';
import { BREAKPOINT, LAYOUTS, MAX_SCALE, textWidth, wrap } from '../../display/text.ts';
import { fixedSnippet, responsiveSnippet } from '../../client/snippet.ts';
import { CARD } from '../model/cards.ts';
import { LANG_SEGMENT, t, type Lang } from '../../i18n/index.ts';
import { citationOf } from '../../i18n/sources.ts';
import { absolute, asset, href, siteOrigin } from './urls.ts';

export const embedPath = (lang: Lang, id: string) => href(lang, `embed/${id}/`);
export const chartFile = (lang: Lang, id: string, ext: 'svg' | 'png' | 'pdf') => href(lang, `charts/${id}.${ext}`);
export const oembedPath = (lang: Lang, id: string) => href(lang, `oembed/${id}.json`);
export const embedScript = () => asset('embed.js');

/** The padding of an embed page on each side (see src/layouts/Embed.astro), and its largest useful width. */
const EMBED_PADDING = 12;
const EMBED_MAX_WIDTH = Math.round(LAYOUTS.wide * MAX_SCALE) + 2 * EMBED_PADDING;

/** The embed builder's widths, in CSS px: a phone, a text column, and the embed at its widest. */
export const BUILDER_WIDTHS = { phone: 360, column: 640, full: EMBED_MAX_WIDTH } as const;

/**
 * The height of an embed page whose frame is `width` px wide (a generous estimate): the chart in the layout
 * that width picks, scaled as the page scales it, plus its title, subtitle, legend and source as they wrap.
 */
function embedHeight(spec: ChartSpec, width: number): number {
  const inner = width - 2 * EMBED_PADDING;
  const layout = inner < BREAKPOINT ? 'narrow' : 'wide';
  const plot = spec.layouts[layout];
  const shown = Math.min(inner, LAYOUTS[layout] * MAX_SCALE);
  const chart = (Number(plot.height) * shown) / LAYOUTS[layout];
  // Text is measured as if wider than estimated (browsers' fonts differ; the title is bold), lines at the
  // line heights of src/styles/embed.css.
  const lines = (text: string, size: number, bold = false) => wrap(text, inner / (bold ? 1.2 : 1.1), size).length;
  const legend = spec.legend.length ? Math.ceil((spec.legend.reduce((s, i) => s + textWidth(i.label, 14) + 36, 0) * 1.1) / inner) * 24 : 0;
  const text = lines(spec.title, 19.2, true) * 26 + lines(spec.subtitle, 13.6) * 21 + legend + (lines(spec.source, 13.6) + 1) * 21 + 12;
  return Math.ceil(chart + text + 2 * EMBED_PADDING + 16);
}

/** Width and default height of an embed at its widest (for oEmbed and the responsive snippet's first height). */
export function embedSize(spec: ChartSpec): { width: number; height: number } {
  return { width: EMBED_MAX_WIDTH, height: embedHeight(spec, EMBED_MAX_WIDTH) };
}

/** The fixed snippet's height: the tallest the embed gets at any width from a 320 px phone to its widest. */
export function fixedHeight(spec: ChartSpec): number {
  return Math.max(
    ...[320, 360, 420, BREAKPOINT + 2 * EMBED_PADDING - 1, BREAKPOINT + 2 * EMBED_PADDING, EMBED_MAX_WIDTH].map((w) =>
      embedHeight(spec, w),
    ),
  );
}

export function snippets(spec: ChartSpec, site: URL | string = siteOrigin()): { plain: string; responsive: string } {
  const src = absolute(embedPath(spec.lang, spec.id), site);
  const { width, height } = embedSize(spec);
  return {
    plain: fixedSnippet({ src, title: spec.title, width, height: fixedHeight(spec) }),
    responsive: responsiveSnippet({ src, title: spec.title, width, height }, absolute(embedScript(), site)),
  };
}

/**
 * The oEmbed 1.0 answer (type `rich`) for a chart: the responsive snippet as `html`, whose iframe's `width` and
 * `height` are the answer's own; the chart's social card as the thumbnail, with its size (the spec asks for
 * `thumbnail_url`, `thumbnail_width` and `thumbnail_height` together). A static file cannot read the
 * consumer's `maxwidth`/`maxheight`: the iframe shrinks with its column (`width:100%`) and `/embed.js`
 * fits its height (docs/publishing.md).
 */
export function oembed(spec: ChartSpec, site: URL | string = siteOrigin()) {
  const { width, height } = embedSize(spec);
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: t(spec.lang).site.name,
    provider_url: absolute(href(spec.lang), site),
    width,
    height,
    html: snippets(spec, site).responsive,
    thumbnail_url: absolute(href(spec.lang, `cards/${spec.id}.png`), site),
    thumbnail_width: CARD.width,
    thumbnail_height: CARD.height,
    cache_age: 86400,
  };
}

export interface Citation {
  text: string;
  bibtex: string;
}

/** "Cite this chart": the chart, the site, the source document and the access date. */
export function citeChart(
  spec: ChartSpec,
  lang: Lang,
  pageUrl: string,
  accessed: string,
  sources: readonly { publisher: string; title: string; date: string }[],
): Citation {
  const w = t(lang);
  const src = citationOf(sources, lang);
  const year = accessed.slice(0, 4);
  const text = w.cite.chart(w.site.name, spec.title, pageUrl, accessed, src);
  const esc = (s: string) => s.replace(/([{}%&#_$])/g, '\\$1');
  const key = `mhlw-charts-${spec.id}-${year}${LANG_SEGMENT[lang] && `-${LANG_SEGMENT[lang]}`}`;
  const bibtex = [
    `@misc{${key},`,
    `  title        = {${esc(spec.title)}},`,
    `  author       = {{${esc(w.site.name)}}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${pageUrl}}},`,
    `  note         = {${w.cite.bibNote(accessed, esc(src))}},`,
    `  language     = {${w.cite.bibLanguage}}`,
    '}',
  ].join('\n');
  return { text, bibtex };
}
