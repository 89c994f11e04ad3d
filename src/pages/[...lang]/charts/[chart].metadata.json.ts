/** Build-time endpoint: a chart's metadata (title, unit, columns, sources with their words, licence, citations, version, addresses). */
import type { APIRoute } from 'astro';
import type { Lang } from '../../../i18n/index.ts';
import { chartMetadataJson } from '../../../site/publish/files.ts';
import { chartFilePaths } from '../../../site/publish/routes.ts';

export const getStaticPaths = chartFilePaths;

export const GET: APIRoute = ({ params, props }) =>
  new Response(chartMetadataJson(String(params.chart), (props as { lang: Lang }).lang), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
