/**
 * One run of the data pipeline from the command line: open the output (ownership, lock, leftovers), read the
 * inputs (register, documents, fixes), run the pipeline, and stage the complete set of outputs as a new
 * version. The caller publishes it (`npm run data`) or builds the site on it first (`npm run build`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE } from '../../src/datasets/readers.ts';
import { dataHash, parseChangelog, type ReleaseEntry } from '../../src/pipeline/release.ts';
import { runPipeline, sha256, type PipelineOutput } from '../../src/pipeline/run.ts';
import { PipelineError, PipelineErrors } from '../../src/pipeline/types.ts';
import { valueChanges, valueChangesYaml } from '../../src/pipeline/value-changes.ts';
import { readFixFolder, readRawFolder } from './inputs.ts';
import { openOutput, type OutputHooks } from './output.ts';
import { fsFailure } from './swap.ts';

export interface DataRunOptions {
  raw: string;
  out: string;
  corrections: string;
  supplements: string;
  /** The data's versions (data/CHANGELOG.yml); without it datapackage.json has no version. */
  changelog?: string;
  /** Events marked on the charts (data/events.yml); without it none is. */
  events?: string;
  /** Test hooks for the output (a kill at a step, a failing writer), passed in by the script entries. */
  hooks?: OutputHooks;
}

export interface StagedRun {
  result: PipelineOutput;
  ms: number;
  documents: number;
  /** The staged version (a complete set) and the output it belongs to. */
  version: string;
  output: ReturnType<typeof openOutput>;
  /** Set when the data differ from the newest version of the changelog: what to add to it. */
  unversioned?: string;
}

/** The versions of a changelog file, newest first, or undefined without one. */
export function readChangelog(file: string | undefined): ReleaseEntry[] | undefined {
  if (!file) return undefined;
  if (!existsSync(file))
    throw new PipelineError(file, "no such file: the data's versions, newest first (see the README, 'Versions of the data')");
  return parseChangelog(readFileSync(file, 'utf8'), file);
}

/** A single input file's text, or `FILE: no such file` naming what it should hold. */
function readInputFile(file: string, what: string): string {
  if (!existsSync(file)) throw new PipelineError(file, `no such file: ${what}`);
  return readFileSync(file, 'utf8');
}

/** The CSVs of the last published data (the output folder as it is before the swap). */
function publishedCsvs(out: string): Map<string, string> {
  if (!existsSync(out)) return new Map();
  return new Map(
    readdirSync(out)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => [f, readFileSync(join(out, f), 'utf8')]),
  );
}

/** The values that changed from the last published data, as the new version's `values:` (empty when none). */
function changedValues(out: string, files: ReadonlyMap<string, string>): string {
  const changes = valueChanges(
    CATALOGUE.readers.map((r) => r.spec),
    publishedCsvs(out),
    files,
  );
  return changes.length ? ` and the values that changed from the published data:\n${valueChangesYaml(changes)}` : '';
}

/** Runs the pipeline and stages its outputs; the output stays locked until `output.release()`. */
export function stageDataRun(o: DataRunOptions): StagedRun {
  const output = openOutput(
    o.out,
    [
      { name: 'raw', path: o.raw },
      { name: 'corrections', path: o.corrections },
      { name: 'supplements', path: o.supplements },
    ],
    o.hooks,
  );
  try {
    const raw = readRawFolder(o.raw);
    const corrections = readFixFolder(o.corrections, '.yml', '--corrections');
    const supplements = readFixFolder(o.supplements, '.csv', '--supplements');
    const changelog = readChangelog(o.changelog);
    const events = o.events ? { file: o.events, text: readInputFile(o.events, 'the events marked on the charts') } : undefined;
    const release = changelog?.[0];
    const started = performance.now();
    const result = runPipeline({ ...raw, corrections, supplements, changelog, events }, CATALOGUE);
    const ms = performance.now() - started;
    const version = output.stage(result.files);
    const hash = dataHash(result.files, sha256);
    const unversioned =
      release && hash !== release.data_sha256
        ? `${o.changelog}: the data differ from version ${release.version}; add a version above it (patch for a correction, minor for new values or datasets, major for a changed column) with data_sha256: ${hash}${changedValues(o.out, result.files)}`
        : undefined;
    return { result, ms, documents: raw.documents.length, version, output, unversioned };
  } catch (e) {
    output.release();
    throw e;
  }
}

/** Every failure as one line per problem, `FILE: reason` (a stack trace only with --verbose). */
export function failureLines(e: unknown, verbose: boolean): string[] {
  if (e instanceof PipelineErrors) return e.errors.map((x) => x.message);
  if (e instanceof PipelineError) return [e.message];
  const fs = fsFailure(e);
  if (fs) return [fs.message, ...(verbose && (e as Error).stack ? [(e as Error).stack!] : [])];
  return [
    `error: ${(e as Error)?.message ?? String(e)}${verbose ? '' : ' (run with --verbose for the stack trace)'}`,
    ...(verbose && (e as Error)?.stack ? [(e as Error).stack!] : []),
  ];
}
