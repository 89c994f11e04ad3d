/** Status counts per value column of a dataset, for quality.json and the site's summaries. */
import type { Dataset } from './dataset.ts';
import { zeroCounts, type StatusCounts } from './types.ts';

/**
 * Counts each value cell once. A secondary value (a hospital count) repeats on each period's row of its
 * owner: it counts once per document and owner, i.e. per row keys other than the period.
 */
export function countStatuses(ds: Dataset, primary: string): Record<string, StatusCounts> {
  const out: Record<string, StatusCounts> = {};
  const seen = new Set<string>();
  for (const r of ds.rows) {
    for (const [field, cell] of Object.entries(r.cells)) {
      if (field !== primary) {
        const { period: _p, period_ja: _pj, ...rest } = r.keys;
        const id = `${field}|${cell.doc}|${JSON.stringify(rest)}`;
        if (seen.has(id)) continue;
        seen.add(id);
      }
      (out[field] ??= zeroCounts())[cell.status] += 1;
    }
  }
  return out;
}
