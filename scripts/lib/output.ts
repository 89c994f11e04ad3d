/**
 * The pipeline's output folder, which it owns and replaces atomically.
 *
 *   data/clean                → .clean.versions/v-<hash>   a symbolic link; one rename() replaces it
 *   data/.clean.versions/     complete sets of outputs, each named by the hash of its files, each with a
 *                             marker (.mhlw-pipeline.json: the tool, the data contract's version, the
 *                             sha256 of every file); a set is written under .tmp-<pid>-… and renamed
 *                             into place only once whole
 *   data/.clean.lock          held by the run that is writing (its pid); a second run fails at once
 *
 * At every instant `data/clean` resolves to a complete set: the previous one until the link is replaced,
 * the new one after. A killed run leaves at most a .tmp- folder, a spare version and a stale lock, which the
 * next run removes. The pipeline deletes only what it made: a path it does not own (a file, a foreign or
 * non-empty folder, a link it did not make, a folder holding its inputs) is refused before anything is
 * touched.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  rmdirSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PipelineError } from '../../src/pipeline/types.ts';

export const TOOL = 'mhlw-survey-charts data pipeline';
/** The version of the data contract (the columns of data/clean): bumped when a column changes. */
export const CONTRACT_VERSION = 1;
export const MARKER = '.mhlw-pipeline.json';

interface Marker {
  tool: string;
  contract: number;
  /** The sha256 of each file of a set (absent on the versions folder's own marker). */
  files?: Record<string, string>;
}

const fail = (reason: string) => new PipelineError('OUT', reason);

/**
 * The steps of a run where a kill is tested (test/cli/kill.test.ts): with MHLW_PIPELINE_KILL_AT set to one of
 * them, the process kills itself there (SIGKILL: no cleanup runs), so that every window is covered.
 */
export type KillPoint = 'locked' | 'files-written' | 'staged' | 'link-made' | 'published';
function killPoint(step: KillPoint): void {
  if (process.env.MHLW_PIPELINE_KILL_AT === step) process.kill(process.pid, 'SIGKILL');
}

export interface OutputPaths {
  /** The path readers use (a link to the current set). */
  out: string;
  versions: string;
  lock: string;
}

export function outputPaths(out: string): OutputPaths {
  const abs = resolve(out);
  const parent = dirname(abs);
  const name = basename(abs);
  return { out: abs, versions: join(parent, `.${name}.versions`), lock: join(parent, `.${name}.lock`) };
}

function readMarker(dir: string): Marker | null {
  try {
    const m = JSON.parse(readFileSync(join(dir, MARKER), 'utf8')) as Marker;
    return m.tool === TOOL ? m : null;
  } catch {
    return null;
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The set a link points to, when the link is one this pipeline made (into its versions folder, a marked set). */
function ownedTarget(paths: OutputPaths): string | null {
  const target = resolve(dirname(paths.out), readlinkSync(paths.out));
  if (dirname(target) !== paths.versions || !/^v-[0-9a-f]+$/.test(basename(target))) return null;
  return readMarker(target)?.files ? target : null;
}

/**
 * Refuses an output path the pipeline does not own, before anything is touched: it must not exist, be an
 * empty folder, or be a link this pipeline made; it may neither hold nor sit inside an input folder.
 */
export function checkOwnership(paths: OutputPaths, inputs: { name: string; path: string }[]): void {
  const out = realOrResolved(paths.out);
  for (const input of inputs) {
    const p = realOrResolved(input.path);
    if (inside(p, paths.out) || inside(p, out))
      throw fail(`${paths.out} holds the ${input.name} folder (${input.path}); the output must be a folder of its own`);
    if (inside(paths.out, p))
      throw fail(`${paths.out} is inside the ${input.name} folder (${input.path}); the pipeline would read its own outputs`);
  }
  const st = lstatOrNull(paths.out);
  if (st) {
    if (st.isSymbolicLink()) {
      if (!ownedTarget(paths))
        throw fail(
          `${paths.out} is a symbolic link (to ${readlinkSync(paths.out)}) that this pipeline did not make; it replaces only its own links`,
        );
    } else if (st.isDirectory()) {
      if (readdirSync(paths.out).length > 0) {
        throw fail(
          `${paths.out} is a folder with files that this pipeline did not make; it writes only to a new or empty folder, or to one it made (choose another --out, or empty it yourself)`,
        );
      }
    } else {
      throw fail(`${paths.out} is a file, not a folder; the pipeline writes to a folder it owns`);
    }
  }
  const v = lstatOrNull(paths.versions);
  if (v && (!v.isDirectory() || !readMarker(paths.versions)))
    throw fail(`${paths.versions} exists but was not made by this pipeline; remove it yourself or choose another --out`);
  const l = lstatOrNull(paths.lock);
  if (l && !l.isFile()) throw fail(`${paths.lock} exists and is not a lock file; remove it yourself`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of an output path, or fails at once naming the run that holds it. Returns the release. */
export function acquireLock(paths: OutputPaths): () => void {
  mkdirSync(dirname(paths.lock), { recursive: true });
  const me = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const tmp = `${paths.lock}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${JSON.stringify(me)}\n`);
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        linkSync(tmp, paths.lock); // fails if the lock exists: only one run gets it
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
        let holder: { pid?: number; host?: string; started?: string } = {};
        try {
          holder = JSON.parse(readFileSync(paths.lock, 'utf8'));
        } catch {
          /* unreadable: treated as stale below */
        }
        if (holder.pid && holder.host === me.host && alive(holder.pid)) {
          throw fail(
            `another run (pid ${holder.pid}, started ${holder.started}) is writing ${paths.out}; wait for it to end (if no such run exists, remove ${paths.lock})`,
          );
        }
        // The run that held it is gone (killed): take the lock over. Renaming it away first means only one
        // of two runs doing this at once succeeds.
        const stale = `${paths.lock}.stale.${process.pid}`;
        try {
          renameSync(paths.lock, stale);
          unlinkSync(stale);
        } catch {
          /* another run took it over first: the next link attempt fails and reports it */
        }
      }
    }
  } finally {
    unlinkSync(tmp);
  }
  return () => {
    try {
      const holder = JSON.parse(readFileSync(paths.lock, 'utf8'));
      if (holder.pid === process.pid) unlinkSync(paths.lock);
    } catch {
      /* already gone */
    }
  };
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes what killed runs left (half-written sets, spare versions, link files); keeps the current set and `keep`. */
export function cleanLeftovers(paths: OutputPaths, keep: string[] = []): string[] {
  const removed: string[] = [];
  const current = lstatOrNull(paths.out)?.isSymbolicLink() ? ownedTarget(paths) : null;
  if (existsSync(paths.versions)) {
    for (const name of readdirSync(paths.versions)) {
      const p = join(paths.versions, name);
      if ((/^\.tmp-/.test(name) || /^v-[0-9a-f]+$/.test(name)) && p !== current && !keep.includes(p)) {
        rmSync(p, { recursive: true, force: true });
        removed.push(p);
      }
    }
  }
  const parent = dirname(paths.out);
  const link = new RegExp(`^\\.${basename(paths.out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.link-\\d+$`);
  for (const name of readdirSync(parent)) {
    if (link.test(name)) {
      rmSync(join(parent, name), { force: true });
      removed.push(join(parent, name));
    }
  }
  return removed;
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Writes a complete set of outputs as a new version (or finds the identical one); returns its folder. */
export function stageVersion(paths: OutputPaths, files: ReadonlyMap<string, string>): string {
  if (!existsSync(paths.versions)) {
    mkdirSync(paths.versions, { recursive: true });
    writeFileSync(
      join(paths.versions, MARKER),
      `${JSON.stringify({ tool: TOOL, contract: CONTRACT_VERSION } satisfies Marker, null, 2)}\n`,
    );
  }
  const names = [...files.keys()].sort();
  const hashes = Object.fromEntries(names.map((n) => [n, sha256(files.get(n)!)]));
  const id = sha256(JSON.stringify({ contract: CONTRACT_VERSION, files: hashes })).slice(0, 16);
  const final = join(paths.versions, `v-${id}`);
  if (readMarker(final)?.files) return final;
  rmSync(final, { recursive: true, force: true });
  const tmp = join(paths.versions, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  mkdirSync(tmp);
  for (const n of names) {
    if (n.includes('/') || n.includes(sep) || n.startsWith('.')) throw new Error(`not an output file name: ${n}`);
    writeFileSync(join(tmp, n), files.get(n)!);
    fsyncPath(join(tmp, n));
  }
  // The marker is written last: a set with a marker is whole.
  writeFileSync(
    join(tmp, MARKER),
    `${JSON.stringify({ tool: TOOL, contract: CONTRACT_VERSION, files: hashes } satisfies Marker, null, 2)}\n`,
  );
  fsyncPath(join(tmp, MARKER));
  fsyncPath(tmp);
  killPoint('files-written');
  renameSync(tmp, final);
  fsyncPath(paths.versions);
  killPoint('staged');
  return final;
}

/** Points the output path at a staged version with one rename(), then removes what is no longer used. */
export function publishVersion(paths: OutputPaths, version: string): void {
  const parent = dirname(paths.out);
  const link = join(parent, `.${basename(paths.out)}.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(relative(parent, version), link);
  killPoint('link-made');
  const st = lstatOrNull(paths.out);
  // An empty folder (checked by checkOwnership) is removed first: nothing is lost if a kill comes between.
  if (st?.isDirectory()) rmdirSync(paths.out);
  renameSync(link, paths.out);
  fsyncPath(parent);
  killPoint('published');
  cleanLeftovers(paths);
}

/** Whether a folder holds exactly the complete set its marker lists (for tests and for readers who check). */
export function isCompleteSet(dir: string): boolean {
  const m = readMarker(dir);
  if (!m?.files) return false;
  const names = readdirSync(dir)
    .filter((n) => n !== MARKER)
    .sort();
  if (names.join('\n') !== Object.keys(m.files).sort().join('\n')) return false;
  return names.every((n) => sha256(readFileSync(join(dir, n))) === m.files![n]);
}

/** Opens an output path for a run: checks ownership, takes the lock, removes leftovers of killed runs. */
export function openOutput(out: string, inputs: { name: string; path: string }[]) {
  const paths = outputPaths(out);
  checkOwnership(paths, inputs);
  mkdirSync(dirname(paths.out), { recursive: true });
  const release = acquireLock(paths);
  killPoint('locked');
  try {
    cleanLeftovers(paths);
  } catch (e) {
    release();
    throw e;
  }
  return {
    paths,
    stage: (files: ReadonlyMap<string, string>) => stageVersion(paths, files),
    publish: (version: string) => publishVersion(paths, version),
    /** Removes a staged version that was not published (e.g. the site build failed on it). */
    discard: (version: string) => cleanLeftovers(paths, []).includes(version),
    release,
  };
}
