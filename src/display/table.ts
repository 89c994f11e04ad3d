/**
 * How a dataset's values are shown in tables: a table view (caption, head, rows of cells), each value with
 * its status and where it comes from, and the list of values that were not simply read. Built from rows read
 * back from the CSV, with the provenance columns found through the data contract.
 */
import { localName, t, type Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/numbers.ts';
import type { AnyField, DatasetSpec } from '../pipeline/contract.ts';
import type { Status } from '../pipeline/types.ts';
import { evidenceId, valueKey } from './evidence.ts';

/** Where a shown value comes from: a line of a source document, or for a sourced value its URL. */
export interface ValueSource {
  doc: string;
  line: number | null;
  url?: string;
}

export interface CellView {
  text: string;
  numeric: boolean;
  /** A published value's number (null when missing) and its decimals, for files that keep numbers as numbers. */
  value?: number | null;
  decimals?: number;
  status?: Status;
  source?: ValueSource;
  /** Raw text, rule and note, for the cell's title. */
  detail?: string;
  /** The anchor of the value's evidence on its page's evidence page. */
  evidence?: string;
}

export interface TableRowView {
  header: string;
  cells: CellView[];
}

export interface TableView {
  id: string;
  caption: string;
  head: string[];
  rows: TableRowView[];
}

/** The lines of the source a row was read from, in the order of its values, each once. */
export function rowSources(row: TableRowView): ValueSource[] {
  const out = new Map<string, ValueSource>();
  for (const c of row.cells) if (c.source && c.source.line !== null && !c.source.url) out.set(`${c.source.doc}#${c.source.line}`, c.source);
  return [...out.values()];
}

/** How many of a table's values are missing, of how many. */
export function missingShare(table: TableView): { missing: number; values: number } {
  const cells = table.rows.flatMap((r) => r.cells).filter((c) => c.status);
  return { missing: cells.filter((c) => c.status === 'missing').length, values: cells.length };
}

/** A published value with its provenance, as a CSV row holds it. */
interface PublishedValue {
  field: string;
  value: number | null;
  status: Status;
  raw: string;
  rule: string;
  note: string;
  note_ja: string;
  doc: string;
  line: number | null;
  url: string;
}

type CsvRow = Record<string, unknown>;

function describing(spec: DatasetSpec, field: string, suffix: string): AnyField | undefined {
  return spec.fields.find((f) => f.of === field && (f.role === 'provenance' || f.role === 'line') && f.name.endsWith(suffix));
}

/** The value `field` of a row with its status, raw text, rule, note and source, found through the contract. */
function publishedValue(spec: DatasetSpec, row: CsvRow, field: string): PublishedValue {
  const get = (suffix: string) => {
    const f = describing(spec, field, suffix);
    return f ? row[f.name] : undefined;
  };
  const primary = field === spec.primary;
  return {
    field,
    value: (row[field] as number | null) ?? null,
    status: get('status') as Status,
    raw: String(get('raw') ?? ''),
    rule: String(get('rule') ?? ''),
    note: String(get('note') ?? ''),
    note_ja: String(get('note_ja') ?? ''),
    doc: String(row.source_doc ?? ''),
    line: ((primary ? row.source_line : get('line')) as number | null) ?? null,
    url: primary ? String(row.source_url ?? '') : '',
  };
}

function decimalsOf(spec: DatasetSpec, field: string): number {
  return spec.fields.find((f) => f.name === field)?.constraints.decimals ?? 0;
}

/** A table cell of a value: the number, its status, the detail for its title, and where it comes from. */
export function valueCell(lang: Lang, spec: DatasetSpec, row: CsvRow, field: string): CellView {
  const v = publishedValue(spec, row, field);
  const w = t(lang);
  const detail = [w.value.provenance(v.status, v.line, v.raw, v.rule ? w.value.ruleName(v.rule) : ''), localName(lang, v.note_ja, v.note)]
    .filter(Boolean)
    .join(' / ');
  return {
    text: v.value === null ? '—' : formatNumber(v.value, lang, decimalsOf(spec, field)),
    numeric: true,
    value: v.value,
    decimals: decimalsOf(spec, field),
    status: v.status,
    source: v.status === 'sourced' ? { doc: v.doc, line: v.line, url: v.url } : { doc: v.doc, line: v.line },
    detail,
    evidence: evidenceId(spec.id, valueKey(spec, row, field)),
  };
}

export interface IssueView {
  what: string;
  status: Status;
  value: string;
  raw: string;
  reason: string;
  source: ValueSource;
}

/**
 * Every value of a dataset that is not simply `read` (repaired, corrected, sourced, missing; or those of the
 * statuses `include` names), with raw text and reason; a value repeated on several rows (a count printed
 * once per owner) is listed once.
 */
export function issuesOf<R extends CsvRow>(
  spec: DatasetSpec,
  rows: readonly R[],
  lang: Lang,
  describe: (row: R, field: string) => string,
  include: (status: Status) => boolean = (status) => status !== 'read',
): IssueView[] {
  const out: IssueView[] = [];
  const seen = new Set<string>();
  const fields = spec.fields.filter((f) => f.role === 'value').map((f) => f.name);
  // Secondary values first (they belong to a row label, not a period), then the primary, in row order.
  const order = [...fields.filter((f) => f !== spec.primary), ...fields.filter((f) => f === spec.primary)];
  for (const field of order) {
    for (const row of rows) {
      const v = publishedValue(spec, row, field);
      if (!include(v.status)) continue;
      const what = describe(row, field);
      const key = `${v.doc}|${what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        what,
        status: v.status,
        value: v.value === null ? '—' : formatNumber(v.value, lang, decimalsOf(spec, field)),
        raw: v.raw,
        // rule and note joined as a label and its text; either may be absent (a missing value may have neither)
        reason: [v.rule ? t(lang).value.ruleName(v.rule) : '', localName(lang, v.note_ja, v.note)]
          .filter(Boolean)
          .reduce((a, b) => (a ? t(lang).value.head(a, b) : b), ''),
        source: v.status === 'sourced' ? { doc: v.doc, line: v.line, url: v.url } : { doc: v.doc, line: v.line },
      });
    }
  }
  return out;
}
