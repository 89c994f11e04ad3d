/** Build-time endpoint: the chart as a PDF for reports (vector, text selectable, Noto Sans JP embedded as a subset). */
import type { APIRoute } from 'astro';
import { chartPdf } from '../../../site/publish/files.ts';
import { chartFileKey, chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(Buffer.from(await chartPdf(chartFileKey(params, props))), { headers: { 'Content-Type': 'application/pdf' } });
