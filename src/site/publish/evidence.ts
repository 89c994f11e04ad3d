/** The addresses of the evidence: a dataset page's evidence page, a value's anchor on it, and the panel's file. */
import type { Lang } from '../../i18n/index.ts';
import { href } from './urls.ts';

/** The evidence page of a dataset page (`/evidence/<page>/`). */
export function evidencePage(lang: Lang, page: string): string {
  return href(lang, `evidence/${page}/`);
}

/** A value's anchor on its evidence page. */
export function evidenceHref(lang: Lang, page: string, id: string): string {
  return `${evidencePage(lang, page)}#${id}`;
}

/** The provenance panel's file of a dataset page, fetched on first use (`/evidence/<page>.json`). */
export function evidenceData(lang: Lang, page: string): string {
  return href(lang, `evidence/${page}.json`);
}
