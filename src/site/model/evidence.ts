/**
 * The evidence of every value of a dataset page, built once per page and language from data/clean: the
 * evidence page prints it (/evidence/<page>/), the provenance panel reads the same objects as JSON
 * (/evidence/<page>.json), and every chart cell and table value links to its anchor.
 */
import { READERS, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import type { ChartCell } from '../../display/chart.ts';
import { lineRead, periodOf, valueEvidence, valueFieldsOf, type ValueEvidence } from '../../display/evidence.ts';
import type { PanelData } from '../../client/panel-data.ts';
import { inLang, localName, t, type Lang } from '../../i18n/index.ts';
import { identity } from '../publish/identity.ts';
import { evidencePage } from '../publish/evidence.ts';
import { absolute, href } from '../publish/urls.ts';
import type { DatasetSpec } from '../../pipeline/contract.ts';
import { dataRelease, hasDataset, loadDatapackage, loadDocumentLines, loadRows, loadSources } from './data.ts';
import { formatDate } from '../../i18n/dates.ts';
import { valueHistory } from './history.ts';
import { availablePages } from './dataset-pages.ts';
import type { PageId } from '../../datasets/view.ts';

export interface DatasetEvidence {
  dataset: DatasetId;
  title: string;
  values: ValueEvidence[];
}

const docLines = new Map<string, string[]>();
function linesOf(doc: string): string[] {
  if (!doc) return [];
  if (!docLines.has(doc)) {
    const d = loadSources().find((s) => s.id === doc);
    docLines.set(doc, d ? loadDocumentLines(d) : []);
  }
  return docLines.get(doc)!;
}

/** Where a chart cell's value is found: the same period, document, line, source and status. */
function locator(c: { period: string; doc: string; line: number | null; url: string; status: string }): string {
  return [c.period, c.doc, c.line ?? '', c.url, c.status].join('|');
}

const cache = new Map<string, { datasets: DatasetEvidence[]; byLocator: Map<string, ValueEvidence[]> }>();

function build(datasets: readonly DatasetId[], lang: Lang) {
  const key = `${datasets.join(',')}|${lang}`;
  if (cache.has(key)) return cache.get(key)!;
  const out: DatasetEvidence[] = [];
  const byLocator = new Map<string, ValueEvidence[]>();
  for (const id of datasets) {
    if (!hasDataset(id)) continue;
    const spec = READERS[id].spec as DatasetSpec;
    const fields = valueFieldsOf(spec);
    if (!fields.length) continue;
    const describe = VIEWS[id].describe as (row: unknown, field: string, lang: Lang) => string;
    const values: ValueEvidence[] = [];
    const seen = new Set<string>();
    const rows = loadRows(id) as Record<string, unknown>[];
    // A table of one period names it nowhere in its rows' descriptions: the evidence says it.
    const periods = new Set(rows.map(periodOf));
    const single = periods.size === 1 && /^\d{4}(-\d{2})?(-\d{2})?$/.test([...periods][0]!) ? formatDate([...periods][0]!, lang) : '';
    // The repair rules' descriptions (English, in the datapackage): the Japanese names already say what they do.
    const rules = inLang(lang, {}, loadDatapackage().repair_rules);
    for (const row of rows) {
      for (const field of fields) {
        const primary = field === spec.primary;
        const doc = String(row.source_doc ?? '');
        const what = [describe(row, field, lang), single].filter(Boolean).join(' ');
        const ev = valueEvidence({ spec, row, field, lang, what, lines: linesOf(doc), rules });
        const once = lineRead(spec, field);
        // A number read from a line and repeated on every row of it (a wave's respondents) is one value, under its first row.
        const printedAt = `${field}|${doc}|${ev.line ?? ''}|${ev.plain}`;
        if (once && seen.has(printedAt)) continue;
        if (once) seen.add(printedAt);
        const withHistory = { ...ev, history: valueHistory(id, ev.key, lang) };
        // A value printed once and repeated on several rows (a count per owner) is one value, under its first row.
        if (!seen.has(withHistory.id)) {
          seen.add(withHistory.id);
          values.push(withHistory);
        }
        if (!primary && !once) continue;
        const loc = locator({ period: periodOf(row), doc, line: ev.line, url: ev.quote?.url ?? '', status: ev.status });
        byLocator.set(loc, [...(byLocator.get(loc) ?? []), withHistory]);
      }
    }
    out.push({ dataset: id, title: localName(lang, spec.title_ja, spec.title), values });
  }
  const made = { datasets: out, byLocator };
  cache.set(key, made);
  return made;
}

/** The datasets of a page (with the datasets its charts draw beside their own). */
function pageDatasets(page: PageId): DatasetId[] {
  return availablePages().find((p) => p.id === page)?.datasets ?? [];
}

/** Every value of a page's datasets with its evidence, by dataset. */
export function pageEvidence(page: PageId, lang: Lang): DatasetEvidence[] {
  return build(pageDatasets(page), lang).datasets;
}

/**
 * The evidence of a value a chart draws, found by its period, document, line, source and status among the
 * values of the page (a value of another kind — a chart of counts per wave — has none).
 */
export function cellEvidence(page: PageId, lang: Lang, cell: ChartCell): ValueEvidence | undefined {
  const made = build(pageDatasets(page), lang);
  // A chart drawing another dataset's values may name their source more loosely (a sourced value by its
  // address alone): then the same period, status and address.
  const found =
    made.byLocator.get(
      locator({ period: cell.period, doc: cell.source_doc, line: cell.source_line, url: cell.source_url, status: cell.status }),
    ) ??
    [...made.byLocator.entries()]
      .filter(([k]) => {
        const [period, , , url, status] = k.split('|');
        return period === cell.period && status === cell.status && (!cell.source_url || url === cell.source_url);
      })
      .flatMap(([, v]) => v);
  if (!found.length) return undefined;
  // Values of one line and period (a wave's missing rates) are told apart by their item and value.
  const plain = cell.value === null ? '' : String(cell.value);
  const ranked = [...found].sort((a, b) => score(b) - score(a));
  function score(e: ValueEvidence): number {
    return (e.what.includes(cell.label) ? 2 : 0) + (e.plain === plain ? 1 : 0);
  }
  return ranked[0];
}

/** The provenance panel's file of a page: every value's evidence, each document line once, and the panel's words. */
export function panelData(page: PageId, lang: Lang): PanelData {
  const w = t(lang);
  const e = w.evidence;
  const originals = new Map(loadSources().map((s) => [s.id, s.url]));
  const lines: PanelData['lines'] = {};
  const values: PanelData['values'] = {};
  for (const d of pageEvidence(page, lang))
    for (const ev of d.values) {
      for (const l of ev.lines) (lines[ev.doc] ??= {})[String(l.n)] = l.text;
      const original = ev.quote?.url || originals.get(ev.doc) || '';
      values[ev.id] = {
        dataset: ev.dataset,
        key: ev.key,
        what: ev.what,
        value: ev.value,
        unit: ev.unit,
        status: ev.statusText,
        applied: ev.applied,
        raw: ev.raw,
        doc: ev.doc,
        line: ev.line,
        around: ev.lines.map((l) => l.n),
        ...(ev.quote ? { quote: ev.quote } : {}),
        ...(original ? { original } : {}),
        ...(ev.history.length ? { history: ev.history } : {}),
      };
    }
  return {
    version: dataRelease()?.version ?? '',
    reports: identity().reports,
    sources: href(lang, 'sources/'),
    page: absolute(evidencePage(lang, page)),
    words: {
      dialog: e.dialog,
      close: e.close,
      value: e.value,
      unit: e.unit,
      what: e.what,
      status: e.status,
      ocr: e.ocr,
      applied: e.applied,
      none: e.none,
      evidence: e.evidence,
      words: e.words,
      publisher: e.publisher,
      sourceTitle: e.sourceTitle,
      unknown: e.unknown,
      published: e.published,
      accessed: e.accessed,
      key: e.key,
      original: e.original,
      viewer: e.viewer('{line}'),
      history: e.history,
      missing: w.value.missing,
      report: e.report,
      reportCopy: e.reportCopy,
      copy: e.copy,
      copied: e.copied,
      reportTitle: e.reportTitle('{dataset}', '{key}'),
      fields: e.reportFields,
      more: e.toEvidence,
      sep: e.sep,
    },
    lines,
    values,
  };
}
