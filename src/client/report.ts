/**
 * The pre-filled report of a misread value: a title and a body of `label: value` lines, and the address that
 * opens it at the project's issue tracker (a GitHub new-issue URL takes `title` and `body`). The evidence page
 * (at build time) and the provenance panel (in the browser) make it with these same functions.
 */

/** The line under a quoted source's words: publisher, title, publication and access dates (each the source's or
 * the word for unknown), then the kind of source. The evidence page and the panel both print it. */
export function quoteFacts(
  w: { publisher: string; sourceTitle: string; published: string; accessed: string; sep: string; unknown: string },
  q: { publisher: string; title: string; published: string; accessed: string; kind?: string | undefined },
): string {
  const known = (s: string) => (s && s !== 'unknown' ? s : w.unknown);
  return [
    [w.publisher, q.publisher],
    [w.sourceTitle, q.title],
    [w.published, q.published],
    [w.accessed, q.accessed],
  ]
    .map(([k, x]) => `${k}${w.sep}${known(x!)}`)
    .concat(q.kind ? [q.kind] : [])
    .join(' · ');
}

/** What a report says about a value, in the order of its lines. */
export interface ReportFacts {
  dataset: string;
  key: string;
  what: string;
  value: string;
  status: string;
  ocr: string;
  line: string;
  page: string;
  version: string;
}

/** The labels of a report's lines, in the page's language (`correct` asks for the right value). */
export type ReportLabels = Record<keyof ReportFacts | 'correct', string>;

const ORDER: readonly (keyof ReportFacts)[] = ['dataset', 'key', 'what', 'value', 'status', 'ocr', 'line', 'page', 'version'];

/** The body of a report: one `label: value` line per fact, then a line for the right value. */
export function reportBody(facts: ReportFacts, labels: ReportLabels): string {
  return [...ORDER.map((k) => `${labels[k]}: ${facts[k] || '—'}`), '', `${labels.correct}: `].join('\n');
}

/** The address that opens the report at the tracker `base` (a new-issue URL), with its title and body. */
export function reportHref(base: string, title: string, body: string): string {
  const u = new URL(base);
  u.searchParams.set('title', title);
  u.searchParams.set('body', body);
  return u.href;
}
