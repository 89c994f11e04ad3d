/**
 * The whole pipeline as one pure function: raw documents + the register + corrections + supplements →
 * the files of data/clean (a CSV per dataset, datapackage.json, quality.json). It knows no dataset by name:
 * the table readers and the checks between them are passed in (src/datasets/readers.ts). No I/O here:
 * scripts/build-data.ts reads the inputs and writes the outputs.
 */
import { createHash } from 'node:crypto';
import { toCsv } from './contract.ts';
import { buildDatapackage } from './datapackage.ts';
import { emptyDataset, mergeDatasets, type Dataset } from './dataset.ts';
import { readDocument, receivedLines } from './decode.ts';
import { eraOfDate } from './eras.ts';
import { parseEvents } from './events.ts';
import { secondCopy } from './printed-twice.ts';
import { applyCorrections, applySupplements, parseCorrections, parseSupplements } from './fixes.ts';
import type { AnyTableReader, CrossCheck, TableReader } from './reader.ts';
import { registerLine, type Register } from './register.ts';
import { countStatuses } from './status-counts.ts';
import { documentText, documentTextFile } from './published.ts';
import { type Quality } from './quality.ts';
import type { ReleaseEntry } from './release.ts';
import { PipelineError, PipelineErrors } from './types.ts';

export interface InputFile {
  /** A name for messages and ids: the file's name (or path). */
  file: string;
  bytes: Uint8Array;
}

export interface TextFile {
  file: string;
  text: string;
}

export interface PipelineInput {
  /** The documents of the raw folder (its regular .txt files). */
  documents: InputFile[];
  /** The register, required: every document listed once, with its sha256 and the tables it holds. */
  register: Register;
  /** The register's file name, for messages. */
  registerFile: string;
  /** Keyed by dataset id (the file name without extension). */
  corrections: Map<string, TextFile>;
  supplements: Map<string, TextFile>;
  /**
   * The data's versions, newest first (data/CHANGELOG.yml): published as changelog.json, the newest gives
   * datapackage.json its version and date; none for fixtures and trials.
   */
  changelog?: ReleaseEntry[];
  /** Events marked on the charts of their datasets, each stated by a cited source (data/events.yml): published as events.json. */
  events?: TextFile;
}

/** The datasets the pipeline knows: their readers, in output order, and the checks between them. */
export interface Catalogue {
  readers: readonly AnyTableReader[];
  crossChecks: readonly CrossCheck[];
}

export interface PipelineOutput {
  files: Map<string, string>;
  quality: Quality;
  datasets: Map<string, Dataset>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const baseName = (file: string) => file.split(/[\\/]/).pop()!;

/** Every document listed once with matching bytes, nothing unlisted, no copy under two names, known tables. */
function checkRegister(input: PipelineInput, known: ReadonlySet<string>): PipelineError[] {
  const errors: PipelineError[] = [];
  const listed = new Map(input.register.documents.map((d) => [d.file, d]));
  const seen = new Map<string, string>();
  for (const f of input.documents) {
    const hash = sha256(f.bytes);
    const twin = seen.get(hash);
    if (twin)
      errors.push(new PipelineError(f.file, `the same bytes as ${twin} (sha256 ${hash}): a document is registered once, under one name`));
    seen.set(hash, f.file);
    const entry = listed.get(baseName(f.file));
    if (!entry) {
      errors.push(
        new PipelineError(
          f.file,
          `not in ${input.registerFile}; to register it, add to its documents (and fill in every field): ${registerLine(baseName(f.file), hash)}`,
        ),
      );
    } else if (entry.sha256 !== hash) {
      errors.push(
        new PipelineError(
          f.file,
          `sha256 ${hash} differs from the one in ${input.registerFile} (${entry.sha256}): raw documents are kept exactly as received`,
        ),
      );
    }
  }
  const present = new Set(input.documents.map((f) => baseName(f.file)));
  for (const d of input.register.documents) {
    if (!present.has(d.file))
      errors.push(new PipelineError(input.registerFile, `lists ${d.file} (${d.id}), which is not in the raw folder`));
    for (const t of d.tables) {
      if (!known.has(t))
        errors.push(
          new PipelineError(
            input.registerFile,
            `${d.id} declares the table ${t}, which no dataset reads (the datasets: ${[...known].join(', ')})`,
          ),
        );
    }
  }
  return errors;
}

export function runPipeline(input: PipelineInput, catalogue: Catalogue): PipelineOutput {
  if (input.documents.length === 0) throw new PipelineError('RAW', 'no .txt documents to read');
  const readers = catalogue.readers as readonly TableReader<unknown>[];
  const readerOf = new Map(readers.map((r) => [r.spec.id, r]));
  const registerErrors = checkRegister(input, new Set(readerOf.keys()));
  if (registerErrors.length) throw new PipelineErrors(registerErrors);
  const events = input.events ? parseEvents(input.events.text, input.events.file, [...readerOf.keys()]) : [];

  const docs = [...input.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const parts = new Map<string, Dataset[]>(readers.map((r) => [r.spec.id, []]));
  const quality: Quality = { documents: [], datasets: {}, checks: [], fragments: [], label_repairs: [], notes: {}, skipped_fixes: [] };
  const tableErrors: PipelineError[] = [];
  /** Each document's text as the source viewer prints it, published beside the data. */
  const texts = new Map<string, string>();

  for (const f of docs) {
    const doc = readDocument(f.bytes, f.file);
    const entry = input.register.documents.find((d) => d.file === doc.file)!;
    doc.id = entry.id;
    const tables: string[] = [];
    for (const reader of readers) {
      const id = reader.spec.id;
      let found;
      try {
        found = reader.extract(doc, { era: eraOfDate(entry.date) });
      } catch (err) {
        throw new PipelineError(f.file, `could not read the ${id} table: ${(err as Error).message}`);
      }
      const declared = entry.tables.includes(id);
      if (!found) {
        if (declared)
          tableErrors.push(
            new PipelineError(
              f.file,
              `${input.registerFile} declares the table ${id}, but the document does not hold it (its heading was not found)`,
            ),
          );
        continue;
      }
      if (!declared) {
        tableErrors.push(
          new PipelineError(
            f.file,
            `holds the table ${id}, which ${input.registerFile} does not declare for it: add "${id}" to its tables`,
          ),
        );
        continue;
      }
      if (found.problems.length) tableErrors.push(new PipelineError(f.file, `the ${id} table is not whole: ${found.problems.join('; ')}`));
      const twice = secondCopy(doc, (d) => reader.extract(d, { era: eraOfDate(entry.date) }), found);
      if (twice)
        tableErrors.push(
          new PipelineError(
            f.file,
            `the ${id} table appears twice (lines ${twice.first} and ${twice.second}); a document holds each table once: register each copy as a document of its own`,
          ),
        );
      parts.get(id)!.push(found.dataset);
      tables.push(id);
    }
    quality.documents.push({ id: doc.id, file: doc.file, lines: doc.lines.length, tables });
    texts.set(documentTextFile(doc.id), documentText(receivedLines(f.bytes, f.file)));
  }
  if (tableErrors.length) throw new PipelineErrors(tableErrors);

  const datasets = new Map<string, Dataset>();
  for (const [id, list] of parts) if (list.length) datasets.set(id, mergeDatasets(id, list));
  const docIds = new Set(quality.documents.map((d) => d.id));
  const fixedDataset = (id: string, file: TextFile, kind: string) => {
    const reader = readerOf.get(id);
    if (!reader)
      throw new PipelineError(
        file.file,
        `no dataset is named ${id} (a ${kind} file is named by its dataset: ${[...readerOf.keys()].join(', ')})`,
      );
    return reader.spec;
  };

  for (const [id, file] of input.corrections) {
    const all = parseCorrections(file.text, file.file, fixedDataset(id, file, 'corrections'));
    const ds = datasets.get(id);
    const applicable = all.filter((c) => {
      const inRun = c.match.source_doc === undefined || docIds.has(String(c.match.source_doc));
      if (!inRun || !ds) {
        const why = ds ? 'its document is not in this run' : `no document of this run has ${id}`;
        quality.skipped_fixes.push({
          file: `corrections/${baseName(file.file)}`,
          reason: `correction for ${JSON.stringify(c.match)} not applied: ${why}`,
        });
      }
      return inRun && ds;
    });
    if (ds) applyCorrections(ds, applicable, file.file);
  }
  for (const [id, file] of input.supplements) {
    const all = parseSupplements(file.text, file.file, fixedDataset(id, file, 'supplements'));
    const rowFor = readerOf.get(id)!.rowFor;
    // a dataset no document holds has what its sources state
    if (rowFor && !datasets.has(id)) datasets.set(id, emptyDataset(id));
    const ds = datasets.get(id);
    if (!ds) {
      if (all.length)
        quality.skipped_fixes.push({
          file: `supplements/${baseName(file.file)}`,
          reason: `${all.length} supplements not applied: no document of this run has ${id}`,
        });
      continue;
    }
    applySupplements(ds, all, file.file, rowFor);
  }

  for (const reader of readers) {
    const ds = datasets.get(reader.spec.id);
    if (ds && reader.checks) quality.checks.push(...reader.checks(ds));
  }
  for (const check of catalogue.crossChecks) quality.checks.push(...check.run(datasets));

  const files = new Map<string, string>();
  for (const { spec } of readers) {
    const ds = datasets.get(spec.id);
    if (!ds) continue;
    files.set(`${spec.id}.csv`, toCsv(spec, ds.rows));
    quality.datasets[spec.id] = { rows: ds.rows.length, statuses: countStatuses(ds, spec.primary) };
    quality.fragments.push(...ds.fragments);
    quality.label_repairs.push(...ds.labelRepairs);
    quality.notes[spec.id] = ds.notes;
  }
  const specs = readers.map((r) => r.spec).filter((s) => datasets.has(s.id));
  const read = new Set(quality.documents.map((d) => d.id));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  files.set('quality.json', json(quality));
  files.set('documents.json', json(input.register.documents.filter((d) => read.has(d.id))));
  files.set('changelog.json', json(input.changelog ?? []));
  files.set('events.json', json(events));
  for (const [name, text] of texts) files.set(name, text);
  files.set('datapackage.json', json(buildDatapackage(specs, datasets, input.register, quality, input.changelog?.[0])));
  return { files, quality, datasets };
}

/** The short table printed at the end of a run. */
export function summarize(q: Quality): string {
  const head = ['dataset', 'field', 'read', 'repaired', 'corrected', 'sourced', 'missing'];
  const rows: string[][] = [];
  for (const [id, d] of Object.entries(q.datasets)) {
    for (const [field, c] of Object.entries(d.statuses))
      rows.push([id, field, ...[c.read, c.repaired, c.corrected, c.sourced, c.missing].map(String)]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const count = (r: string) => q.checks.filter((c) => c.result === r).length;
  return [
    fmt(head),
    ...rows.map(fmt),
    '',
    `checks: ${count('pass')} pass, ${count('fail')} fail, ${count('incomplete')} incomplete; ${q.fragments.length} unplaced fragments, ${q.label_repairs.length} label repairs`,
    ...q.checks.filter((c) => c.result !== 'pass').map((c) => `  ${c.result.padEnd(10)} ${c.id}: ${c.detail}`),
  ].join('\n');
}
