/** Shared types of the data pipeline: documents, cells with provenance, and table results. */

export type Status = 'read' | 'repaired' | 'corrected' | 'sourced' | 'missing';
export const STATUSES: readonly Status[] = ['read', 'repaired', 'corrected', 'sourced', 'missing'];

/** A decoded source document: its id (file name without `.txt`) and its lines (1-based via `lineAt`). */
export interface SourceDocument {
  id: string;
  file: string;
  encoding: string;
  lines: string[];
}

/** One published value with everything a reader needs to trace it back. */
export interface Cell {
  value: number | null;
  status: Status;
  /** The text the value was read from, as in the source (empty when the text has nothing for it). */
  raw: string;
  /** The repair rule(s) applied, or `correction` / `supplement`. */
  rule: string;
  /** Why a value is missing, corrected or sourced, in a sentence. */
  note: string;
  doc: string;
  /** 1-based line of the source document; null when the value is not in the text at all. */
  line: number | null;
  url?: string;
  quote?: string;
  accessed?: string;
}

/** Text that belongs to a table but could not be placed in a column: kept, not published as a value. */
export interface Fragment {
  dataset: string;
  doc: string;
  line: number;
  raw: string;
  reason: string;
}

/** A row label that was repaired (OCR confusion) before it was matched to the glossary. */
export interface LabelRepair {
  dataset: string;
  doc: string;
  line: number;
  raw: string;
  value: string;
  rule: string;
}

export class PipelineError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PipelineError';
  }
}

export function missingCell(doc: string, line: number | null, raw: string, note: string): Cell {
  return { value: null, status: 'missing', raw, rule: '', note, doc, line };
}
