/** The in-memory shape of a published dataset: rows of key columns plus value cells with provenance. */
import type { Cell, Note } from './types.ts';
import type { Fragment, LabelRepair, SourceNote } from './quality.ts';

type Key = string | number | null;

export interface Row {
  keys: Record<string, Key>;
  cells: Record<string, Cell>;
}

/**
 * One dataset as extracted: its rows in source order, the notes printed with its table, what could not be
 * placed, the labels that were repaired, and `meta`: per document, the facts its checks need (typed by the
 * dataset that defines them).
 */
export interface Dataset<M = unknown> {
  id: string;
  rows: Row[];
  notes: SourceNote[];
  fragments: Fragment[];
  labelRepairs: LabelRepair[];
  /** One entry per document the dataset was read from, in document order. */
  meta: M[];
}

export function emptyDataset<M>(id: string): Dataset<M> {
  return { id, rows: [], notes: [], fragments: [], labelRepairs: [], meta: [] };
}

/** The document a row comes from: its value cells' document, or a text row's source_doc. */
export function rowDoc(r: Row): string {
  const cell = Object.values(r.cells)[0];
  return cell ? cell.doc : String(r.keys.source_doc ?? '');
}

/** Concatenates the same dataset extracted from several documents, in document order (linear). */
export function mergeDatasets<M>(id: string, parts: Dataset<M>[]): Dataset<M> {
  const out = emptyDataset<M>(id);
  for (const p of parts) {
    out.rows.push(...p.rows);
    out.notes.push(...p.notes);
    out.fragments.push(...p.fragments);
    out.labelRepairs.push(...p.labelRepairs);
    out.meta.push(...p.meta);
  }
  return out;
}

/** Groups rows by the document they come from, in order of first appearance. */
export function rowsByDoc(rows: readonly Row[]): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const r of rows) {
    const doc = rowDoc(r);
    const list = out.get(doc);
    if (list) list.push(r);
    else out.set(doc, [r]);
  }
  return out;
}

/** Keeps a text of a table that could not be placed in a column (never published as a value), and why. */
export function addFragment(ds: Dataset<unknown>, doc: string, line: number, raw: string, reason: Note): void {
  ds.fragments.push({ dataset: ds.id, doc, line, raw, reason: reason.en, reason_ja: reason.ja });
}
