/** The data quality shown on the site: status counts, and every value of a dataset that is not simply read. */
import { DATASET_IDS, READERS, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import { issuesOf, type IssueView } from '../../display/table.ts';
import type { Lang } from '../../i18n/index.ts';
import { STATUSES, sumCounts, zeroCounts, type Status, type StatusCounts } from '../../pipeline/types.ts';
import { hasDataset, loadQuality, loadRows } from './data.ts';

/** The status counts of one dataset (all its value columns together), or of every dataset. */
export function statusCounts(dataset?: DatasetId): StatusCounts {
  const q = loadQuality().datasets;
  const list = dataset ? [q[dataset]] : Object.values(q);
  return list.length ? sumCounts(list.flatMap((d) => (d ? Object.values(d.statuses) : [zeroCounts()]))) : zeroCounts();
}

/** Every value of a dataset that is not simply read (or of the statuses `include` names), with its raw text, reason and source. */
export function datasetIssues<K extends DatasetId>(id: K, lang: Lang, include?: (s: Status) => boolean): IssueView[] {
  const rows = loadRows(id) as Record<string, unknown>[];
  return issuesOf(
    READERS[id].spec,
    rows,
    lang,
    (row, field) => (VIEWS[id].describe as (r: unknown, f: string, l: Lang) => string)(row, field, lang),
    include,
  );
}

/** The first value of each status in the site's data (in registry order), as an example of what it means. */
export function statusExamples(lang: Lang): Record<Status, (IssueView & { dataset: DatasetId }) | null> {
  const out = Object.fromEntries(STATUSES.map((s) => [s, null])) as Record<Status, (IssueView & { dataset: DatasetId }) | null>;
  for (const id of DATASET_IDS.filter(hasDataset))
    for (const v of datasetIssues(id, lang, (s) => out[s] === null)) out[v.status] ??= { ...v, dataset: id };
  return out;
}
