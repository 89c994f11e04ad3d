/** Build-time endpoint: the chart as a PNG for reports, 2,400 px wide, rasterised from its outlined SVG (resvg). */
import type { APIRoute } from 'astro';
import { chartPng } from '../../../site/publish/files.ts';
import { chartFileKey, chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = async ({ params, props }) => {
  // Rendered once: the chart's zip holds the same bytes.
  const png = await chartPng(chartFileKey(params, props));
  return new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
};
