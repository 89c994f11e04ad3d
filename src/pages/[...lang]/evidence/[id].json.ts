/** Build-time endpoint: the provenance panel's file of a dataset page, fetched on first use (src/client/provenance.ts). */
import type { APIRoute } from 'astro';
import type { PageId } from '../../../datasets/view.ts';
import type { Lang } from '../../../i18n/index.ts';
import { availablePages } from '../../../site/model/dataset-pages.ts';
import { panelData } from '../../../site/model/evidence.ts';
import { perLang } from '../../../site/publish/routes.ts';

export function getStaticPaths() {
  return perLang(
    availablePages().filter((p) => p.kind === 'charts'),
    (page) => ({ id: page.id }),
    () => ({}),
  );
}

export const GET: APIRoute = ({ params, props }) => {
  const body = panelData(String(params.id) as PageId, (props as { lang: Lang }).lang);
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
