/** Build-time endpoint: a chart's zip (CSVs, xlsx, metadata, SVG, PNG and a README in both languages). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts } from '../../../site/model/charts.ts';
import { chartZip } from '../../../site/publish/files.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) =>
  new Response(Buffer.from(await chartZip(`${String(params.chart)}|${(props as { lang: Lang }).lang}`)), {
    headers: { 'Content-Type': 'application/zip' },
  });
