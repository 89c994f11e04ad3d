/**
 * Build-time loading of data/clean (the only data the site reads; `DATA_DIR` points elsewhere for fixture
 * builds) and of the raw documents for the source viewer. CSVs are read with each dataset's contract, so a
 * column that does not fit its spec fails the build with its file, row and reason. Each file is read once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { READERS, type DatasetId, type SpecOf } from '../../datasets/readers.ts';
import { parseCsv, type SpecRow } from '../../pipeline/contract.ts';
import { receivedLines } from '../../pipeline/decode.ts';
import { parseRegister, type RegisterEntry } from '../../pipeline/register.ts';
import { parseChangelog, type ReleaseEntry } from '../../pipeline/release.ts';
import type { Quality } from '../../pipeline/types.ts';

export const DATA_DIR = resolve(process.env.DATA_DIR || join(process.cwd(), 'data', 'clean'));
export const RAW_DIR = resolve(process.env.RAW_DIR || join(process.cwd(), 'data', 'raw'));

const DATA_FILE = /^[a-z0-9-]+\.(csv|json)$/;

export function dataPath(file: string): string {
  if (!DATA_FILE.test(file)) throw new Error(`not a data file name: ${file}`);
  return join(DATA_DIR, file);
}

export function readDataFile(file: string): Buffer {
  return readFileSync(dataPath(file));
}

/** The published files of data/clean (CSVs and JSON), sorted. */
export function dataFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((f) => DATA_FILE.test(f))
    .sort();
}

export function hasDataset(id: DatasetId): boolean {
  return existsSync(join(DATA_DIR, `${id}.csv`));
}

const rowsCache = new Map<string, unknown[]>();

/** The rows of a dataset's CSV, typed by its spec (empty when the build has no such CSV). */
export function loadRows<K extends DatasetId>(id: K): SpecRow<SpecOf<K>>[] {
  if (!rowsCache.has(id)) {
    const rows = hasDataset(id) ? parseCsv(READERS[id].spec.fields, readDataFile(`${id}.csv`).toString('utf8'), `${id}.csv`) : [];
    rowsCache.set(id, rows);
  }
  return rowsCache.get(id) as SpecRow<SpecOf<K>>[];
}

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
  /** The data's version and date (data/CHANGELOG.yml), when the run had one. */
  version?: string;
  created?: string;
  resources: Resource[];
  licenses: { name: string; path: string; title: string }[];
}

let datapackage: DataPackage | undefined;
export function loadDatapackage(): DataPackage {
  return (datapackage ??= JSON.parse(readDataFile('datapackage.json').toString('utf8')) as DataPackage);
}

/** The version of the data in this build and its date (YYYY-MM-DD), or null for unversioned data. */
export function dataRelease(): { version: string; date: string } | null {
  const p = loadDatapackage();
  return p.version && p.created ? { version: p.version, date: p.created.slice(0, 10) } : null;
}

export const CHANGELOG_FILE = resolve(process.env.CHANGELOG_FILE || join(process.cwd(), 'data', 'CHANGELOG.yml'));

let changelog: ReleaseEntry[] | undefined;
/**
 * The versions of the data, newest first (data/CHANGELOG.yml) — only when they describe the data of this
 * build (its newest version is the datapackage's); a build on other data shows none.
 */
export function loadChangelog(): ReleaseEntry[] {
  if (changelog) return changelog;
  const release = dataRelease();
  const entries = existsSync(CHANGELOG_FILE) ? parseChangelog(readFileSync(CHANGELOG_FILE, 'utf8'), CHANGELOG_FILE) : [];
  return (changelog = release && entries[0]?.version === release.version ? entries : []);
}

export function resourceOf(id: string): Resource | undefined {
  return loadDatapackage().resources.find((r) => r.name === id);
}

let quality: Quality | undefined;
export function loadQuality(): Quality {
  return (quality ??= JSON.parse(readDataFile('quality.json').toString('utf8')) as Quality);
}

export type SourceDoc = RegisterEntry;

let sources: SourceDoc[] | undefined;
/** The register of raw documents (data/raw/sources.json), in its order. */
export function loadSources(): SourceDoc[] {
  return (sources ??= parseRegister(readFileSync(join(RAW_DIR, 'sources.json'), 'utf8'), 'sources.json').documents);
}

/** The source documents a dataset was read from. */
export function sourcesOf(dataset: string): SourceDoc[] {
  const docs = new Set(
    loadQuality()
      .documents.filter((d) => d.tables.includes(dataset))
      .map((d) => d.id),
  );
  return loadSources().filter((s) => docs.has(s.id));
}

/** The lines of a raw document, decoded as the pipeline decodes it. */
export function loadDocumentLines(doc: SourceDoc): string[] {
  return receivedLines(new Uint8Array(readFileSync(join(RAW_DIR, doc.file))), doc.file);
}
