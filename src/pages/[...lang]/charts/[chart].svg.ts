/**
 * Build-time endpoint: the chart as a self-contained SVG file (title, source and legend inside), its text
 * outlined so it looks the same without the font (Word, PowerPoint); `<title>` and `<desc>` keep the words.
 */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts } from '../../../site/model/charts.ts';
import { chartSvg } from '../../../site/publish/files.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const svg = chartSvg(`${String(params.chart)}|${(props as { lang: Lang }).lang}`);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
