/**
 * Shared types of the data pipeline and of everything that reads its outputs: statuses, documents, cells
 * with provenance, checks and the quality report. One module, imported by every layer above it.
 */

export type Status = 'read' | 'repaired' | 'corrected' | 'sourced' | 'missing';
export const STATUSES: readonly Status[] = ['read', 'repaired', 'corrected', 'sourced', 'missing'];
export type StatusCounts = Record<Status, number>;

export function zeroCounts(): StatusCounts {
  return { read: 0, repaired: 0, corrected: 0, sourced: 0, missing: 0 };
}

export function sumCounts(list: readonly StatusCounts[]): StatusCounts {
  const t = zeroCounts();
  for (const c of list) for (const s of STATUSES) t[s] += c[s];
  return t;
}

/** A decoded source document: its id, its file name, and its lines (line n is `lines[n - 1]`). */
export interface SourceDocument {
  id: string;
  file: string;
  encoding: string;
  lines: string[];
}

/** A text the pipeline writes, in both languages of the site. */
export interface Note {
  en: string;
  ja: string;
}

/** One published value with everything a reader needs to trace it back. */
export interface Cell {
  value: number | null;
  status: Status;
  /** The text the value was read from, as in the source (empty when the text has nothing for it). */
  raw: string;
  /** The repair rule(s) applied, or `correction` / `supplement`. */
  rule: string;
  /** Why a value is missing, corrected or sourced, in a sentence (English and Japanese). */
  note: Note;
  doc: string;
  /** 1-based line of the source document; null when the value is not in the text at all. */
  line: number | null;
  url?: string;
  quote?: string;
  accessed?: string;
  /** A sourced value's source: who published it, its title and date (or `unknown`), and its kind. */
  source?: SourceRef;
}

/** The kinds of public source: the ministry or the survey body; press; encyclopaedias and their copies. */
export const SOURCE_KINDS = ['primary', 'secondary', 'tertiary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Who states a value that is not in the documents (a supplement's source). */
export interface SourceRef {
  publisher: string;
  /** Its title, or `unknown`. */
  title: string;
  /** When it was published (YYYY-MM-DD), or `unknown`. */
  published: string;
  kind: SourceKind;
}

/** A failure that names its file (or folder) and says why, in one line: `FILE: reason`. */
export class PipelineError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'PipelineError';
  }
}

/** Several failures found at once (e.g. every unregistered document), each `FILE: reason`. */
export class PipelineErrors extends Error {
  constructor(readonly errors: PipelineError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'PipelineErrors';
  }
}

export function missingCell(doc: string, line: number | null, raw: string, note: Note): Cell {
  return { value: null, status: 'missing', raw, rule: '', note, doc, line };
}
