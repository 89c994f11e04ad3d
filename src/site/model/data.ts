/**
 * Build-time loading of data/clean, the only data the site reads (`DATA_DIR`, a documented build setting,
 * points elsewhere for a staged or fixture set): the CSVs, read with each dataset's contract, and the other
 * published files through their schemas (src/pipeline/published.ts), so a file that does not fit fails the
 * build naming it. Each file is read once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { READERS, type DatasetId, type SpecOf } from '../../datasets/readers.ts';
import { parseCsv, type SpecRow } from '../../pipeline/contract.ts';
import {
  ChangelogSchema,
  DatapackageSchema,
  EventsSchema,
  documentLines,
  DocumentsSchema,
  documentTextFile,
  readPublished,
  type ChartEvent,
  type Datapackage,
  type PublishedDocument,
  type TableResource,
} from '../../pipeline/published.ts';
import { QualitySchema, type Quality } from '../../pipeline/quality.ts';
import type { ReleaseEntry } from '../../pipeline/release.ts';

const DATA_DIR = resolve(process.env.DATA_DIR || join(process.cwd(), 'data', 'clean'));

const DATA_FILE = /^[a-z0-9-]+\.(csv|json|txt)$/;

function dataPath(file: string): string {
  if (!DATA_FILE.test(file)) throw new Error(`not a data file name: ${file}`);
  return join(DATA_DIR, file);
}

export function readDataFile(file: string): Buffer {
  return readFileSync(dataPath(file));
}

/** The published files of data/clean (CSVs, JSON and the documents' texts), sorted. */
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

const json = new Map<string, unknown>();
function loadJson<T>(file: string, read: (text: string, file: string) => T): T {
  if (!json.has(file)) json.set(file, read(readDataFile(file).toString('utf8'), file));
  return json.get(file) as T;
}

export function loadDatapackage(): Datapackage {
  return loadJson('datapackage.json', (text, file) => readPublished(DatapackageSchema, text, file));
}

/** The version of the data in this build and its date (YYYY-MM-DD), or null for unversioned data. */
export function dataRelease(): { version: string; date: string } | null {
  const p = loadDatapackage();
  return p.version && p.created ? { version: p.version, date: p.created.slice(0, 10) } : null;
}

/**
 * The versions of the data, newest first (changelog.json) — only when they describe the data of this build
 * (its newest version is the datapackage's); a build on other data shows none.
 */
export function loadChangelog(): ReleaseEntry[] {
  const release = dataRelease();
  const entries = loadJson('changelog.json', (text, file) => readPublished(ChangelogSchema, text, file));
  return release && entries[0]?.version === release.version ? entries : [];
}

/** The events marked on the charts of a dataset (events.json). */
export function eventsOf(dataset: string): ChartEvent[] {
  return loadJson('events.json', (text, file) => readPublished(EventsSchema, text, file)).filter((e) => e.datasets.includes(dataset));
}

/** The description of a dataset's CSV in the datapackage. */
export function resourceOf(id: string): TableResource | undefined {
  return loadDatapackage().resources.find((r): r is TableResource => r.name === id && r.profile === 'tabular-data-resource');
}

export function loadQuality(): Quality {
  return loadJson('quality.json', (text, file) => readPublished(QualitySchema, text, file));
}

export type SourceDoc = PublishedDocument;

/** The documents the data was read from (documents.json), in the register's order. */
export function loadSources(): SourceDoc[] {
  return loadJson('documents.json', (text, file) => readPublished(DocumentsSchema, text, file));
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

/** The lines of a document as received (its published text). */
export function loadDocumentLines(doc: SourceDoc): string[] {
  return documentLines(readDataFile(documentTextFile(doc.id)).toString('utf8'));
}
