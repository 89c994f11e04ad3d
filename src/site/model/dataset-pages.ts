/** The dataset pages of the site: which datasets each shows, in what kind of view, and in what order. */
import type { PageId } from '../../datasets/view.ts';
import { DATASET_IDS, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import { STATUSES } from '../../pipeline/types.ts';
import { hasDataset } from './data.ts';
import { statusCounts } from './data-quality.ts';

/** How a page shows its datasets: charts with their tables, or a text list (the case list) with a filter and a search. */
type PageKind = 'charts' | 'list';

export interface DatasetPage {
  id: PageId;
  kind: PageKind;
  /** The datasets it shows, in registry order. */
  datasets: DatasetId[];
  /** Their charts, in order. */
  charts: string[];
}

/** Every dataset page, in the order its first dataset has in the registry; each dataset names its page in its folder. */
const DATASET_PAGES: readonly DatasetPage[] = [...new Set(DATASET_IDS.map((d) => VIEWS[d].page))].map((id) => {
  const datasets = DATASET_IDS.filter((d) => VIEWS[d].page === id);
  const kind: PageKind = datasets.some((d) => 'list' in VIEWS[d]) ? 'list' : 'charts';
  return { id, kind, datasets, charts: datasets.flatMap((d) => VIEWS[d].charts.map((c) => c.id)) };
});

/** The pages that have data in this build. */
export function availablePages(): DatasetPage[] {
  return DATASET_PAGES.filter((p) => p.datasets.some(hasDataset));
}

/** The share of a page's values that the handout gives (read, repaired or corrected); text lists count as 0. */
function completeness(page: DatasetPage): number {
  const counts = page.kind === 'list' ? [] : page.datasets.filter(hasDataset).map((d) => statusCounts(d));
  const total = counts.reduce((s, c) => s + STATUSES.reduce((n, k) => n + c[k], 0), 0);
  const given = counts.reduce((s, c) => s + c.read + c.repaired + c.corrected, 0);
  return total ? given / total : 0;
}

/** The pages in the order of the home page: the strongest data first (the most values the handout gives), text lists last. */
export function homePages(): DatasetPage[] {
  return availablePages()
    .map((p, i) => ({ p, i, c: completeness(p), list: p.kind === 'list' }))
    .sort((a, b) => Number(a.list) - Number(b.list) || b.c - a.c || a.i - b.i)
    .map((x) => x.p);
}
