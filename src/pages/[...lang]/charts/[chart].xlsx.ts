/** Build-time endpoint: a chart's workbook (its table as shown, its data with provenance, notes and sources). */
import type { APIRoute } from 'astro';
import { chartXlsx } from '../../../site/publish/files.ts';
import { XLSX_TYPE } from '../../../site/publish/downloads.ts';
import { chartFileKey, chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = async ({ params, props }) =>
  new Response(Buffer.from(await chartXlsx(chartFileKey(params, props))), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
