/**
 * Build-time loading of data/clean (the only data the site reads; `DATA_DIR` points elsewhere for tests),
 * parsed with papaparse and checked with zod, and of the raw documents for the source viewer.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';

export const DATA_DIR = resolve(process.env.DATA_DIR || join(process.cwd(), 'data', 'clean'));
export const RAW_DIR = resolve(process.env.RAW_DIR || join(process.cwd(), 'data', 'raw'));

const status = z.enum(['read', 'repaired', 'corrected', 'sourced', 'missing']);
const num = z.string().transform((s, ctx) => {
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `not a number: ${s}` });
  return n;
});
const int = num;
const provenance = {
  status,
  raw: z.string(),
  rule: z.string(),
  note: z.string(),
  source_doc: z.string(),
  source_line: int,
  source_url: z.string(),
  source_quote: z.string(),
  source_accessed: z.string(),
};

export const OutsourcingRow = z.object({
  service_ja: z.string(),
  service_en: z.string(),
  survey_year: int.pipe(z.number()),
  survey_ja: z.string(),
  respondents: int,
  rate_pct: num,
  ...provenance,
  label_raw: z.string(),
  wave_line: int,
});
export const LabsRow = z.object({ date: z.string(), date_ja: z.string(), labs: int, ...provenance, confirmed_by: z.string() });
export const FacilityRow = z.object({ facility_ja: z.string(), facility_en: z.string(), period: z.string(), period_ja: z.string(), rate_pct: num, ...provenance, label_raw: z.string() });
export const OwnerRow = z.object({
  owner_no: int.pipe(z.number()),
  owner_ja: z.string(),
  owner_en: z.string(),
  hospitals: int,
  period: z.string(),
  period_ja: z.string(),
  rate_pct: num,
  ...provenance,
  hospitals_status: status,
  hospitals_raw: z.string(),
  hospitals_rule: z.string(),
  hospitals_note: z.string(),
  hospitals_line: int,
  label_raw: z.string(),
  owner_no_note: z.string(),
});
export const CaseRow = z.object({
  case_id: z.string(),
  list: z.string(),
  list_ja: z.string(),
  list_en: z.string(),
  list_heading_ja: z.string(),
  case_ja: z.string(),
  note_ja: z.string(),
  qa_refs: z.string(),
  change: z.string(),
  old_no: z.string(),
  case_before_ja: z.string(),
  case_underline: z.string(),
  case_before_underline: z.string(),
  note_revised_ja: z.string(),
  text_note: z.string(),
  source_doc: z.string(),
  source_line: int,
  comparison_line: int,
});
export type CaseRow = z.infer<typeof CaseRow>;
export type OutsourcingRow = z.infer<typeof OutsourcingRow>;
export type LabsRow = z.infer<typeof LabsRow>;
export type FacilityRow = z.infer<typeof FacilityRow>;
export type OwnerRow = z.infer<typeof OwnerRow>;

/** A row of any dataset seen as a value with provenance, for tables and quality lists. */
export interface ValueRow {
  status: z.infer<typeof status>;
  raw: string;
  rule: string;
  note: string;
  source_doc: string;
  source_line: number | null;
  source_url: string;
  source_quote: string;
}

export function dataPath(file: string): string {
  if (!/^[a-z0-9-]+\.(csv|json)$/.test(file)) throw new Error(`not a data file name: ${file}`);
  return join(DATA_DIR, file);
}

export function readDataFile(file: string): Buffer {
  return readFileSync(dataPath(file));
}

export function dataFiles(): string[] {
  return readdirSync(DATA_DIR).filter((f) => /^[a-z0-9-]+\.(csv|json)$/.test(f)).sort();
}

export function hasDataset(id: string): boolean {
  return existsSync(join(DATA_DIR, `${id}.csv`));
}

export function loadCsv<T extends z.ZodTypeAny>(id: string, schema: T): z.infer<T>[] {
  if (!hasDataset(id)) return [];
  const text = readDataFile(`${id}.csv`).toString('utf8');
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (res.errors.length) throw new Error(`${id}.csv: ${res.errors[0]!.message}`);
  return res.data.map((r, i) => {
    const p = schema.safeParse(r);
    if (!p.success) throw new Error(`${id}.csv row ${i + 2}: ${p.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return p.data;
  });
}

export const loadOutsourcing = () => loadCsv('outsourcing-rates', OutsourcingRow);
export const loadLabs = () => loadCsv('clinical-labs-totals', LabsRow);
export const loadFacility = () => loadCsv('price-agreement-by-facility', FacilityRow);
export const loadOwner = () => loadCsv('price-agreement-by-owner', OwnerRow);
export const loadCases = () => loadCsv('clinical-research-cases', CaseRow);

export interface Resource {
  name: string;
  path: string;
  title: string;
  title_ja: string;
  description: string;
  schema: { fields: { name: string; type: string; title: string; title_ja: string; description: string }[] };
  notes: { doc: string; line: number; text: string }[];
}

export interface DataPackage {
  resources: Resource[];
  licenses: { name: string; path: string; title: string }[];
}

export function loadDatapackage(): DataPackage {
  return JSON.parse(readDataFile('datapackage.json').toString('utf8')) as DataPackage;
}

export type StatusCounts = Record<'read' | 'repaired' | 'corrected' | 'sourced' | 'missing', number>;

export interface Quality {
  documents: { id: string; file: string; lines: number; tables: string[] }[];
  datasets: Record<string, { rows: number; statuses: Record<string, StatusCounts> }>;
  checks: { id: string; doc: string; title_ja: string; title_en: string; result: 'pass' | 'fail' | 'incomplete'; detail: string }[];
  fragments: { dataset: string; doc: string; line: number; raw: string; reason: string }[];
  label_repairs: { dataset: string; doc: string; line: number; raw: string; value: string; rule: string }[];
}

export function loadQuality(): Quality {
  return JSON.parse(readDataFile('quality.json').toString('utf8')) as Quality;
}

export function sumCounts(list: StatusCounts[]): StatusCounts {
  const t: StatusCounts = { read: 0, repaired: 0, corrected: 0, sourced: 0, missing: 0 };
  for (const c of list) for (const k of Object.keys(t) as (keyof StatusCounts)[]) t[k] += c[k];
  return t;
}

export interface SourceDoc {
  id: string;
  file: string;
  title_ja: string;
  title_en: string;
  publisher_ja: string;
  publisher_en: string;
  date: string;
  date_ja?: string;
  url: string | null;
  licence: string;
  licence_url: string;
  type: string;
  title_note?: string;
}

export function loadSources(): SourceDoc[] {
  const file = join(RAW_DIR, 'sources.json');
  const listed: SourceDoc[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { documents: SourceDoc[] }).documents : [];
  // Documents of the data without an entry in sources.json (test fixtures) still get a viewer page.
  const ids = new Set(listed.map((d) => d.id));
  const extra = loadQuality()
    .documents.filter((d) => !ids.has(d.id))
    .map((d) => ({ id: d.id, file: d.file, title_ja: d.file, title_en: d.file, publisher_ja: '', publisher_en: '', date: '', url: null, licence: '', licence_url: '', type: '' }));
  return [...listed, ...extra];
}

/** The lines of a raw document, decoded as the pipeline decodes it. */
export async function loadDocumentLines(doc: SourceDoc): Promise<string[]> {
  const { readDocument } = await import('../pipeline/decode.ts');
  return readDocument(new Uint8Array(readFileSync(join(RAW_DIR, doc.file))), doc.file).lines;
}
