/** Embedding and exporting a chart: URLs, iframe snippets, oEmbed, and the citation (text and BibTeX). */
import type { ChartSpec } from '../charts/types.ts';
import { href, type Lang } from './i18n.ts';
import type { SourceDoc } from './load.ts';

/** The message an embed page posts to its parent with its height (documented in the README). */
export const HEIGHT_MESSAGE = 'mhlw-charts:height';

export const embedPath = (lang: Lang, id: string) => href(lang, `embed/${id}/`);
export const chartFile = (lang: Lang, id: string, ext: 'svg' | 'png') => href(lang, `charts/${id}.${ext}`);
export const oembedPath = (lang: Lang, id: string) => href(lang, `oembed/${id}.json`);
export const embedScript = () => href('ja', 'embed.js');

export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Width and the default height of an embed: the chart plus its title, legend and source line. */
export function embedSize(spec: ChartSpec): { width: number; height: number } {
  const width = Number(spec.plot.width ?? 640);
  const height = Number(spec.plot.height ?? 400) + 150 + (spec.legend.length ? 30 : 0);
  return { width, height };
}

export function snippets(spec: ChartSpec, site: URL | string): { plain: string; responsive: string } {
  const src = absolute(embedPath(spec.lang, spec.id), site);
  const { width, height } = embedSize(spec);
  const title = attr(spec.title);
  return {
    plain: `<iframe src="${src}" title="${title}" width="${width}" height="${height}" style="border:0;width:100%;max-width:${width}px;aspect-ratio:${width}/${height};height:auto" loading="lazy"></iframe>`,
    responsive: `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-mhlw-chart></iframe>\n<script src="${absolute(embedScript(), site)}" async></script>`,
  };
}

export function oembed(spec: ChartSpec, site: URL | string, providerName: string) {
  const { width, height } = embedSize(spec);
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: providerName,
    provider_url: absolute(href(spec.lang), site),
    width,
    height,
    html: snippets(spec, site).responsive,
    thumbnail_url: absolute(chartFile(spec.lang, spec.id, 'png'), site),
    cache_age: 86400,
  };
}

export interface Citation {
  text: string;
  bibtex: string;
}

/** "Cite this chart": the chart, the site, the source document and the access date. */
export function citeChart(spec: ChartSpec, lang: Lang, pageUrl: string, accessed: string, sources: SourceDoc[], siteName: string): Citation {
  const src = sources
    .map((s) => (lang === 'ja' ? `${s.publisher_ja}「${s.title_ja}」（${s.date_ja ?? s.date}）` : `${s.publisher_en}, “${s.title_en}” (${s.date})`))
    .join('; ');
  const year = accessed.slice(0, 4);
  const text =
    lang === 'ja'
      ? `${siteName}「${spec.title}」${pageUrl}（${accessed}参照）。原資料：${src}。`
      : `${siteName}, “${spec.title}”, ${pageUrl} (accessed ${accessed}). Source: ${src}.`;
  const esc = (s: string) => s.replace(/([{}%&#_$])/g, '\\$1');
  const key = `mhlw-charts-${spec.id}-${year}${lang === 'en' ? '-en' : ''}`;
  const bibtex = [
    `@misc{${key},`,
    `  title        = {${esc(spec.title)}},`,
    `  author       = {{${esc(siteName)}}},`,
    `  year         = {${year}},`,
    `  howpublished = {\\url{${pageUrl}}},`,
    `  note         = {${lang === 'ja' ? `${accessed}参照。原資料：` : `Accessed ${accessed}. Source: `}${esc(src)}},`,
    `  language     = {${lang === 'ja' ? 'japanese' : 'english'}}`,
    '}',
  ].join('\n');
  return { text, bibtex };
}
