/** Build-time endpoint: the data of each chart (one row per cell it draws), as published and in the two Excel forms. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../i18n/index.ts';
import { chartDataFiles, type ChartDataFile } from '../../../site/model/chart-data.ts';
import { contentType } from '../../../site/publish/downloads.ts';
import { langParam } from '../../../site/publish/urls.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang: Lang) =>
    chartDataFiles(lang).map((f) => ({ params: { lang: langParam(lang), data: f.file.replace(/\.csv$/, '') }, props: { lang, f } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const f = (props as { f: ChartDataFile }).f;
  return new Response(Buffer.from(f.bytes), { headers: { 'Content-Type': contentType(f.flavour) } });
};
