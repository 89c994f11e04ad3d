/** The in-memory shape of a published dataset: rows of key columns plus value cells with provenance. */
import type { Cell, Fragment, LabelRepair } from './types.ts';

export type Key = string | number | null;

export interface Row {
  keys: Record<string, Key>;
  cells: Record<string, Cell>;
}

/** A note printed with a table in the source (注, 資料, survey method …). */
export interface SourceNote {
  doc: string;
  line: number;
  text: string;
}

export interface Dataset {
  id: string;
  rows: Row[];
  notes: SourceNote[];
  fragments: Fragment[];
  labelRepairs: LabelRepair[];
  /** Extra facts a check or a page needs (e.g. which breakdowns confirm a total). */
  meta: Record<string, unknown>;
}

export function emptyDataset(id: string): Dataset {
  return { id, rows: [], notes: [], fragments: [], labelRepairs: [], meta: {} };
}

/** The document a row comes from: its value cells' document, or a text row's source_doc. */
export function rowDoc(r: Row): string {
  const cell = Object.values(r.cells)[0];
  return cell ? cell.doc : String(r.keys.source_doc ?? '');
}

/** Concatenates the same dataset extracted from several documents, in document order. */
export function mergeDatasets(id: string, parts: Dataset[]): Dataset {
  const out = emptyDataset(id);
  for (const p of parts) {
    out.rows.push(...p.rows);
    out.notes.push(...p.notes);
    out.fragments.push(...p.fragments);
    out.labelRepairs.push(...p.labelRepairs);
    // Array facts (per-document lists) are concatenated in place: linear in the number of documents.
    for (const [k, v] of Object.entries(p.meta)) {
      const prev = out.meta[k];
      if (Array.isArray(prev) && Array.isArray(v)) prev.push(...v);
      else out.meta[k] = Array.isArray(v) ? [...v] : v;
    }
  }
  return out;
}
