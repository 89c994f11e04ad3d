/** Build-time endpoint: a static oEmbed response per chart (discovered from the embed and dataset pages). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { availableCharts, makeChart } from '../../../site/model/charts.ts';
import { oembed } from '../../../site/publish/embed.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const body = oembed(makeChart(String(params.chart), (props as { lang: Lang }).lang)!);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
