/**
 * The data contract: the one description of every published column. A field says its name, type, titles,
 * description and constraints, how it is written from an extracted row (`get`) and how it is read back from
 * the CSV (`read`, a zod schema). The CSV writer, the Table Schema of datapackage.json, the site's loaders
 * and the checks on corrections and supplements are all derived from these fields, so they cannot drift.
 */
import Papa from 'papaparse';
import { readCsvRecords, rowName } from './csv-records.ts';
import { z } from 'zod';
import type { Row } from './dataset.ts';
import { formatPlain } from './numbers.ts';
import { SOURCE_KINDS, STATUSES, type Cell, type SourceKind, type Status } from './types.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'date';
type Value = string | number | null;

/**
 * What a column is: a key of the row, a published value (a cell with provenance), the provenance of a value,
 * a line of the source document, or the columns of a value taken from a public source.
 */
type FieldRole = 'key' | 'value' | 'provenance' | 'line' | 'source';

export interface Constraints {
  required?: boolean;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  /** At most this many decimals (0 for an integer). */
  decimals?: number;
}

export interface FieldMeta {
  title: string;
  title_ja: string;
  description: string;
}

export interface Field<N extends string = string, T = unknown> extends FieldMeta {
  name: N;
  type: FieldType;
  role: FieldRole;
  constraints: Constraints;
  /** For provenance, line and source columns: the value column they describe. */
  of?: string;
  /** The value of the column for an extracted row (null = empty cell). */
  get: (row: Row) => Value;
  /** Reads the column's CSV text into its typed value, checking the constraints. */
  read: z.ZodType<T, z.ZodTypeDef, string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyField = Field<string, any>;

/** The typed row a CSV of these fields reads into. */
export type RowOf<F extends readonly AnyField[]> = { [K in F[number] as K['name']]: K extends Field<string, infer T> ? T : never };

export interface DatasetSpec<F extends readonly AnyField[] = readonly AnyField[], I extends string = string> {
  /** The dataset id: the name of its CSV (and of its folder under src/datasets/). */
  id: I;
  title: string;
  title_ja: string;
  description: string;
  /** The value column whose provenance the unprefixed columns (status, raw, …) describe ('' for text tables). */
  primary: string;
  /** The columns that identify a row (the Table Schema's primaryKey). */
  primaryKey: readonly string[];
  fields: F;
}

/** Keeps the field tuple's names and types, so that `RowOf<typeof spec.fields>` is exact. */
export function defineSpec<const I extends string, const F extends readonly AnyField[]>(spec: DatasetSpec<F, I>): DatasetSpec<F, I> {
  return spec;
}

export type SpecRow<S extends DatasetSpec> = RowOf<S['fields']>;

// ---------------------------------------------------------------------------------------------- checks

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date that exists (`2026-13-45` does not). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function decimalsOf(v: number): number {
  const s = String(v);
  if (/e/i.test(s)) return Infinity;
  return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

/** Why a number does not fit a field's constraints, or null when it does. */
export function constraintProblem(field: AnyField, v: number): string | null {
  const c = field.constraints;
  if (!Number.isFinite(v)) return `${field.name} must be a finite number, not ${v}`;
  if (field.type === 'integer' && !Number.isSafeInteger(v)) return `${field.name} must be an integer, not ${v}`;
  if (c.minimum !== undefined && v < c.minimum) return `${field.name} must be at least ${c.minimum}, not ${v}`;
  if (c.maximum !== undefined && v > c.maximum) return `${field.name} must be at most ${c.maximum}, not ${v}`;
  if (c.decimals !== undefined && decimalsOf(v) > c.decimals)
    return `${field.name} has at most ${c.decimals} decimal${c.decimals === 1 ? '' : 's'}, not ${v}`;
  return null;
}

/**
 * Parses the text of a number for a field, strictly: plain decimal digits (no `0x20`, no `1e3`, no empty
 * text), then the field's constraints. Returns the number or a reason.
 */
export function parseFieldNumber(field: AnyField, text: string): { value: number } | { problem: string } {
  const t = text.trim();
  if (t === '') return { problem: `${field.name} is empty` };
  if (!(field.type === 'integer' ? INTEGER : NUMBER).test(t))
    return {
      problem: `${field.name} must be a plain ${field.type === 'integer' ? 'integer' : 'number'} (digits${field.type === 'integer' ? '' : ' and a point'}), not "${t}"`,
    };
  const v = Number(t);
  const problem = constraintProblem(field, v);
  return problem ? { problem } : { value: v };
}

// ------------------------------------------------------------------------------------------- readers

const issue = (ctx: z.RefinementCtx, message: string) => ctx.addIssue({ code: z.ZodIssueCode.custom, message });

function readText(c: Constraints): z.ZodType<string, z.ZodTypeDef, string> {
  return z.string().superRefine((s, ctx) => {
    if (c.enum && !(s === '' && !c.required) && !c.enum.includes(s)) issue(ctx, `not one of ${c.enum.join(', ')}: "${s}"`);
    if (c.required && s === '') issue(ctx, 'required');
  });
}

function readNumber(field: () => AnyField): z.ZodType<number | null, z.ZodTypeDef, string> {
  return z.string().transform((s, ctx) => {
    if (s === '') return null;
    const r = parseFieldNumber(field(), s);
    if ('problem' in r) {
      issue(ctx, r.problem);
      return z.NEVER;
    }
    return r.value;
  });
}

function readRequiredNumber(field: () => AnyField): z.ZodType<number, z.ZodTypeDef, string> {
  return z.string().transform((s, ctx) => {
    const r = parseFieldNumber(field(), s);
    if ('problem' in r) {
      issue(ctx, r.problem);
      return z.NEVER;
    }
    return r.value;
  });
}

function readDate(required: boolean): z.ZodType<string, z.ZodTypeDef, string> {
  return z.string().superRefine((s, ctx) => {
    if (s === '' && !required) return;
    if (!isIsoDate(s)) issue(ctx, `not an ISO date (YYYY-MM-DD): "${s}"`);
  });
}

// ------------------------------------------------------------------------------------------ builders

function cellOf(r: Row, field: string): Cell {
  const c = r.cells[field];
  if (!c) throw new Error(`row has no cell ${field}`);
  return c;
}

/** A text key column (`service_ja`), optionally with a fixed vocabulary. */
export function textKey<N extends string>(
  name: N,
  meta: FieldMeta,
  c: { enum?: readonly string[]; required?: boolean } = {},
): Field<N, string> {
  return { name, type: 'string', role: 'key', constraints: c, ...meta, get: (r) => r.keys[name] ?? null, read: readText(c) };
}

/** An integer key column that every row has (`survey_year`, `owner_no`). */
export function integerKey<N extends string>(name: N, meta: FieldMeta, c: { minimum?: number } = {}): Field<N, number> {
  const f: Field<N, number> = {
    name,
    type: 'integer',
    role: 'key',
    constraints: { required: true, decimals: 0, ...c },
    ...meta,
    get: (r) => r.keys[name] ?? null,
    read: readRequiredNumber(() => f),
  };
  return f;
}

/** An integer key column that may be empty (`comparison_line`, `respondents`). */
export function optionalIntegerKey<N extends string>(
  name: N,
  meta: FieldMeta,
  c: { minimum?: number; role?: 'key' | 'line'; of?: string } = {},
): Field<N, number | null> {
  const { role = 'key', of, ...rest } = c;
  const f: Field<N, number | null> = {
    name,
    type: 'integer',
    role,
    ...(of ? { of } : {}),
    constraints: { decimals: 0, ...rest },
    ...meta,
    get: (r) => r.keys[name] ?? null,
    read: readNumber(() => f),
  };
  return f;
}

/** A date key column (ISO, `2007-01-01`); `required: false` for one that is empty where no day is known. */
export function dateKey<N extends string>(name: N, meta: FieldMeta, c: { required?: boolean } = {}): Field<N, string> {
  const required = c.required ?? true;
  return {
    name,
    type: 'date',
    role: 'key',
    constraints: { required },
    ...meta,
    get: (r) => r.keys[name] ?? null,
    read: readDate(required),
  };
}

/** The kinds of published value: a rate in percent with one decimal, or a count. */
export const VALUE_KINDS = {
  rate: { type: 'number', constraints: { minimum: 0, maximum: 100, decimals: 1 } },
  count: { type: 'integer', constraints: { minimum: 0, decimals: 0 } },
} as const satisfies Record<string, { type: FieldType; constraints: Constraints }>;

/** A published value: a cell with provenance, written plain (`35.3`, `2690`), empty when missing. */
export function valueField<N extends string>(name: N, kind: keyof typeof VALUE_KINDS, meta: FieldMeta): Field<N, number | null> {
  const k = VALUE_KINDS[kind];
  const f: Field<N, number | null> = {
    name,
    type: k.type,
    role: 'value',
    constraints: k.constraints,
    ...meta,
    get: (r) => formatPlain(cellOf(r, name).value, k.constraints.decimals) || null,
    read: readNumber(() => f),
  };
  return f;
}

const STATUS_DESCRIPTION =
  'read (as printed), repaired (an OCR repair rule with one valid reading), corrected (a reviewed entry in data/corrections), sourced (absent from the text; from a cited public source in data/supplements) or missing.';

function provenanceFields<P extends string>(field: string, p: P, what: string, of_ja = '') {
  return [
    {
      name: `${p}status`,
      type: 'string',
      role: 'provenance',
      of: field,
      constraints: { enum: STATUSES, required: true },
      title: `Status of ${what}`,
      title_ja: `${of_ja}値の状態`,
      description: STATUS_DESCRIPTION,
      get: (r) => cellOf(r, field).status,
      read: z.enum(STATUSES as [Status, ...Status[]]),
    },
    {
      name: `${p}raw`,
      type: 'string',
      role: 'provenance',
      of: field,
      constraints: {},
      title: `Raw OCR text of ${what}`,
      title_ja: `${of_ja}OCRの原文`,
      description: 'The text the value was read from, exactly as in the source document (empty when the text has nothing for it).',
      get: (r) => cellOf(r, field).raw,
      read: z.string(),
    },
    {
      name: `${p}rule`,
      type: 'string',
      role: 'provenance',
      of: field,
      constraints: {},
      title: `Repair rule of ${what}`,
      title_ja: `${of_ja}修復規則`,
      description: 'The repair rule(s) applied (see the README), or "correction" / "supplement".',
      get: (r) => cellOf(r, field).rule,
      read: z.string(),
    },
    {
      name: `${p}note`,
      type: 'string',
      role: 'provenance',
      of: field,
      constraints: {},
      title: `Note on ${what}`,
      title_ja: `${of_ja}注記（英語）`,
      description: 'Why a value is missing, corrected or sourced (English).',
      get: (r) => cellOf(r, field).note.en,
      read: z.string(),
    },
    {
      name: `${p}note_ja`,
      type: 'string',
      role: 'provenance',
      of: field,
      constraints: {},
      title: `Note on ${what} (Japanese)`,
      title_ja: `${of_ja}注記`,
      description: 'Why a value is missing, corrected or sourced (Japanese).',
      get: (r) => cellOf(r, field).note.ja,
      read: z.string(),
    },
  ] as const satisfies readonly AnyField[] as unknown as [
    Field<`${P}status`, Status>,
    Field<`${P}raw`, string>,
    Field<`${P}rule`, string>,
    Field<`${P}note`, string>,
    Field<`${P}note_ja`, string>,
  ];
}

/** status, raw, rule and note (English and Japanese) of the primary value. */
export function provenance(field: string, what: string) {
  return provenanceFields(field, '', what);
}

/** status, raw, rule, note and line of a secondary value (`hospitals_status` …), titled in Japanese after it (`病院数の値の状態`). */
export function secondaryProvenance<P extends string>(field: string, prefix: P, what: string, whatJa: string) {
  const line: Field<`${P}_line`, number | null> = {
    name: `${prefix}_line`,
    type: 'integer',
    role: 'line',
    of: field,
    constraints: { decimals: 0, minimum: 1 },
    title: `Source line of ${what}`,
    title_ja: `${whatJa}の原文の行`,
    description: 'Line of the source document the value was read from.',
    get: (r) => cellOf(r, field).line,
    read: readNumber(() => line),
  };
  return [...provenanceFields(field, `${prefix}_` as `${P}_`, what, `${whatJa}の`), line] as const;
}

const SOURCE_TITLES = {
  publisher: ['Source publisher', '出典の発行者', 'For sourced values: who published the source.'],
  title: ['Source title', '出典の題名', 'For sourced values: the title of the source, or "unknown".'],
  published: ['Source published', '出典の公開日', 'For sourced values: when the source was published (YYYY-MM-DD), or "unknown".'],
} as const;

/**
 * Where the primary value comes from: the document and line, or for a sourced value its URL, words, publisher,
 * title, date and kind. The same columns for every dataset, whether its values come from documents, from
 * cited sources or from both.
 */
export function sourceColumns(field: string) {
  const line: Field<'source_line', number | null> = {
    name: 'source_line',
    type: 'integer',
    role: 'line',
    of: field,
    constraints: { decimals: 0, minimum: 1 },
    title: 'Source line',
    title_ja: '原文の行',
    description: 'Line (1-based) of the source document the value, or for a value not in the text its row, comes from.',
    get: (r) => cellOf(r, field).line,
    read: readNumber(() => line),
  };
  return [
    {
      name: 'source_doc',
      type: 'string',
      role: 'source',
      of: field,
      constraints: {},
      title: 'Source document',
      title_ja: '出典文書',
      description:
        'Id of the source document (documents.json) the value or its row was read from; empty for a value only a cited source gives.',
      get: (r: Row) => cellOf(r, field).doc,
      read: readText({}),
    } as Field<'source_doc', string>,
    line,
    {
      name: 'source_url',
      type: 'string',
      role: 'source',
      of: field,
      constraints: {},
      title: 'Supplement URL',
      title_ja: '補足の出典URL',
      description: 'For sourced values: the public source the value was taken from.',
      get: (r: Row) => cellOf(r, field).url ?? '',
      read: z.string(),
    } as Field<'source_url', string>,
    {
      name: 'source_quote',
      type: 'string',
      role: 'source',
      of: field,
      constraints: {},
      title: 'Supplement quote',
      title_ja: '補足の引用',
      description: 'For sourced values: the words of the public source that state the value.',
      get: (r: Row) => cellOf(r, field).quote ?? '',
      read: z.string(),
    } as Field<'source_quote', string>,
    {
      name: 'source_accessed',
      type: 'date',
      role: 'source',
      of: field,
      constraints: {},
      title: 'Supplement accessed',
      title_ja: '補足の参照日',
      description: 'For sourced values: when the public source was consulted.',
      get: (r: Row) => cellOf(r, field).accessed ?? null,
      read: readDate(false),
    } as Field<'source_accessed', string>,
    ...(['publisher', 'title', 'published'] as const).map(
      (k) =>
        ({
          name: `source_${k}`,
          type: 'string',
          role: 'source',
          of: field,
          constraints: {},
          title: SOURCE_TITLES[k][0],
          title_ja: SOURCE_TITLES[k][1],
          description: SOURCE_TITLES[k][2],
          get: (r: Row) => cellOf(r, field).source?.[k] ?? '',
          read: z.string(),
        }) as Field<`source_${typeof k}`, string>,
    ),
    {
      name: 'source_kind',
      type: 'string',
      role: 'source',
      of: field,
      constraints: { enum: SOURCE_KINDS },
      title: 'Kind of source',
      title_ja: '出典の種類',
      description:
        'For sourced values: primary (the ministry or the survey body), secondary (press) or tertiary (encyclopaedias and their copies).',
      get: (r: Row) => cellOf(r, field).source?.kind ?? '',
      read: readText({ enum: SOURCE_KINDS }),
    } as Field<'source_kind', SourceKind | ''>,
  ] as const;
}

// ------------------------------------------------------------------------------------------- derived

/** The value columns of a dataset (cells with provenance): the only columns corrections and supplements may set. */
export function valueFields(spec: DatasetSpec): AnyField[] {
  return spec.fields.filter((f) => f.role === 'value');
}

/** The columns that name a line of the source document (for the source viewer's marks). */
export function lineFields(spec: DatasetSpec): AnyField[] {
  return spec.fields.filter((f) => f.role === 'line');
}

/** The zod schema of one CSV row, from the fields (strict: an unknown column fails). */
function rowSchema<F extends readonly AnyField[]>(fields: F): z.ZodType<RowOf<F>, z.ZodTypeDef, Record<string, string>> {
  return z.object(Object.fromEntries(fields.map((f) => [f.name, f.read]))).strict() as unknown as z.ZodType<
    RowOf<F>,
    z.ZodTypeDef,
    Record<string, string>
  >;
}

/** The Table Schema field of a column (Frictionless). */
export function tableSchemaField(f: AnyField) {
  const c = f.constraints;
  // The constraints a reader can check: the vocabulary of a text column, the range of a published value.
  const constraints = {
    ...(c.enum ? { enum: [...c.enum] } : {}),
    ...(f.role === 'value' && c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(f.role === 'value' && c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
  return {
    name: f.name,
    type: f.type,
    ...(f.type === 'date' ? { format: 'default' } : {}),
    title: f.title,
    title_ja: f.title_ja,
    description: f.description,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

/** The CSV of a dataset: UTF-8, `\n`, a header row, empty cell = missing. */
export function toCsv(spec: DatasetSpec, rows: readonly Row[]): string {
  const fields = spec.fields.map((f) => f.name);
  const data = rows.map((r) =>
    spec.fields.map((f) => {
      const v = f.get(r);
      return v === null || v === undefined ? '' : String(v);
    }),
  );
  return `${Papa.unparse({ fields, data }, { newline: '\n', quotes: false })}\n`;
}

/** Parses a published CSV with the dataset's fields; the first bad row fails with its number and reason. */
export function parseCsv<F extends readonly AnyField[]>(fields: F, text: string, file: string): RowOf<F>[] {
  // RFC 4180, as the fix files are read: a quoted note may hold a line break, and a row is named by its record.
  const { fields: header, rows } = readCsvRecords(text, file);
  const expected = fields.map((f) => f.name);
  if (header.join(',') !== expected.join(','))
    throw new Error(`${file}: the columns are ${header.join(',')}; the contract says ${expected.join(',')}`);
  const schema = rowSchema(fields);
  return rows.map(({ values, ...at }) => {
    const p = schema.safeParse(values);
    if (!p.success) throw new Error(`${file} ${rowName(at)}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return p.data;
  });
}
