/**
 * The files of data/clean besides the CSVs, each declared once: the pipeline writes them with these types and
 * the site reads them back through these schemas (a file that does not fit fails the build naming it).
 *
 *   datapackage.json   the Frictionless description of every published file
 *   quality.json       what each document holds, status counts, checks, everything not published (quality.ts)
 *   documents.json     the register entries of the documents read (title, issuer, date, url, licence …)
 *   changelog.json     the data's versions, newest first (from data/CHANGELOG.yml)
 *   events.json        events marked on the charts, each with its cited source (from data/events.yml: events.ts)
 *   <document id>.txt  each document's text as received, decoded, one line per line (the source viewer's text)
 */
import { z } from 'zod';
import { ReleaseEntrySchema } from './release.ts';
import { RegisterEntrySchema } from './register.ts';
import { SourceNoteSchema } from './quality.ts';

export const DocumentsSchema = z.array(RegisterEntrySchema);
export type PublishedDocument = z.infer<typeof RegisterEntrySchema>;

export const ChangelogSchema = z.array(ReleaseEntrySchema);
export { EventsSchema, type ChartEvent } from './events.ts';

/** A source as the datapackage names it: a document of the run, or a public page a context value quotes. */
const PackageSourceSchema = z.object({
  title: z.string(),
  path: z.string().optional(),
  type: z.string().optional(),
  type_ja: z.string().optional(),
  publisher: z.string().optional(),
  publisher_en: z.string().optional(),
  date: z.string().optional(),
  date_ja: z.string().optional(),
  sha256: z.string().optional(),
  file: z.string().optional(),
});

const TableFieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  format: z.string().optional(),
  title: z.string(),
  title_ja: z.string(),
  description: z.string(),
  constraints: z
    .object({ enum: z.array(z.string()).optional(), minimum: z.number().optional(), maximum: z.number().optional() })
    .optional(),
});

const TableResourceSchema = z.object({
  name: z.string(),
  path: z.string(),
  profile: z.literal('tabular-data-resource'),
  title: z.string(),
  title_ja: z.string(),
  description: z.string(),
  format: z.literal('csv'),
  mediatype: z.literal('text/csv'),
  encoding: z.literal('utf-8'),
  dialect: z.object({ delimiter: z.string(), lineTerminator: z.string(), header: z.boolean(), doubleQuote: z.boolean() }),
  sources: z.array(PackageSourceSchema),
  schema: z.object({ fields: z.array(TableFieldSchema), missingValues: z.array(z.string()), primaryKey: z.array(z.string()) }),
  notes: z.array(SourceNoteSchema),
});

/** A file that is not a table: the JSON files above and the documents' texts. */
const FileResourceSchema = z.object({
  name: z.string(),
  path: z.string(),
  profile: z.literal('data-resource'),
  title: z.string(),
  title_ja: z.string(),
  description: z.string(),
  format: z.enum(['json', 'txt']),
  mediatype: z.enum(['application/json', 'text/plain']),
  encoding: z.literal('utf-8'),
});

export const DatapackageSchema = z.object({
  profile: z.literal('data-package'),
  name: z.string(),
  version: z.string().optional(),
  created: z.string().optional(),
  title: z.string(),
  title_ja: z.string(),
  description: z.string(),
  licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })),
  sources: z.array(PackageSourceSchema),
  resources: z.array(z.union([TableResourceSchema, FileResourceSchema])),
  repair_rules: z.record(z.string()),
});

export type Datapackage = z.infer<typeof DatapackageSchema>;
export type TableResource = z.infer<typeof TableResourceSchema>;
export type FileResource = z.infer<typeof FileResourceSchema>;

/** The name of a document's text in data/clean. */
export const documentTextFile = (id: string) => `${id}.txt`;

/** A document's text as published: its lines joined by `\n`, with a final `\n`. */
export function documentText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}

/** The lines of a published document text (the inverse of documentText). */
export function documentLines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

/** A published JSON file, read back through its schema; a file that does not fit fails naming it and the first problem. */
export function readPublished<T extends z.ZodTypeAny>(schema: T, text: string, file: string): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(
      `${file}: ${i.path.join('.') || 'top'}: ${i.message} (the pipeline's published-file contract, src/pipeline/published.ts)`,
    );
  }
  return r.data;
}
