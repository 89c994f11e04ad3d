/** Build-time endpoint: the chart as a PNG at 2× (resvg, with Noto Sans JP from npm). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSvg } from '../../../lib/render-svg.ts';
import { renderPng } from '../../../lib/render-png.ts';
import { availableCharts, makeChart } from '../../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = () => availableCharts().map((c) => ({ params: { chart: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const png = renderPng(renderSvg(makeChart(String(params.chart), 'en')!, { standalone: true }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
