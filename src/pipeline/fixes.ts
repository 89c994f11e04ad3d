/**
 * Fixes are data, not code: reviewed corrections (`data/corrections/<dataset>.yml`) and values from cited
 * public sources (`data/supplements/<dataset>.csv`). Both are checked against the dataset's contract (the
 * same field constraints as the published CSV) before they touch a cell.
 */
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { z } from 'zod';
import { readCsvRecords, rowName } from './csv-records.ts';
import { constraintProblem, isIsoDate, parseFieldNumber, valueFields, type AnyField, type DatasetSpec } from './contract.ts';
import type { Dataset, Row } from './dataset.ts';
import { toHalfWidth } from './numbers.ts';
import { MESSAGES, note } from './messages.ts';
import { textFieldsProblem } from './text-fields.ts';
import { PipelineError, SOURCE_KINDS, type Cell, type Note, type SourceKind, type SourceRef } from './types.ts';

const Scalar = z.union([z.string(), z.number()]);
const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'url must be http or https');

const CorrectionSchema = z
  .object({
    match: z.record(Scalar).refine((m) => Object.keys(m).length > 0, 'match names at least one column'),
    field: z.string().min(1),
    expect: z.string(),
    value: z.number().nullable(),
    reason: z.string().min(10, 'reason says why, in a sentence'),
    reason_ja: z.string().min(5, 'reason_ja says why in Japanese, for the Japanese pages'),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionSchema>;

export interface Supplement {
  /** The row of its file, for messages (`row 3`, or `row 3 (line 5)`). */
  where: string;
  match: Record<string, string>;
  field: string;
  value: number;
  url: string;
  quote: string;
  accessed: string;
  source: SourceRef;
  /** Why the source is the same series, in English and Japanese (or absent). */
  note?: Note;
}

/** The columns of every supplements file after its key columns (note and note_ja optional, both or neither). */
const SUPPLEMENT_COLUMNS = ['field', 'value', 'url', 'quote', 'accessed', 'publisher', 'title', 'published', 'kind', 'note', 'note_ja'];
const REQUIRED_COLUMNS = SUPPLEMENT_COLUMNS.filter((c) => !c.startsWith('note'));

/**
 * For a dataset whose values come only from cited sources (no document holds it): makes the row a supplement
 * names by its key columns, or says why those keys name no row the dataset can have.
 */
export type RowFor = (keys: Record<string, string>) => Row | string;

function formatIssues(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
}

/** The value column a fix names, or why it cannot be fixed. */
function valueField(spec: DatasetSpec, name: string): AnyField | string {
  const fields = valueFields(spec);
  const f = fields.find((x) => x.name === name);
  return f ?? `field ${name} is not a value column of ${spec.id} (its value columns: ${fields.map((x) => x.name).join(', ') || 'none'})`;
}

/** A column a fix may match on: a key column of the dataset, or source_doc. */
function matchProblem(spec: DatasetSpec, columns: string[]): string | null {
  const keys = new Set(['source_doc', ...spec.fields.filter((f) => f.role === 'key').map((f) => f.name)]);
  const bad = columns.filter((c) => !keys.has(c));
  return bad.length
    ? `${bad.join(', ')} ${bad.length === 1 ? 'is not a key column' : 'are not key columns'} of ${spec.id} (its key columns: ${[...keys].join(', ')})`
    : null;
}

export function parseCorrections(text: string, file: string, spec: DatasetSpec): Correction[] {
  const source = text.replace(/^\uFEFF/, '');
  const doc = parseDocument(source);
  if (doc.errors.length) throw new PipelineError(file, `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new PipelineError(file, 'a corrections file is a list of entries (- match: …)');
  const parsed = z.array(CorrectionSchema).safeParse(doc.toJS());
  if (!parsed.success) throw new PipelineError(file, `invalid correction: ${formatIssues(parsed.error)}`);
  return parsed.data.map((c, i) => {
    const where = `entry ${i + 1}`;
    const field = valueField(spec, c.field);
    if (typeof field === 'string') throw new PipelineError(file, `${where}: ${field}`);
    const problem = matchProblem(spec, Object.keys(c.match));
    if (problem) throw new PipelineError(file, `${where}: match: ${problem}`);
    const text = textFieldsProblem(c, ['reason', 'reason_ja']);
    if (text) throw new PipelineError(file, `${where}: ${text}`);
    if (c.value === null) {
      // An empty `value:` is YAML's null too: a value is withdrawn only by writing `null`.
      const item = doc.contents && isSeq(doc.contents) ? doc.contents.items[i] : undefined;
      const node = isMap(item) ? item.get('value', true) : undefined;
      const written = isScalar(node) && node.range ? source.slice(node.range[0], node.range[1]).trim() : '';
      if (written !== 'null')
        throw new PipelineError(file, `${where}: value is empty; give the corrected value, or write \`value: null\` to withdraw the value`);
    } else {
      const bad = constraintProblem(field, c.value);
      if (bad) throw new PipelineError(file, `${where}: ${bad}`);
    }
    return c;
  });
}

/**
 * Whether a quote states a number: digits in any width, `・` or `．` as the decimal point (as Japanese
 * press writes 35・3), thousands separated by commas.
 */
export function quoteStates(quote: string, value: number): boolean {
  const plain = toHalfWidth(quote)
    .replace(/(\d)\s*[・．]\s*(\d)/g, '$1.$2')
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1');
  return (plain.match(/\d+(?:\.\d+)?/g) ?? []).some((n) => Number(n) === value);
}

export function parseSupplements(text: string, file: string, spec: DatasetSpec): Supplement[] {
  const { fields: columns, rows } = readCsvRecords(text, file);
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new PipelineError(
      file,
      `the header lacks ${missing.join(', ')} (a supplement gives its key columns, then ${REQUIRED_COLUMNS.join(', ')}, note, note_ja)`,
    );
  const keyColumns = columns.filter((c) => !SUPPLEMENT_COLUMNS.includes(c));
  if (keyColumns.length === 0) throw new PipelineError(file, 'the header names no key column: which cell does a row fill?');
  const problem = matchProblem(spec, keyColumns);
  if (problem) throw new PipelineError(file, `header: ${problem}`);
  return rows.map(({ values: r, ...at }) => {
    const where = rowName(at);
    const text = textFieldsProblem(r, ['url', 'quote', 'publisher', 'title', 'note', 'note_ja']);
    if (text) throw new PipelineError(file, `${where}: ${text}`);
    const field = valueField(spec, r.field ?? '');
    if (typeof field === 'string') throw new PipelineError(file, `${where}: ${field}`);
    const value = parseFieldNumber(field, r.value ?? '');
    if ('problem' in value) throw new PipelineError(file, `${where}: ${value.problem}`);
    const url = httpUrl.safeParse(r.url ?? '');
    if (!url.success) throw new PipelineError(file, `${where}: url must be an http or https address, not "${r.url ?? ''}"`);
    const quote = (r.quote ?? '').trim();
    if (!quote) throw new PipelineError(file, `${where}: quote is empty; give the source's own words that state the value`);
    if (!quoteStates(quote, value.value)) throw new PipelineError(file, `${where}: the quote does not state ${value.value}: "${quote}"`);
    const accessed = (r.accessed ?? '').trim();
    if (!isIsoDate(accessed)) throw new PipelineError(file, `${where}: accessed must be a date YYYY-MM-DD, not "${accessed}"`);
    if (!r.note !== !r.note_ja)
      throw new PipelineError(file, `${where}: a note is given in both languages (note and note_ja), or not at all`);
    const published = (r.published ?? '').trim();
    if (published !== 'unknown' && !isIsoDate(published))
      throw new PipelineError(file, `${where}: published must be a date YYYY-MM-DD or "unknown", not "${published}"`);
    const kind = (r.kind ?? '').trim();
    if (!(SOURCE_KINDS as readonly string[]).includes(kind))
      throw new PipelineError(file, `${where}: kind must be one of ${SOURCE_KINDS.join(', ')}, not "${kind}"`);
    for (const c of ['publisher', 'title'] as const)
      if (!(r[c] ?? '').trim())
        throw new PipelineError(file, `${where}: ${c} is empty (write "unknown" for a title the source does not show)`);
    const match: Record<string, string> = {};
    for (const c of keyColumns) match[c] = r[c] ?? '';
    return {
      where,
      match,
      field: field.name,
      value: value.value,
      url: url.data,
      quote,
      accessed,
      source: { publisher: r.publisher!.trim(), title: r.title!.trim(), published, kind: kind as SourceKind },
      ...(r.note ? { note: note(r.note, r.note_ja!) } : {}),
    };
  });
}

function matching(ds: Dataset, match: Record<string, string | number>, field: string): Row[] {
  return ds.rows.filter(
    (r) =>
      field in r.cells &&
      Object.entries(match).every(([k, v]) => String((k === 'source_doc' ? r.cells[field]!.doc : r.keys[k]) ?? '') === String(v)),
  );
}

function describe(match: Record<string, string | number>, field: string): string {
  return `${Object.entries(match)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')} (${field})`;
}

/** Applies reviewed corrections; an entry that matches nothing or whose `expect` no longer matches fails. */
export function applyCorrections(ds: Dataset, corrections: Correction[], file: string): void {
  // Two entries for one cell would leave the last one's value in silence: the first entry that corrects a cell.
  const correctedBy = new Map<Cell, number>();
  corrections.forEach((c, i) => {
    const rows = matching(ds, c.match, c.field);
    if (rows.length === 0) throw new PipelineError(file, `correction for ${describe(c.match, c.field)} matches no cell of ${ds.id}`);
    for (const r of rows) {
      const cell = r.cells[c.field]!;
      const earlier = correctedBy.get(cell);
      if (earlier !== undefined)
        throw new PipelineError(
          file,
          `entry ${i + 1}: correction for ${describe(c.match, c.field)} corrects a cell entry ${earlier} already corrects`,
        );
      if (cell.raw !== c.expect) {
        throw new PipelineError(
          file,
          `correction for ${describe(c.match, c.field)} expects the raw text "${c.expect}" but the source now reads "${cell.raw}": review it`,
        );
      }
      const fixed: Cell = {
        ...cell,
        value: c.value,
        status: c.value === null ? 'missing' : 'corrected',
        rule: 'correction',
        note: note(c.reason, c.reason_ja),
      };
      r.cells[c.field] = fixed;
      correctedBy.set(fixed, i + 1);
    }
  });
}

/**
 * Fills cells the text lacks from cited public sources; a supplement for a cell the text has fails. A dataset
 * that no document holds (`rowFor` given) has a row for each value its sources state.
 */
export function applySupplements(ds: Dataset, supplements: Supplement[], file: string, rowFor?: RowFor): void {
  supplements.forEach((s) => {
    const rows = matching(ds, s.match, s.field);
    if (rows.length === 0 && rowFor) {
      const row = rowFor(s.match);
      if (typeof row === 'string') throw new PipelineError(file, `${s.where}: ${row}`);
      ds.rows.push(row);
      // a value of a dataset that no document holds is not "missing from the text": its note is the source's own
      row.cells[s.field] = { ...row.cells[s.field]!, ...sourced(s, s.note ?? note('', '')) };
      return;
    }
    if (rows.length === 0) throw new PipelineError(file, `supplement for ${describe(s.match, s.field)} matches no cell of ${ds.id}`);
    for (const r of rows) {
      const cell = r.cells[s.field]!;
      if (cell.rule === 'supplement')
        throw new PipelineError(
          file,
          `supplement for ${describe(s.match, s.field)}: another row of this file already fills it with ${cell.value}`,
        );
      if (cell.status !== 'missing') {
        throw new PipelineError(
          file,
          `supplement for ${describe(s.match, s.field)}: the text has this value (${cell.status} ${cell.value}); supplements only fill values absent from the text`,
        );
      }
      r.cells[s.field] = { ...cell, ...sourced(s, MESSAGES.notInText(s.note ?? MESSAGES.fromSource(s.url))) };
    }
  });
}

/** What a supplement sets on the cell it fills. */
function sourced(s: Supplement, why: Note) {
  return {
    value: s.value,
    status: 'sourced' as const,
    rule: 'supplement',
    note: why,
    url: s.url,
    quote: s.quote,
    accessed: s.accessed,
    source: s.source,
  };
}
