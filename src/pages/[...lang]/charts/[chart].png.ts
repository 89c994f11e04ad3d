/** Build-time endpoint: the chart as a PNG for reports, 2,400 px wide, rasterised from its outlined SVG (resvg). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts } from '../../../site/model/charts.ts';
import { chartPng } from '../../../site/publish/files.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  // Rendered once: the chart's zip holds the same bytes.
  const png = await chartPng(`${String(params.chart)}|${(props as { lang: Lang }).lang}`);
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
