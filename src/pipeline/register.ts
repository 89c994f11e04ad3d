/**
 * The register of source documents, `data/raw/sources.json`: what each document is (title, issuer, date,
 * where the original is, licence), its sha256 as received, and the tables it holds. Nothing unregistered is
 * read: every document of the raw folder must be listed exactly once, with matching bytes.
 */
import { z } from 'zod';
import { isIsoDate } from './contract.ts';
import { PipelineError } from './types.ts';

const ISO_PARTIAL = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const RegisterEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id is kebab-case: lower-case letters, digits and hyphens'),
    file: z.string().regex(/^[^/\\]+\.txt$/, 'file is the name of a .txt document in the raw folder'),
    received_as: z.string().optional(),
    type_ja: z.string().min(1),
    type_en: z.string().min(1),
    title_ja: z.string().min(1),
    title_en: z.string().min(1),
    /** Set when the document has no title of its own: the title is this project's description (en, ja). */
    title_note: z.string().optional(),
    title_note_ja: z.string().optional(),
    publisher_ja: z.string().min(1),
    publisher_en: z.string().min(1),
    date: z.string().refine((d) => ISO_PARTIAL.test(d) && (d.length < 10 || isIsoDate(d)), 'date is YYYY, YYYY-MM or a valid YYYY-MM-DD'),
    date_ja: z.string().optional(),
    /** How the date is known, when it is not printed whole (en, ja). */
    date_note: z.string().optional(),
    date_note_ja: z.string().optional(),
    /** Where the original can be found, if known (http or https). */
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'url is http or https')
      .nullable(),
    licence: z.string().min(1),
    licence_ja: z.string().min(1),
    licence_url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//.test(u), 'licence_url is http or https'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lower-case hex digits'),
    /** The datasets whose tables the document holds (each is checked: found, and whole). */
    tables: z.array(z.string()).min(1, 'tables names at least one dataset'),
  })
  .strict()
  .superRefine((d, ctx) => {
    // A note is shown on pages in both languages: each comes with its translation.
    for (const [en, ja] of [
      ['title_note', 'title_note_ja'],
      ['date_note', 'date_note_ja'],
    ] as const)
      if (Boolean(d[en]) !== Boolean(d[ja]))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [d[en] ? ja : en],
          message: `${en} and ${ja} come together (a note in English and in Japanese)`,
        });
  });
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

const RegisterSchema = z
  .object({ documents: z.array(RegisterEntrySchema).min(1, 'documents lists at least one document') })
  .strict()
  .superRefine((r, ctx) => {
    for (const key of ['id', 'file', 'sha256'] as const) {
      const seen = new Set<string>();
      r.documents.forEach((d, i) => {
        if (seen.has(d[key]))
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['documents', i, key], message: `${key} ${d[key]} is listed twice` });
        seen.add(d[key]);
      });
    }
  });
export type Register = z.infer<typeof RegisterSchema>;

export function parseRegister(text: string, file: string): Register {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PipelineError(file, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = RegisterSchema.safeParse(json);
  if (!parsed.success) throw new PipelineError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

/** The line a newcomer adds to sources.json for an unlisted document (every field to fill in, sha256 given). */
export function registerLine(name: string, sha256: string): string {
  const id = name
    .replace(/\.txt$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return JSON.stringify({
    id: id || 'document',
    file: name,
    type_ja: '…',
    type_en: '…',
    title_ja: '…',
    title_en: '…',
    publisher_ja: '…',
    publisher_en: '…',
    date: 'YYYY-MM-DD',
    url: null,
    licence: '…',
    licence_ja: '…',
    licence_url: 'https://…',
    sha256,
    tables: ['…'],
  });
}
