/**
 * One route per page type for both languages: every route lives under `src/pages/[...lang]/`, whose
 * parameter is empty for Japanese (the root) and `en` for English. These helpers make its static paths.
 */
import { LANGS, type Lang } from '../../i18n/index.ts';
import { availableCharts } from '../model/charts.ts';
import { langParam } from './urls.ts';

/** The static paths of a page that exists once per language. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The static paths of a page per item and language: `params` names the item's own parameters. */
export function perLang<T, P extends Record<string, string>, X extends object>(
  items: readonly T[],
  params: (item: T) => P,
  props: (item: T, lang: Lang) => X,
) {
  return LANGS.flatMap((lang) =>
    items.map((item) => ({ params: { lang: langParam(lang), ...params(item) }, props: { lang, ...props(item, lang) } })),
  );
}

/** The static paths of a chart's files (`/charts/<id>.<ext>` per language). */
export function chartFilePaths() {
  return perLang(
    availableCharts(),
    (c) => ({ chart: c.id }),
    () => ({}),
  );
}

/** The key of a chart's file endpoint, `<id>|<lang>` (the made-once files of publish/files.ts use it). */
export function chartFileKey(params: Record<string, string | undefined>, props: Record<string, unknown>): string {
  return `${String(params.chart)}|${(props as { lang: Lang }).lang}`;
}
