/** Build-time endpoint: the chart as a PNG at 2× (resvg, with Noto Sans JP from npm). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts, creditsOf, makeChart } from '../../../site/model/charts.ts';
import { renderPng } from '../../../site/render/png.ts';
import { renderSvg } from '../../../site/render/svg.ts';
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
  const png = await renderPng(renderSvg(spec, { standalone: { credits: creditsOf(spec) } }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
