/** Build-time endpoint: the chart as a PNG for reports, 2,400 px wide, rasterised from its outlined SVG (resvg). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts, makeChart } from '../../../site/model/charts.ts';
import { outlinedSvg, PRINT_WIDTH } from '../../../site/render/chart-files.ts';
import { renderPng } from '../../../site/render/png.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const spec = makeChart(String(params.chart), (props as { lang: Lang }).lang)!;
  const png = await renderPng(outlinedSvg(spec), { width: PRINT_WIDTH }, true);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
