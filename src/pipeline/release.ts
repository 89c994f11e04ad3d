/**
 * The data's versions, `data/CHANGELOG.yml`, newest first: each with its semver version, its date, what
 * changed (ja and en), the status counts of all values at that version and a hash of its CSVs. The newest
 * entry gives datapackage.json its `version` and `created` date; the site shows them on every dataset page
 * and the whole list on the changelog page. Bump rules (README): patch for a correction, minor for new values
 * or datasets, major for a changed column.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { isIsoDate } from './contract.ts';
import { PipelineError, STATUSES, type Status } from './types.ts';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/**
 * One value that changed in a version (recorded by the pipeline by comparing the new data with the last
 * published version): its dataset, its row key (the CSV's primary key, `:field` for a secondary value), the
 * value and status before and after (an empty value is missing).
 */
const ValueChangeSchema = z
  .object({
    dataset: z.string().min(1),
    key: z.string().min(1),
    old: z.string(),
    new: z.string(),
    old_status: z.enum(STATUSES as [Status, ...Status[]]),
    new_status: z.enum(STATUSES as [Status, ...Status[]]),
  })
  .strict();
export type ValueChangeRecord = z.infer<typeof ValueChangeSchema>;

export const ReleaseEntrySchema = z
  .object({
    version: z.string().regex(SEMVER, 'version is MAJOR.MINOR.PATCH, such as 1.2.0'),
    date: z.string().refine(isIsoDate, 'date is a valid YYYY-MM-DD'),
    /** sha256 over the published CSVs (name and bytes, in name order): what this version is. */
    data_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'data_sha256 is 64 lower-case hex digits'),
    /** How many values of all datasets had each status at this version. */
    counts: z.object(Object.fromEntries(STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<Status, z.ZodNumber>).strict(),
    changes: z.array(z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict()).min(1, 'changes lists at least one change'),
    /** The values that changed from the previous version (absent in versions before they were recorded). */
    values: z.array(ValueChangeSchema).optional(),
  })
  .strict();
export type ReleaseEntry = z.infer<typeof ReleaseEntrySchema>;

const semverParts = (v: string) => v.split('.').map(Number) as [number, number, number];
export function compareVersions(a: string, b: string): number {
  const [x, y] = [semverParts(a), semverParts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** The entries of a changelog, checked: newest first, versions strictly decreasing, dates not increasing. */
export function parseChangelog(text: string, file: string): ReleaseEntry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    throw new PipelineError(file, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = z.array(ReleaseEntrySchema).min(1, 'lists at least one version').safeParse(data);
  if (!parsed.success)
    throw new PipelineError(file, parsed.error.issues.map((i) => `${i.path.join('.') || 'top'}: ${i.message}`).join('; '));
  const entries = parsed.data;
  for (let i = 1; i < entries.length; i++) {
    const [newer, older] = [entries[i - 1]!, entries[i]!];
    if (compareVersions(newer.version, older.version) <= 0)
      throw new PipelineError(file, `${newer.version} is listed above ${older.version}: the newest version comes first`);
    if (newer.date < older.date)
      throw new PipelineError(file, `${newer.version} (${newer.date}) is dated before ${older.version} (${older.date})`);
  }
  return entries;
}

/** The hash a version's data is known by: sha256 over each CSV's name and bytes, in name order. */
export function dataHash(files: ReadonlyMap<string, string>, sha256: (bytes: Uint8Array) => string): string {
  const csvs = [...files.keys()].filter((f) => f.endsWith('.csv')).sort();
  const parts = csvs.map((f) => `${f}\n${sha256(new TextEncoder().encode(files.get(f)!))}\n`);
  return sha256(new TextEncoder().encode(parts.join('')));
}
