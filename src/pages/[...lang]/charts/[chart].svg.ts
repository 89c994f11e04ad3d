/**
 * Build-time endpoint: the chart as a self-contained SVG file (title, source and legend inside), its text
 * outlined so it looks the same without the font (Word, PowerPoint); `<title>` and `<desc>` keep the words.
 */
import type { APIRoute } from 'astro';
import { chartSvg } from '../../../site/publish/files.ts';
import { chartFileKey, chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = ({ params, props }) => {
  const svg = chartSvg(chartFileKey(params, props));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
