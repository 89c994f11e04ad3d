/** Helpers for tests: documents from text, fixtures, and the pipeline run in memory on real inputs. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/pipeline/decode.ts';
import { runPipeline, type PipelineOutput, type TextFile } from '../src/pipeline/run.ts';
import { parseSources } from '../src/pipeline/sources.ts';
import type { SourceDocument } from '../src/pipeline/types.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SEED = join(ROOT, 'data/raw/mhlw-2011-keizaika-handout.txt');

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test/fixtures', name), 'utf8');
}

export function docOf(text: string, file = 'test-doc.txt'): SourceDocument {
  return readDocument(new TextEncoder().encode(text), file);
}

function fixes(dir: string, ext: string): Map<string, TextFile> {
  const out = new Map<string, TextFile>();
  for (const f of readdirSync(join(ROOT, dir)).sort()) {
    if (f.endsWith(ext)) out.set(f.slice(0, -ext.length), { file: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') });
  }
  return out;
}

/** The pipeline on data/raw with the project's corrections and supplements, as `npm run data` runs it. */
export function runProject(): PipelineOutput {
  const raw = join(ROOT, 'data/raw');
  const files = readdirSync(raw).filter((f) => f.endsWith('.txt')).sort();
  return runPipeline({
    documents: files.map((f) => ({ file: `data/raw/${f}`, bytes: new Uint8Array(readFileSync(join(raw, f))) })),
    sources: parseSources(readFileSync(join(raw, 'sources.json'), 'utf8'), 'data/raw/sources.json'),
    corrections: fixes('data/corrections', '.yml'),
    supplements: fixes('data/supplements', '.csv'),
  });
}

/** The pipeline on given texts, with no sources.json, corrections or supplements. */
export function runTexts(texts: Record<string, string | Uint8Array>): PipelineOutput {
  return runPipeline({
    documents: Object.entries(texts).map(([file, t]) => ({ file, bytes: typeof t === 'string' ? new TextEncoder().encode(t) : t })),
    sources: null,
    corrections: new Map(),
    supplements: new Map(),
  });
}

/** Parses a CSV of data/clean into records (simple: these CSVs quote only where needed). */
export { default as Papa } from 'papaparse';
import Papa from 'papaparse';
export function records(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}
