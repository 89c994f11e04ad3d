/** Build-time endpoint: a chart's workbook (its table as shown, its data with provenance, notes and sources). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts } from '../../../site/model/charts.ts';
import { chartXlsx } from '../../../site/publish/files.ts';
import { XLSX_TYPE } from '../../../site/publish/downloads.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) =>
  new Response(Buffer.from(await chartXlsx(`${String(params.chart)}|${(props as { lang: Lang }).lang}`)), {
    headers: { 'Content-Type': XLSX_TYPE },
  });
