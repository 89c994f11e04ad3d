/** The lines of a source document that published values cite (the source viewer marks them), from every dataset's line columns. */
import { DATASET_IDS, READERS } from '../../datasets/readers.ts';
import { lineFields } from '../../pipeline/contract.ts';
import { loadRows } from './data.ts';

export function citedLines(doc: string): Set<number> {
  const out = new Set<number>();
  for (const id of DATASET_IDS) {
    const fields = lineFields(READERS[id].spec).map((f) => f.name);
    for (const row of loadRows(id) as Record<string, unknown>[]) {
      if (row.source_doc !== doc) continue;
      for (const f of fields) if (typeof row[f] === 'number') out.add(row[f]);
    }
  }
  return out;
}
