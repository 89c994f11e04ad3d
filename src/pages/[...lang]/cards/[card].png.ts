/** Build-time endpoint: the social cards (og:image, 1200×630): one per chart, and the site's own (`site`). */
import type { APIRoute } from 'astro';
import { t, type Lang } from '../../../i18n/index.ts';
import { cardIds } from '../../../site/model/cards.ts';
import { makeChart } from '../../../site/model/charts.ts';
import { chartCardSvg, siteCardSvg } from '../../../site/render/card.ts';
import { renderPng } from '../../../site/render/png.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    cardIds(),
    (id) => ({ card: id }),
    () => ({}),
  );
}

export const GET: APIRoute = async ({ params, props }) => {
  const lang = (props as { lang: Lang }).lang;
  const w = t(lang).site;
  const id = String(params.card);
  const svg = id === 'site' ? siteCardSvg(w.name, w.tagline, w.independent) : chartCardSvg(makeChart(id, lang)!, w.name);
  return new Response(new Uint8Array(await renderPng(svg, { scale: 1 })), { headers: { 'Content-Type': 'image/png' } });
};
