/** Build-time endpoint: a static oEmbed response per chart (discovered from the embed and dataset pages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { oembed } from '../../../lib/embed.ts';
import { T } from '../../../lib/i18n.ts';
import { availableCharts, makeChart } from '../../../lib/site.ts';

export const getStaticPaths: GetStaticPaths = () => availableCharts().map((c) => ({ params: { chart: c.id } }));

export const GET: APIRoute = ({ params, site }) => {
  const body = oembed(makeChart(String(params.chart), 'en')!, site ?? 'http://localhost:4321', T['en'].siteName);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
