/**
 * A table printed twice in one document (a handout followed by a second copy with other numbers) is refused,
 * never read once in silence. Refused rather than read as two tables: two copies of one table in one
 * document give two values for each cell under one source, and nothing says which one the ministry meant;
 * registered as two documents, each copy has its own provenance and checks.
 *
 * Generic over the readers: each reader finds its table by its own headings and labels; here it is run again
 * on the document with everything up to the last line of its first reading blanked (line numbers kept). A
 * second reading that reads any line is a second copy. A reader that itself reads two printings of one list
 * (the clinical-research notice's 新旧対照表 and 事例集) has read both in its first reading, so it is not
 * refused for them.
 */
import type { Dataset } from './dataset.ts';
import type { Extraction } from './reader.ts';
import type { SourceDocument } from './types.ts';

/**
 * The lines a reading took its text from: its values, notes and unplaced fragments, and the line columns of a
 * table of text (`source_line`, `comparison_line`).
 */
export function linesRead(ds: Dataset<unknown>): number[] {
  const lines: number[] = [];
  for (const r of ds.rows) {
    for (const c of Object.values(r.cells)) if (c.line !== null) lines.push(c.line);
    for (const [k, v] of Object.entries(r.keys)) if (k.endsWith('_line') && typeof v === 'number') lines.push(v);
  }
  for (const n of ds.notes) lines.push(n.line);
  for (const f of ds.fragments) lines.push(f.line);
  return lines.filter((l) => Number.isInteger(l) && l > 0);
}

/** The document with its first `n` lines blank (line numbers kept). */
function blanked(doc: SourceDocument, n: number): SourceDocument {
  return { ...doc, lines: doc.lines.map((l, i) => (i < n ? '' : l)) };
}

/**
 * The largest n in [lo, hi] for which `found(n)` holds, `found` being true up to some n and false after it
 * (blanking more lines of a document can only take a table's heading away).
 */
function lastFound(lo: number, hi: number, found: (n: number) => boolean): number {
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (found(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where each copy starts, when the reader finds its table again after the last line of its first reading:
 * the line of the heading it finds each copy by (the first line whose blanking loses that copy), or null.
 */
export function secondCopy(
  doc: SourceDocument,
  extract: (doc: SourceDocument) => Extraction | null,
  first: Extraction,
): { first: number; second: number } | null {
  const lines = linesRead(first.dataset);
  if (lines.length === 0) return null;
  const last = Math.max(...lines);
  // Found again, whole or not: a second heading of the table is a second printing even if its rows are garbled.
  const again = extract(blanked(doc, last));
  if (!again) return null;
  const firstRead = (e: Extraction | null) => {
    const read = e ? linesRead(e.dataset) : [];
    return read.length ? Math.min(...read) : null;
  };
  // A copy starts at the first line whose blanking changes where the reading of that copy starts.
  const start = (from: number, read: number | null, to: number) =>
    lastFound(from, to, (n) => {
      const e = extract(blanked(doc, n));
      return read === null ? e !== null : firstRead(e) === read;
    }) + 1;
  const secondRead = firstRead(again);
  return {
    first: start(0, Math.min(...lines), Math.min(...lines) - 1),
    second: start(last, secondRead, (secondRead ?? doc.lines.length) - 1),
  };
}
