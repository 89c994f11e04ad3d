/** Every chart of the site, from the dataset registry: its id, its dataset and page, and its spec in a language. */
import type { PageId } from '../../datasets/view.ts';
import { DATASET_IDS, READERS, isDatasetId, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import type { ChartCell, ChartDefinition, ChartSpec } from '../../display/chart.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { creditLine } from '../../i18n/sources.ts';
import { eventsOf, hasDataset, loadQuality, loadRows, sourcesOf } from './data.ts';
import { absolute, href, siteOrigin } from '../publish/urls.ts';
import { buildHooks } from '../build-hooks.ts';

export interface ChartEntry {
  id: string;
  dataset: DatasetId;
  page: PageId;
  /** The id of its definition in the dataset's folder (the chart's own id, but for a bench copy). */
  chart: string;
  /** A bench build's copy: the handout document whose rows it draws. */
  doc?: string;
}

export const CHARTS: readonly ChartEntry[] = DATASET_IDS.flatMap((dataset) =>
  VIEWS[dataset].charts.map((c) => ({ id: c.id, dataset, page: VIEWS[dataset].page, chart: c.id })),
);

/** The handout documents whose rows charts draw (in the order of the build's documents). */
function handoutDocuments(): string[] {
  const drawn = new Set(DATASET_IDS.filter((d) => VIEWS[d].charts.length && !READERS[d].rowFor));
  return loadQuality()
    .documents.filter((d) => d.tables.some((x) => drawn.has(x as DatasetId)))
    .map((d) => d.id);
}

let available: ChartEntry[] | undefined;
/** Every chart whose dataset is in data/clean (and, in a bench build, its copies). */
export function availableCharts(): ChartEntry[] {
  if (available) return available;
  const charts = CHARTS.filter((c) => hasDataset(c.dataset));
  // A bench build (scripts/bench/timed-build.ts) draws every chart once per handout document: the first
  // document's copies keep the charts' ids (the dataset pages show them); the others are `<chart>--<doc>`.
  if (!buildHooks().chartsPerDocument) return (available = charts);
  const [first, ...others] = handoutDocuments();
  return (available = [
    ...charts.map((c) => ({ ...c, doc: first })),
    ...others.flatMap((doc) => charts.map((c) => ({ ...c, id: `${c.chart}--${doc}`, doc }))),
  ]);
}

export function chartEntry(id: string): ChartEntry {
  const entry = (buildHooks().chartsPerDocument ? availableCharts() : CHARTS).find((c) => c.id === id);
  if (!entry) throw new Error(`no chart ${id}`);
  return entry;
}

/** A dataset's rows, or in a bench copy those of its document (context datasets have no document: all of them). */
function rowsFor(dataset: string, doc: string | undefined): unknown[] {
  if (!isDatasetId(dataset)) return [];
  const rows = loadRows(dataset) as { source_doc?: string }[];
  return doc && !READERS[dataset].rowFor ? rows.filter((r) => r.source_doc === doc) : rows;
}

/**
 * The one-line credit under a chart: exactly the sources of the values it draws — the documents of its values
 * read from a document, and the publishers of its values quoted from public sources — found from its cells,
 * the same for every chart. (A chart of gaps only credits the documents its gaps are from.)
 */
/**
 * What the values a chart draws come from: the documents of its values read from one, and the addresses of its
 * quoted ones. Only cells with a value count (a document whose every cell is missing is not a source), unless
 * the chart has none.
 */
export function drawnRefs(cells: readonly ChartCell[]): { docIds: Set<string>; urls: Set<string> } {
  const valued = cells.some((c) => c.value !== null) ? cells.filter((c) => c.value !== null) : cells;
  return {
    docIds: new Set(valued.filter((c) => c.status !== 'sourced' && c.source_doc).map((c) => c.source_doc)),
    urls: new Set(valued.filter((c) => c.status === 'sourced').map((c) => c.source_url)),
  };
}

function creditOf(cells: readonly ChartCell[], datasets: readonly string[], lang: Lang): string {
  const drawn = datasets.filter(isDatasetId);
  const { docIds, urls } = drawnRefs(cells);
  const docs = drawn.flatMap((d) => sourcesOf(d)).filter((s) => docIds.has(s.id));
  const publishers = drawn.flatMap((d) =>
    (loadRows(d) as { status: string; source_url: string; source_publisher: string }[])
      .filter((r) => r.status === 'sourced' && urls.has(r.source_url))
      .map((r) => r.source_publisher),
  );
  return creditLine([...new Map(docs.map((s) => [s.id, s])).values()], lang, [...new Set(publishers)]);
}

const specs = new Map<string, ChartSpec | null>();

/** A chart's spec in a language (with its one-line source), or null when its dataset is not in data/clean. */
export function makeChart(id: string, lang: Lang): ChartSpec | null {
  const key = `${id}|${lang}`;
  if (!specs.has(key)) {
    const entry = chartEntry(id);
    const rows = rowsFor(entry.dataset, entry.doc);
    const def = (VIEWS[entry.dataset].charts as readonly ChartDefinition<unknown>[]).find((c) => c.id === entry.chart)!;
    const made = rows.length ? def.make(rows, { lang, rowsOf: (d) => rowsFor(d, entry.doc), events: eventsOf(entry.dataset) }) : null;
    const spec = made && { ...made, id, source: creditOf(made.cells, [entry.dataset, ...(def.draws ?? [])], lang) };
    specs.set(key, spec);
  }
  return specs.get(key)!;
}

/** The credits in the footer of a chart's SVG and PNG files: the source, this site's address, the licence. */
export function creditsOf(spec: ChartSpec, site: URL | string = siteOrigin()): string[] {
  const w = t(spec.lang);
  return [spec.source, w.export.site(w.site.name, absolute(href(spec.lang), site)), w.export.licence];
}

/** Whether a chart draws values not read as printed (repaired, corrected, sourced): its `?values=printed` view differs. */
export function differsPrinted(spec: ChartSpec): boolean {
  return spec.cells.some((c) => c.status !== 'read' && c.status !== 'missing');
}

/**
 * A chart as `?values=printed` shows it: only the values read from the document as printed; the others are
 * gaps (no value, their status kept), and the credit names the sources of the values left.
 */
export function printedChart(id: string, lang: Lang): ChartSpec | null {
  const spec = makeChart(id, lang);
  if (!spec) return null;
  const entry = chartEntry(id);
  const def = (VIEWS[entry.dataset].charts as readonly ChartDefinition<unknown>[]).find((c) => c.id === entry.chart)!;
  const missing = t(lang).value.missing;
  const cells = spec.cells.map((c) => (c.status === 'read' ? c : { ...c, value: null, text: missing }));
  // Credited: the documents of the values kept (of the gaps, when none is kept); no public source's.
  const kept = cells.filter((c) => c.status === 'read');
  const credited = kept.length ? kept : cells.filter((c) => c.status !== 'sourced');
  return { ...spec, cells, source: creditOf(credited, [entry.dataset, ...(def.draws ?? [])], lang) };
}
