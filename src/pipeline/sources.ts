/** `data/raw/sources.json`: what each raw document is, validated with zod. */
import { z } from 'zod';
import { PipelineError } from './types.ts';

export const SourceMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    file: z.string(),
    received_as: z.string().optional(),
    type: z.string(),
    title_ja: z.string(),
    title_en: z.string(),
    title_note: z.string().optional(),
    publisher_ja: z.string(),
    publisher_en: z.string(),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    date_ja: z.string().optional(),
    date_note: z.string().optional(),
    url: z.string().url().nullable(),
    licence: z.string(),
    licence_url: z.string().url(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

export const SourcesSchema = z.object({ documents: z.array(SourceMetaSchema) }).strict();
export type Sources = z.infer<typeof SourcesSchema>;

export function parseSources(text: string, file: string): Sources {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PipelineError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = SourcesSchema.safeParse(json);
  if (!parsed.success) throw new PipelineError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
