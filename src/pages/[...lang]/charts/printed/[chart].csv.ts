/** Build-time endpoint: a chart's data as `?values=printed` shows it (values not read as printed left empty), for the charts where it differs. */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../../i18n/index.ts';
import { chartCsv } from '../../../../site/model/chart-data.ts';
import { availableCharts, differsPrinted, makeChart, printedChart } from '../../../../site/model/charts.ts';
import { perLang } from '../../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts().filter((c) => ['ja', 'en'].every((lang) => differsPrinted(makeChart(c.id, lang as Lang)!))),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const spec = printedChart(String(params.chart), (props as { lang: Lang }).lang)!;
  return new Response(chartCsv(spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
