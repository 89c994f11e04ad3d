/** Every chart of the site, from the dataset registry: its id, its dataset and page, and its spec in a language. */
import type { PageId } from '../datasets/definition.ts';
import { DATASET_IDS, DATASETS, isDatasetId, type DatasetId } from '../datasets/index.ts';
import type { ChartDefinition, ChartSpec } from '../display/chart.ts';
import { t, type Lang } from '../i18n/index.ts';
import { creditLine } from '../i18n/sources.ts';
import { hasDataset, loadRows, sourcesOf } from './data.ts';
import { absolute, href, siteOrigin } from './urls.ts';

export interface ChartEntry {
  id: string;
  dataset: DatasetId;
  page: PageId;
}

export const CHARTS: readonly ChartEntry[] = DATASET_IDS.flatMap((dataset) =>
  DATASETS[dataset].charts.map((c) => ({ id: c.id, dataset, page: DATASETS[dataset].page })),
);

/** Every chart whose dataset is in data/clean. */
export function availableCharts(): ChartEntry[] {
  return CHARTS.filter((c) => hasDataset(c.dataset));
}

export function chartEntry(id: string): ChartEntry {
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry) throw new Error(`no chart ${id}`);
  return entry;
}

/** The one-line credit under a dataset's charts; a context dataset's names its publishers and the handout beside it. */
export function creditOf(dataset: string, lang: Lang): string {
  if (isDatasetId(dataset) && DATASETS[dataset].fromSupplements) {
    const publishers = [...new Set((loadRows(dataset) as { source_publisher: string }[]).map((r) => r.source_publisher))];
    const page = DATASETS[dataset].page;
    const handout = DATASET_IDS.filter((d) => d !== dataset && DATASETS[d].page === page).flatMap((d) => sourcesOf(d));
    return [creditLine([...new Map(handout.map((s) => [s.id, s])).values()], lang), t(lang).context.credit(publishers)].join(' ');
  }
  return creditLine(sourcesOf(dataset), lang);
}

const specs = new Map<string, ChartSpec | null>();

/** A chart's spec in a language (with its one-line source), or null when its dataset is not in data/clean. */
export function makeChart(id: string, lang: Lang): ChartSpec | null {
  const key = `${id}|${lang}`;
  if (!specs.has(key)) {
    const entry = chartEntry(id);
    const rows = loadRows(entry.dataset) as unknown[];
    const def = (DATASETS[entry.dataset].charts as readonly ChartDefinition<unknown>[]).find((c) => c.id === id)!;
    specs.set(
      key,
      rows.length
        ? def.make(rows, { lang, source: creditOf(entry.dataset, lang), rowsOf: (d) => (isDatasetId(d) ? (loadRows(d) as unknown[]) : []) })
        : null,
    );
  }
  return specs.get(key)!;
}

/** The credits in the footer of a chart's SVG and PNG files: the source, this site's address, the licence. */
export function creditsOf(spec: ChartSpec, site: URL | string = siteOrigin()): string[] {
  const w = t(spec.lang);
  return [spec.source, w.export.site(w.site.name, absolute(href(spec.lang), site)), w.export.licence];
}
