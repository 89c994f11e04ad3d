/** Build-time endpoint: a chart's zip (CSVs, xlsx, metadata, SVG, PNG and a README in both languages). */
import type { APIRoute } from 'astro';
import { chartZip } from '../../../site/publish/files.ts';
import { chartFileKey, chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(Buffer.from(await chartZip(chartFileKey(params, props))), {
    headers: { 'Content-Type': 'application/zip' },
  });
