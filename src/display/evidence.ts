/**
 * The evidence of one published value: what it is, its status in plain words, the OCR token and the source
 * lines around it (or a public source's own words), the rule or correction applied, and where to follow it.
 * Pure: a row read back from the CSV, its spec and the document's lines in, a plain object out. The evidence
 * page and the provenance panel both show these objects (src/site/model/evidence.ts builds them per page).
 */
import type { PanelQuote } from '../client/panel-data.ts';
import { localName, t, type Lang } from '../i18n/index.ts';
import { formatNumber } from '../i18n/numbers.ts';
import type { AnyField, DatasetSpec } from '../pipeline/contract.ts';
import type { Status } from '../pipeline/types.ts';

/** A line of a source document around a value; `own` is the value's own line. */
export interface EvidenceLine {
  n: number;
  text: string;
  own: boolean;
}

/** A public source's own words, with who published them, when, and where (the panel's file carries it as is). */
type EvidenceQuote = PanelQuote;

/** One version in which a value changed: its value before and after, the date and why. */
export interface ValueChange {
  version: string;
  date: string;
  old: string;
  new: string;
  reason: string;
}

export interface ValueEvidence {
  /** The anchor of the value on its page's evidence page (`v-` and a hash of dataset and key). */
  id: string;
  dataset: string;
  /** The value's row key in the data: the CSV's primary-key values joined by `/`, and `:field` for a secondary value. */
  key: string;
  /** What the value measures: series and period, in the page's language. */
  what: string;
  /** The value as published, with its unit (or the word for missing). */
  value: string;
  /** The value as data (the CSV's plain number, empty when missing). */
  plain: string;
  unit: string;
  status: Status;
  /** The status in plain words ("read from the document", "repaired: the OCR read ‘…’ as …"). */
  statusText: string;
  /** The rule or correction applied, with its reason, in the page's language (empty for a value read as printed). */
  applied: string;
  /** The OCR text of the value's token (empty when none was found). */
  raw: string;
  doc: string;
  line: number | null;
  /** Two lines before, the value's own line, two after. */
  lines: EvidenceLine[];
  quote: EvidenceQuote | null;
  history: ValueChange[];
}

/** How many lines of context each side of a value's own line. */
const CONTEXT_LINES = 2;

/** The lines around line `n` (1-based) of a document: two before, its own, two after, within the document. */
export function linesAround(lines: readonly string[], n: number | null): EvidenceLine[] {
  if (n === null || n < 1 || n > lines.length) return [];
  const out: EvidenceLine[] = [];
  for (let i = Math.max(1, n - CONTEXT_LINES); i <= Math.min(lines.length, n + CONTEXT_LINES); i++)
    out.push({ n: i, text: lines[i - 1]!, own: i === n });
  return out;
}

/** A short stable hash (FNV-1a, 32 bits, hex): anchors the same in every build and language. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (const ch of new TextEncoder().encode(text)) {
    h ^= ch;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The row key of a value: its row's primary-key values joined by `/`, and `:field` when it is not the primary value. */
export function valueKey(spec: DatasetSpec, row: Record<string, unknown>, field: string): string {
  const base = spec.primaryKey.map((k) => String(row[k] ?? '')).join('/');
  return field === spec.primary ? base : `${base}:${field}`;
}

/** The anchor of a value on the evidence page. */
export function evidenceId(dataset: string, key: string): string {
  return `v-${shortHash(`${dataset}|${key}`)}`;
}

function provenanceOf(spec: DatasetSpec, field: string, suffix: string): AnyField | undefined {
  return spec.fields.find((f) => f.of === field && (f.role === 'provenance' || f.role === 'line') && f.name.endsWith(suffix));
}

/** The row of the period columns a chart draws a value at (`period`, `survey_year`, `date`), as text. */
export function periodOf(row: Record<string, unknown>): string {
  const p = row.period ?? row.survey_year ?? row.date;
  return p === undefined || p === null ? '' : String(p);
}

export interface EvidenceInput {
  spec: DatasetSpec;
  row: Record<string, unknown>;
  field: string;
  lang: Lang;
  /** What the value measures (the dataset view's `describe`). */
  what: string;
  /** The lines of the value's document (empty when it has none). */
  lines: readonly string[];
  history?: ValueChange[];
  /** What a repair rule does, by its name, where the rule's name alone does not say it in the page's language. */
  rules?: Readonly<Record<string, string>>;
}

/** The evidence of the value `field` of a row. */
export function valueEvidence({ spec, row, field, lang, what, lines, history = [], rules = {} }: EvidenceInput): ValueEvidence {
  const w = t(lang);
  const e = w.evidence;
  const get = (suffix: string) => {
    const f = provenanceOf(spec, field, suffix);
    return f ? row[f.name] : undefined;
  };
  const primary = field === spec.primary;
  const value = (row[field] as number | null | undefined) ?? null;
  const status = (get('status') as Status | undefined) ?? (lineRead(spec, field) && value !== null ? 'read' : 'missing');
  const raw = String(get('raw') ?? '');
  const rule = String(get('rule') ?? '');
  const note = localName(lang, String(get('note_ja') ?? ''), String(get('note') ?? ''));
  const def = spec.fields.find((f) => f.name === field);
  const rate = def?.constraints.maximum === 100;
  const unit = rate ? e.unitRate : e.unitCount;
  const number = value === null ? '' : formatNumber(value, lang, def?.constraints.decimals ?? 0);
  const shown = value === null ? w.value.missing : rate ? `${number}${e.percent}` : number;
  const doc = String(row.source_doc ?? '');
  const line = ((primary ? row.source_line : get('line')) as number | null | undefined) ?? null;
  const url = primary ? String(row.source_url ?? '') : '';
  const quote: EvidenceQuote | null =
    status === 'sourced'
      ? {
          words: String(row.source_quote ?? ''),
          publisher: String(row.source_publisher ?? ''),
          title: String(row.source_title ?? ''),
          published: String(row.source_published ?? ''),
          accessed: String(row.source_accessed ?? ''),
          url,
          kind: row.source_kind ? w.context.kinds[row.source_kind as keyof typeof w.context.kinds] : '',
        }
      : null;
  const repair = rule && rule !== 'correction' && rule !== 'supplement' ? rule : '';
  const said = repair
    .split('+')
    .map((r) => rules[r])
    .filter(Boolean)
    .join(' ');
  const ruleName = repair ? [w.value.ruleName(repair), said].filter(Boolean).join(e.sep) : '';
  const statusText =
    status === 'read'
      ? e.read
      : status === 'repaired'
        ? e.repaired(raw, shown)
        : status === 'corrected'
          ? e.corrected(note)
          : status === 'sourced'
            ? e.sourced((row.source_kind as string) || '')
            : e.missing(note || (raw ? e.noReading(raw) : e.notFound));
  const applied =
    status === 'repaired'
      ? [ruleName, note].filter(Boolean).join(w.evidence.sep)
      : status === 'corrected'
        ? e.correction(note)
        : status === 'sourced'
          ? [e.supplement, note].filter(Boolean).join(w.evidence.sep)
          : status === 'missing'
            ? note
            : '';
  const key = valueKey(spec, row, field);
  return {
    id: evidenceId(spec.id, key),
    dataset: spec.id,
    key,
    what,
    value: shown,
    plain: value === null ? '' : String(value),
    unit,
    status,
    statusText,
    applied,
    raw,
    doc,
    line,
    lines: status === 'sourced' ? [] : linesAround(lines, line),
    quote,
    history,
  };
}

/** The values of a row that have a status (the spec's value fields), then the numbers read from a line named by
 * a column of their own, with no status column (a survey wave's respondents): read where printed, else missing. */
export function valueFieldsOf(spec: DatasetSpec): string[] {
  return [
    ...spec.fields.filter((f) => f.role === 'value' && provenanceOf(spec, f.name, 'status')),
    ...spec.fields.filter((f) => lineRead(spec, f.name)),
  ].map((f) => f.name);
}

/** A key column read from a line of its own (`of` on a `line` column), without a status: one printed number repeated on its rows. */
export function lineRead(spec: DatasetSpec, field: string): boolean {
  const f = spec.fields.find((x) => x.name === field);
  return f?.role === 'key' && f.type === 'integer' && Boolean(provenanceOf(spec, field, 'line')) && !provenanceOf(spec, field, 'status');
}
