/**
 * A fix file's CSV read as RFC 4180 says (papaparse, with the line ending set rather than guessed): a quoted
 * field may hold CR, LF or CRLF, kept as written; the file's line ending is the first one outside quotes.
 * Each record knows its number (the header is record 1, blank lines are not records) and the line it starts
 * on, so a message points where an editor shows the row.
 */
import Papa from 'papaparse';
import { PipelineError } from './types.ts';

export interface CsvRecord {
  values: Record<string, string>;
  /** The record's number: the header is 1, the first row 2 (blank lines are passed over). */
  record: number;
  /** The line of the file the record starts on (1-based; CR, LF and CRLF each end a line). */
  line: number;
}

/** `row 3`, or `row 3 (line 5)` when earlier records span several lines or blank lines sit between them. */
export function rowName(r: { record: number; line: number }): string {
  return r.record === r.line ? `row ${r.record}` : `row ${r.record} (line ${r.line})`;
}

/** The line ending of the file: the first CR, LF or CRLF outside a quoted field (LF for a one-line file). */
export function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A doubled quote inside a quoted field toggles twice: the state is right again after it.
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') return '\n';
    else if (!quoted && c === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
  }
  return '\n';
}

function linesIn(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** The header and records of a CSV file (a BOM is passed over); a malformed file fails naming the record. */
export function readCsvRecords(text: string, file: string): { fields: string[]; rows: CsvRecord[] } {
  const source = text.replace(/^\uFEFF/, '');
  const raw: { data: string[]; line: number; error?: string }[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(source, {
    newline: lineEnding(source),
    delimiter: ',',
    step: (res) => {
      const end = res.meta.cursor;
      if (!(res.data.length === 1 && res.data[0] === '')) raw.push({ data: res.data, line, error: res.errors[0]?.message });
      line += linesIn(source.slice(start, end));
      start = end;
    },
  });
  if (raw.length === 0) throw new PipelineError(file, 'the file is empty: a CSV file starts with its header row');
  const [header, ...records] = raw.map((r, i) => ({ ...r, record: i + 1 }));
  const fields = header!.data;
  const twice = fields.find((f, i) => fields.indexOf(f) !== i);
  if (header!.error) throw new PipelineError(file, `header: ${header!.error}`);
  if (twice !== undefined) throw new PipelineError(file, `header: the column ${twice || '(empty)'} appears twice`);
  const rows = records.map((r) => {
    if (r.error) throw new PipelineError(file, `${rowName(r)}: ${r.error}`);
    if (r.data.length !== fields.length)
      throw new PipelineError(file, `${rowName(r)}: ${r.data.length} fields, but the header has ${fields.length}`);
    const values: Record<string, string> = {};
    fields.forEach((f, i) => (values[f] = r.data[i]!));
    return { values, record: r.record, line: r.line };
  });
  return { fields, rows };
}
