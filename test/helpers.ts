/** Helpers for tests: documents from text, fixtures, registers, and the pipeline run in memory on real inputs. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { CATALOGUE, READERS } from '../src/datasets/readers.ts';
import { readDocument } from '../src/pipeline/decode.ts';
import { eraOfDate } from '../src/pipeline/eras.ts';
import { parseChangelog } from '../src/pipeline/release.ts';
import { parseRegister, type Register } from '../src/pipeline/register.ts';
import { runPipeline, type PipelineOutput, type TextFile } from '../src/pipeline/run.ts';
import type { SourceDocument } from '../src/pipeline/types.ts';

export const ROOT = join(import.meta.dirname, '..');
export const SEED = join(ROOT, 'data/raw/mhlw-2011-keizaika-handout.txt');
export const CASES = join(ROOT, 'data/raw/mhlw-2019-clinical-research-act-cases.txt');

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
  const files = readdirSync(raw)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return runPipeline(
    {
      documents: files.map((f) => ({ file: `data/raw/${f}`, bytes: new Uint8Array(readFileSync(join(raw, f))) })),
      register: parseRegister(readFileSync(join(raw, 'sources.json'), 'utf8'), 'data/raw/sources.json'),
      registerFile: 'data/raw/sources.json',
      corrections: fixes('data/corrections', '.yml'),
      supplements: fixes('data/supplements', '.csv'),
      changelog: parseChangelog(readFileSync(join(ROOT, 'data/CHANGELOG.yml'), 'utf8'), 'data/CHANGELOG.yml'),
      events: { file: 'data/events.yml', text: readFileSync(join(ROOT, 'data/events.yml'), 'utf8') },
    },
    CATALOGUE,
  );
}

const bytesOf = (t: string | Uint8Array) => (typeof t === 'string' ? new TextEncoder().encode(t) : t);

/** The tables a document holds, as the extractors find them (for registers of test documents). */
function tablesIn(t: string | Uint8Array, file = 'doc.txt'): string[] {
  const doc = readDocument(bytesOf(t), file);
  return Object.values(READERS)
    .filter((d) => d.extract(doc, { era: eraOfDate('2011') }) !== null)
    .map((d) => d.spec.id);
}

/**
 * A register (sources.json) for test documents: each listed with its sha256, a test description, and the
 * tables given (by default, those its text holds).
 */
export function registerOf(texts: Record<string, string | Uint8Array>, tables?: Record<string, string[]>): Register {
  return {
    documents: Object.entries(texts).map(([file, t]) => {
      const base = file.split('/').pop()!;
      return {
        id: base.replace(/\.txt$/i, '').toLowerCase(),
        file: base,
        type_ja: 'テスト文書',
        type_en: 'test document',
        title_ja: `テスト文書 ${base}`,
        title_en: `Test document ${base}`,
        publisher_ja: 'テスト',
        publisher_en: 'Test',
        date: '2011',
        url: null,
        licence: 'test fixture',
        licence_ja: 'テスト用',
        licence_url: 'https://example.org/licence',
        sha256: createHash('sha256').update(bytesOf(t)).digest('hex'),
        tables: tables?.[file] ?? tablesIn(t, base),
      };
    }),
  };
}

/** The pipeline on given texts, with a register of them (declaring what they hold) and no fixes. */
export function runTexts(texts: Record<string, string | Uint8Array>, tables?: Record<string, string[]>): PipelineOutput {
  return runPipeline(
    {
      documents: Object.entries(texts).map(([file, t]) => ({ file, bytes: bytesOf(t) })),
      register: registerOf(texts, tables),
      registerFile: 'sources.json',
      corrections: new Map(),
      supplements: new Map(),
    },
    CATALOGUE,
  );
}

/** Parses a CSV of data/clean into records (simple: these CSVs quote only where needed). */

export function records(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
}
