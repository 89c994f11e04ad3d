/**
 * The pipeline's output folder (data/clean): a plain folder, committed, that the pipeline owns and replaces
 * whole. A run writes the new set into `.clean.new-<pid>` beside it, fsyncs it, and swaps it in by two renames
 * under the lock `.clean.lock` (./swap.ts: a run killed between the renames leaves the previous set whole in
 * `.clean.old`, which the next run puts back before anything else).
 *
 * Ownership: each set holds a marker, .mhlw-pipeline.json (the tool, the data contract's version, the sha256 of
 * every file; deterministic, so it is committed with the set). It is written first, so even a half-written
 * spare folder is known as the pipeline's. The pipeline replaces an output folder only when it is new, empty,
 * or holds exactly files its marker lists with those sha256; it refuses, before touching anything, a file, a
 * link, a folder with anything else, a folder holding or inside the raw/corrections/supplements inputs, and a
 * path inside a set or spare folder of its own (whatever the spelling: the real path is compared).
 *
 * Every file-system error names its path; a failed run removes its spare folder on the way out, or says where it
 * is when that fails too.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { PipelineError } from '../../src/pipeline/types.ts';
import { at, folderSwap, lstatOrNull, removeAfter, removeFolder, type SwapStep } from './swap.ts';

export const TOOL = 'mhlw-survey-charts data pipeline';
/** The version of the data contract (the columns of data/clean): bumped when a column changes. */
export const CONTRACT_VERSION = 2;
export const MARKER = '.mhlw-pipeline.json';

/** The steps of a run where the kill tests (test/cli/kill.test.ts) stop it, in order. */
export const KILL_POINTS = ['locked', 'writing', 'staged', 'old-aside', 'new-in-place', 'published'] as const;
export type KillPoint = (typeof KILL_POINTS)[number] | SwapStep;

/** What a caller may pass in: test hooks (a kill at a step, a failing writer or remover) and nothing else. */
export interface OutputHooks {
  kill?: (step: KillPoint) => void;
  writeFile?: (path: string, data: string) => void;
  remove?: (dir: string) => void;
}

const fail = (reason: string) => new PipelineError('OUT', reason);
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The path with every link of its existing part resolved (`data//clean/../clean/sub` and links alike). */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return dirname(abs) === abs ? abs : join(realPath(dirname(abs)), basename(abs));
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function readMarker(dir: string): { tool: string; files?: Record<string, string> } | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, MARKER), 'utf8'));
    return m?.tool === TOOL ? m : null;
  } catch {
    return null;
  }
}

/** Why a folder is not one the pipeline may replace (null: empty, or exactly a set its marker lists). */
function notOurs(dir: string): string | null {
  const names = readdirSync(dir).filter((n) => n !== MARKER);
  if (names.length === 0) return null;
  const files = readMarker(dir)?.files;
  if (!files)
    return `${dir} is a folder with files that this pipeline did not make; it writes only to a new or empty folder, or to one it made (choose another --out, or empty it yourself)`;
  for (const n of names) {
    const p = join(dir, n);
    if (!files[n] || !lstatSync(p).isFile())
      return `${p} was not made by this pipeline (its marker, ${MARKER}, does not list it); move it away or choose another --out`;
    if (sha256(readFileSync(p)) !== files[n])
      return `${p} was changed since this pipeline wrote it (its sha256 differs from the marker's); restore it (git checkout -- ${dir}) or remove the folder yourself`;
  }
  return null;
}

/** Refuses an output path the pipeline does not own, before anything is touched (see the top of this file). */
function checkOutput(out: string, inputs: { name: string; path: string }[]): void {
  const abs = resolve(out);
  const real = realPath(abs);
  const st = lstatOrNull(abs);
  if (st?.isSymbolicLink())
    throw fail(`${abs} is a symbolic link (to ${readlinkSync(abs)}); the pipeline writes to a folder of its own, not through a link`);
  for (const input of inputs) {
    const p = realPath(input.path);
    if (inside(p, real)) throw fail(`${abs} holds the ${input.name} folder (${input.path}); the output must be a folder of its own`);
    if (inside(real, p)) throw fail(`${abs} is inside the ${input.name} folder (${input.path}); the pipeline would read its own outputs`);
  }
  const spare = /^\.(.+)\.(old|new-\d+|lock)$/.exec(basename(real));
  for (let d = dirname(real); dirname(d) !== d; d = dirname(d))
    if (readMarker(d))
      throw fail(`${abs} is inside ${d}, a set of outputs of this pipeline; --out must be a folder of its own, outside it`);
  if (spare && (readMarker(real) || lstatOrNull(join(dirname(real), spare[1]!))))
    throw fail(
      `${abs} is a name this pipeline uses beside ${join(dirname(real), spare[1]!)} (its lock and spare folders); choose another --out`,
    );
  if (st && !st.isDirectory()) throw fail(`${abs} is a file, not a folder; the pipeline writes to a folder it owns`);
  const why = st ? notOurs(abs) : null;
  if (why) throw fail(why);
}

/** Whether a folder holds exactly the complete set its marker lists (for tests and for readers who check). */
export function isCompleteSet(dir: string): boolean {
  const files = readMarker(dir)?.files;
  if (!files) return false;
  const names = readdirSync(dir).filter((n) => n !== MARKER);
  if (names.sort().join('\n') !== Object.keys(files).sort().join('\n')) return false;
  return names.every((n) => sha256(readFileSync(join(dir, n))) === files[n]);
}

/** Writes a file and fsyncs it; `wx`: a spare folder is new, so a file already there is an error. */
function writeDurably(path: string, data: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Opens an output path for a run: checks ownership, takes the lock, recovers from killed runs. */
export function openOutput(out: string, inputs: { name: string; path: string }[], hooks: OutputHooks = {}) {
  const kill = hooks.kill ?? (() => {});
  const write = hooks.writeFile ?? writeDurably;
  const remove = hooks.remove ?? removeFolder;
  checkOutput(out, inputs);
  // Folders this pipeline made are the only ones recovery may remove: marked, or still empty.
  const swap = folderSwap(out, 'OUT', (d) => readMarker(d) !== null || readdirSync(d).length === 0);
  const release = swap.acquire();
  try {
    kill('locked');
    swap.recover();
  } catch (e) {
    release();
    throw e;
  }
  return {
    target: swap.target,
    /** Writes a complete set into the spare folder (the marker first); returns the folder. */
    stage(files: ReadonlyMap<string, string>): string {
      const dir = swap.staging;
      const names = [...files.keys()].sort();
      for (const n of names) if (!/^[^./\\][^/\\]*$/.test(n)) throw new Error(`not an output file name: ${n}`);
      const marker = { tool: TOOL, contract: CONTRACT_VERSION, files: Object.fromEntries(names.map((n) => [n, sha256(files.get(n)!)])) };
      try {
        at(dir, () => mkdirSync(dir));
        at(join(dir, MARKER), () => write(join(dir, MARKER), `${JSON.stringify(marker, null, 2)}\n`));
        names.forEach((n, i) => {
          at(join(dir, n), () => write(join(dir, n), files.get(n)!));
          if (i === 0) kill('writing');
        });
      } catch (e) {
        removeAfter(dir, e, remove);
      }
      kill('staged');
      return dir;
    },
    /** Swaps a staged set in for the output (two renames), then removes the previous set. */
    publish(dir: string): void {
      swap.swap(dir, kill);
      kill('published');
    },
    /** Removes a staged set that is not to be published (e.g. the site build failed on it). */
    discard(dir: string): void {
      at(dir, () => remove(dir));
    },
    release,
  };
}
