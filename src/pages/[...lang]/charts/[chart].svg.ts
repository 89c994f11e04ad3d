/** Build-time endpoint: the chart as a self-contained SVG file (title, source and legend inside). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts, creditsOf, makeChart } from '../../../site/model/charts.ts';
import { renderSvg } from '../../../site/render/svg.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const spec = makeChart(String(params.chart), (props as { lang: Lang }).lang)!;
  const svg = renderSvg(spec, { standalone: { credits: creditsOf(spec) } });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
