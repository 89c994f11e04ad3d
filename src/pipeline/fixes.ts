/**
 * Fixes are data, not code: reviewed corrections (`data/corrections/<dataset>.yml`) and values from cited
 * public sources (`data/supplements/<dataset>.csv`), validated with zod and applied to the extracted cells.
 */
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Dataset, Row } from './dataset.ts';
import { PipelineError } from './types.ts';

const Scalar = z.union([z.string(), z.number()]);

export const CorrectionSchema = z
  .object({
    match: z.record(Scalar).refine((m) => Object.keys(m).length > 0, 'match names at least one column'),
    field: z.string().min(1),
    expect: z.string(),
    value: z.number().nullable(),
    reason: z.string().min(10, 'reason says why, in a sentence'),
  })
  .strict();
export type Correction = z.infer<typeof CorrectionSchema>;

export const SupplementSchema = z
  .object({
    field: z.string().min(1),
    value: z.coerce.number(),
    url: z.string().url(),
    quote: z.string().min(1),
    accessed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'accessed is a date YYYY-MM-DD'),
  })
  .catchall(z.string());
export type Supplement = z.infer<typeof SupplementSchema>;

function formatIssues(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`).join('; ');
}

export function parseCorrections(text: string, file: string): Correction[] {
  let doc: unknown;
  try {
    doc = parseYaml(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PipelineError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return [];
  const parsed = z.array(CorrectionSchema).safeParse(doc);
  if (!parsed.success) throw new PipelineError(file, `invalid correction: ${formatIssues(parsed.error)}`);
  return parsed.data;
}

export function parseSupplements(text: string, file: string): Supplement[] {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { header: true, skipEmptyLines: true });
  if (res.errors.length) throw new PipelineError(file, `CSV error on row ${res.errors[0]!.row}: ${res.errors[0]!.message}`);
  return res.data.map((r, i) => {
    const parsed = SupplementSchema.safeParse(r);
    if (!parsed.success) throw new PipelineError(file, `row ${i + 2}: ${formatIssues(parsed.error)}`);
    return parsed.data;
  });
}

const NOT_KEYS = new Set(['field', 'value', 'url', 'quote', 'accessed', 'note']);

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
  for (const c of corrections) {
    const rows = matching(ds, c.match, c.field);
    if (rows.length === 0) throw new PipelineError(file, `correction for ${describe(c.match, c.field)} matches no cell of ${ds.id}`);
    for (const r of rows) {
      const cell = r.cells[c.field]!;
      if (cell.raw !== c.expect) {
        throw new PipelineError(file, `correction for ${describe(c.match, c.field)} expects the raw text "${c.expect}" but the source now reads "${cell.raw}": review it`);
      }
      r.cells[c.field] = { ...cell, value: c.value, status: c.value === null ? 'missing' : 'corrected', rule: 'correction', note: c.reason };
    }
  }
}

/** Fills cells the text lacks from cited public sources; a supplement for a cell the text has fails. */
export function applySupplements(ds: Dataset, supplements: Supplement[], file: string): void {
  for (const s of supplements) {
    const match: Record<string, string> = {};
    for (const [k, v] of Object.entries(s)) if (!NOT_KEYS.has(k)) match[k] = String(v);
    const rows = matching(ds, match, s.field);
    if (rows.length === 0) throw new PipelineError(file, `supplement for ${describe(match, s.field)} matches no cell of ${ds.id}`);
    for (const r of rows) {
      const cell = r.cells[s.field]!;
      if (cell.status !== 'missing') {
        throw new PipelineError(file, `supplement for ${describe(match, s.field)}: the text has this value (${cell.status} ${cell.value}); supplements only fill values absent from the text`);
      }
      r.cells[s.field] = {
        ...cell,
        value: s.value,
        status: 'sourced',
        rule: 'supplement',
        note: s.note ? `not in the text; ${s.note}` : `not in the text; from ${s.url}`,
        url: s.url,
        quote: s.quote,
        accessed: s.accessed,
      };
    }
  }
}
