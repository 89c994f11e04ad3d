/**
 * The whole pipeline as one pure function: raw documents + sources.json + corrections + supplements →
 * the files of data/clean (CSV per dataset, datapackage.json, quality.json) and a printed summary.
 * No I/O here: scripts/build-data.ts reads the inputs and writes the outputs.
 */
import { createHash } from 'node:crypto';
import { SPECS, specOf, toCsv } from './contract.ts';
import { buildDatapackage } from './datapackage.ts';
import { mergeDatasets, type Dataset } from './dataset.ts';
import { ERAS, eraOfDate, type Era } from './eras.ts';
import { applyCorrections, applySupplements, parseCorrections, parseSupplements } from './fixes.ts';
import type { SourceMeta, Sources } from './sources.ts';
import { extractClinicalLabs } from './tables/clinical-labs.ts';
import { extractOutsourcing } from './tables/outsourcing.ts';
import { extractFacility } from './tables/price-agreement-facility.ts';
import { extractOwner } from './tables/price-agreement-owner.ts';
import { extractClinicalResearchCases } from './tables/clinical-research-cases.ts';
import { readDocument } from './decode.ts';
import { countStatuses, runChecks, type Check, type StatusCounts } from './validate.ts';
import { PipelineError, type SourceDocument } from './types.ts';

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
  documents: InputFile[];
  sources: Sources | null;
  /** Keyed by dataset id (the file name without extension). */
  corrections: Map<string, TextFile>;
  supplements: Map<string, TextFile>;
}

export interface Quality {
  /** Per document: what it holds. (Not its encoding or hash: the same text in any encoding gives the same outputs.) */
  documents: { id: string; file: string; lines: number; tables: string[] }[];
  datasets: Record<string, { rows: number; statuses: Record<string, StatusCounts> }>;
  checks: Check[];
  fragments: Dataset['fragments'];
  label_repairs: Dataset['labelRepairs'];
  notes: Record<string, Dataset['notes']>;
  skipped_fixes: { file: string; reason: string }[];
}

export interface PipelineOutput {
  files: Map<string, string>;
  quality: Quality;
  datasets: Map<string, Dataset>;
}

const EXTRACTORS: { id: string; run: (doc: SourceDocument, era: Era) => Dataset | null }[] = [
  { id: 'outsourcing-rates', run: (d) => extractOutsourcing(d) },
  { id: 'clinical-labs-totals', run: (d, era) => extractClinicalLabs(d, era) },
  { id: 'price-agreement-by-facility', run: (d) => extractFacility(d) },
  { id: 'price-agreement-by-owner', run: (d) => extractOwner(d) },
  { id: 'clinical-research-cases', run: (d) => extractClinicalResearchCases(d) },
];

/** Years printed without an era (`19.1.1`) are in the era of the document's date, or else the era it names most. */
function documentEra(doc: SourceDocument, meta: SourceMeta | undefined): Era {
  if (meta) return eraOfDate(meta.date);
  const text = doc.lines.join('\n');
  let best: Era = ERAS[ERAS.length - 1]!;
  let most = -1;
  for (const era of ERAS) {
    const n = text.split(era.name).length - 1;
    if (n > most) [best, most] = [era, n];
  }
  return best;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function runPipeline(input: PipelineInput): PipelineOutput {
  if (input.documents.length === 0) throw new PipelineError('(raw folder)', 'no .txt documents to read');
  const docs = [...input.documents].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const parts = new Map<string, Dataset[]>(EXTRACTORS.map((e) => [e.id, []]));
  const quality: Quality = { documents: [], datasets: {}, checks: [], fragments: [], label_repairs: [], notes: {}, skipped_fixes: [] };

  for (const f of docs) {
    const doc = readDocument(f.bytes, f.file);
    const hash = sha256(f.bytes);
    const meta = input.sources?.documents.find((d) => d.file === doc.file);
    if (meta && meta.sha256 !== hash) {
      throw new PipelineError(f.file, `sha256 ${hash} differs from the one in sources.json (${meta.sha256}): raw documents are kept exactly as received`);
    }
    if (meta) doc.id = meta.id;
    const era = documentEra(doc, meta);
    const tables: string[] = [];
    for (const e of EXTRACTORS) {
      let ds: Dataset | null;
      try {
        ds = e.run(doc, era);
      } catch (err) {
        throw new PipelineError(f.file, `could not read the ${e.id} table: ${(err as Error).message}`);
      }
      if (ds) {
        parts.get(e.id)!.push(ds);
        tables.push(e.id);
      }
    }
    quality.documents.push({ id: doc.id, file: doc.file, lines: doc.lines.length, tables });
  }

  const datasets = new Map<string, Dataset>();
  for (const [id, list] of parts) if (list.length) datasets.set(id, mergeDatasets(id, list));
  const docIds = new Set(quality.documents.map((d) => d.id));

  for (const [id, file] of input.corrections) {
    specOf(id);
    const all = parseCorrections(file.text, file.file);
    const ds = datasets.get(id);
    const applicable = all.filter((c) => {
      const inRun = c.match.source_doc === undefined || docIds.has(String(c.match.source_doc));
      if (!inRun || !ds) quality.skipped_fixes.push({ file: file.file, reason: `correction for ${JSON.stringify(c.match)} not applied: ${ds ? 'its document is not in this run' : `no document of this run has ${id}`}` });
      return inRun && ds;
    });
    if (ds) applyCorrections(ds, applicable, file.file);
  }
  for (const [id, file] of input.supplements) {
    specOf(id);
    const all = parseSupplements(file.text, file.file);
    const ds = datasets.get(id);
    if (!ds) {
      if (all.length) quality.skipped_fixes.push({ file: file.file, reason: `${all.length} supplements not applied: no document of this run has ${id}` });
      continue;
    }
    applySupplements(ds, all, file.file);
  }

  quality.checks = runChecks(datasets);
  const files = new Map<string, string>();
  for (const spec of SPECS) {
    const ds = datasets.get(spec.id);
    if (!ds) continue;
    files.set(`${spec.id}.csv`, toCsv(spec, ds.rows));
    quality.datasets[spec.id] = { rows: ds.rows.length, statuses: countStatuses(ds, spec.primary) };
    quality.fragments.push(...ds.fragments);
    quality.label_repairs.push(...ds.labelRepairs);
    quality.notes[spec.id] = ds.notes;
  }
  files.set('datapackage.json', `${JSON.stringify(buildDatapackage(datasets, input.sources, quality), null, 2)}\n`);
  files.set('quality.json', `${JSON.stringify(quality, null, 2)}\n`);
  return { files, quality, datasets };
}

/** The short table printed at the end of a run. */
export function summarize(q: Quality): string {
  const head = ['dataset', 'field', 'read', 'repaired', 'corrected', 'sourced', 'missing'];
  const rows: string[][] = [];
  for (const [id, d] of Object.entries(q.datasets)) {
    for (const [field, c] of Object.entries(d.statuses)) rows.push([id, field, ...[c.read, c.repaired, c.corrected, c.sourced, c.missing].map(String)]);
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
