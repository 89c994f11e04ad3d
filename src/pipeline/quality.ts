/**
 * quality.json, declared once: what each document holds, the status counts, the checks between tables and
 * everything the text holds that was not published as a value. The pipeline writes it with these types; the
 * site reads it back through the schema (src/pipeline/published.ts names every published file).
 */
import { z } from 'zod';
import { STATUSES, type Status } from './types.ts';

const counts = z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<Status, z.ZodNumber>);

const CheckSchema = z.object({
  id: z.string(),
  doc: z.string(),
  title_ja: z.string(),
  title_en: z.string(),
  result: z.enum(['pass', 'fail', 'incomplete']),
  detail: z.string(),
  detail_ja: z.string(),
  compared: z.record(z.unknown()),
});

const FragmentSchema = z.object({
  dataset: z.string(),
  doc: z.string(),
  line: z.number().int(),
  raw: z.string(),
  reason: z.string(),
  reason_ja: z.string(),
});

const LabelRepairSchema = z.object({
  dataset: z.string(),
  doc: z.string(),
  line: z.number().int(),
  raw: z.string(),
  value: z.string(),
  rule: z.string(),
});

export const SourceNoteSchema = z.object({ doc: z.string(), line: z.number().int(), text: z.string() });

export const QualitySchema = z.object({
  /** Per document: what it holds. (Not its encoding or hash: the same text in any encoding gives the same outputs.) */
  documents: z.array(z.object({ id: z.string(), file: z.string(), lines: z.number().int(), tables: z.array(z.string()) })),
  datasets: z.record(z.object({ rows: z.number().int(), statuses: z.record(counts) })),
  checks: z.array(CheckSchema),
  fragments: z.array(FragmentSchema),
  label_repairs: z.array(LabelRepairSchema),
  notes: z.record(z.array(SourceNoteSchema)),
  skipped_fixes: z.array(z.object({ file: z.string(), reason: z.string() })),
});

export type Check = z.infer<typeof CheckSchema>;
export type CheckResult = Check['result'];
export type Fragment = z.infer<typeof FragmentSchema>;
export type LabelRepair = z.infer<typeof LabelRepairSchema>;
export type SourceNote = z.infer<typeof SourceNoteSchema>;
export type Quality = z.infer<typeof QualitySchema>;
