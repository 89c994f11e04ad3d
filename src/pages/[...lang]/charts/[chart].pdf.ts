/** Build-time endpoint: the chart as a PDF for reports (vector, text selectable, Noto Sans JP embedded as a subset). */
import type { APIRoute } from 'astro';
import { t, type Lang } from '../../../i18n/index.ts';
import { buildDate } from '../../../site/model/build-date.ts';
import { availableCharts, creditsOf, makeChart } from '../../../site/model/charts.ts';
import { standaloneSvg } from '../../../site/render/chart-files.ts';
import { renderPdf } from '../../../site/render/pdf.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = (props as { lang: Lang }).lang;
  const spec = makeChart(String(params.chart), lang)!;
  const w = t(lang);
  const pdf = await renderPdf(standaloneSvg(spec), {
    title: spec.title,
    subject: [spec.subtitle, ...creditsOf(spec)].join('\n'),
    author: w.site.name,
    keywords: spec.source,
    lang,
    date: buildDate(),
  });
  return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf' } });
};
