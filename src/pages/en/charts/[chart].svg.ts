/** Build-time endpoint: the chart as a self-contained SVG file (title, source and legend inside). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSvg } from '../../../lib/render-svg.ts';
import { availableCharts, makeChart } from '../../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = () => availableCharts().map((c) => ({ params: { chart: c.id } }));

export const GET: APIRoute = ({ params }) => {
  const svg = renderSvg(makeChart(String(params.chart), 'en')!, { standalone: true });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
