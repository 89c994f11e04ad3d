/**
 * Replacing a folder whole, by rename: data/clean by the pipeline (./output.ts), dist/ by the build. Beside a
 * folder T, in the same parent (a rename never crosses file systems):
 *
 *   .T.lock        the run that may replace T (pid and host): a second run fails at once; the lock of a run
 *                  that is gone (killed) is taken over
 *   .T.new-<pid>   the next version, written and fsynced in full before the swap
 *   .T.old         the previous version, during a swap only
 *
 * A swap is two renames, T → .T.old then .T.new-<pid> → T, then an fsync of the parent and the removal of
 * .T.old. Killed before the first rename, T is the previous version; after the second, the new one. Killed
 * between the two, T is absent and .T.old holds the previous version whole: `recover()`, which every run calls
 * under the lock before anything else, renames .T.old back to T, then removes what killed runs left (.T.new-*,
 * a .T.old beside a T). A reader finds T whole, or (for the instant between two renames) absent; never half.
 * (A reader of several files during a swap may get some of each set: `npm run build` reads the staged folder
 * itself, and a reader who must be sure checks the marker, `isCompleteSet` in ./output.ts.)
 */
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
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { PipelineError, PipelineErrors } from '../../src/pipeline/types.ts';

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'a folder where a file was expected',
  ENOTDIR: 'a file where a folder was expected',
  ELOOP: 'a loop of symbolic links',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EROFS: 'a read-only file system',
  EIO: 'an input/output error of the device',
  EEXIST: 'already exists',
  ENOTEMPTY: 'a folder that is not empty',
  EMFILE: 'too many open files',
  EBUSY: 'in use by another program',
};

/** A file-system error as `PATH: reason (CODE, syscall)`, or null for any other error. */
export function fsFailure(e: unknown): PipelineError | null {
  const err = e as NodeJS.ErrnoException;
  if (!err || typeof err.code !== 'string' || !(err.code in FS_REASONS || err.syscall)) return null;
  // Codes not listed keep the system's words ("EXDEV: cross-device link not permitted, rename …").
  const words = FS_REASONS[err.code] ?? /^\w+: ([^,]*)/.exec(err.message)?.[1] ?? 'a file-system error';
  const reason = `${words} (${err.code}${err.syscall ? `, ${err.syscall}` : ''})`;
  return new PipelineError(err.path ? resolve(err.path) : (err.syscall ?? 'file system'), reason);
}

/** Runs one file-system step; an error without a path (a write on a full disk has none) is given `path`. */
export function at<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err === 'object' && typeof err.code === 'string' && !err.path) err.path = path;
    throw e;
  }
}

/** Any error as `FILE: reason` lines. */
function asErrors(e: unknown): PipelineError[] {
  if (e instanceof PipelineErrors) return e.errors;
  if (e instanceof PipelineError) return [e];
  return [fsFailure(e) ?? new PipelineError('error', String((e as Error)?.message ?? e))];
}

/** Removes a spare folder after `cause`, then rethrows it; if the removal fails too, the error says where the leftover is. */
export function removeAfter(dir: string, cause: unknown, remove: (dir: string) => void = removeFolder): never {
  try {
    remove(dir);
  } catch (e) {
    const why = asErrors(e)[0]!.message;
    throw new PipelineErrors([
      ...asErrors(cause),
      new PipelineError(dir, `left behind: removing it failed (${why}); the next run removes it, or remove it yourself`),
    ]);
  }
  throw cause;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The path's lstat, or null when nothing is there. */
export function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The steps of a swap where a kill is tested (test/cli/kill.test.ts). */
export type SwapStep = 'old-aside' | 'new-in-place';

/** The swap of one folder: its spare names, its lock, recovery and the swap itself (see the top of this file). */
export function folderSwap(target: string, label: string, owns: (dir: string) => boolean = () => true) {
  const t = resolve(target);
  const parent = dirname(t);
  const name = basename(t);
  const lock = join(parent, `.${name}.lock`);
  const old = join(parent, `.${name}.old`);
  const fail = (reason: string) => new PipelineError(label, reason);
  /** .T.old and every .T.new-<pid>, found by name. */
  const spares = () =>
    readdirSync(parent)
      .filter((n) => n === `.${name}.old` || new RegExp(`^\\.${name.replace(/\W/g, '\\$&')}\\.new-\\d+$`).test(n))
      .map((n) => join(parent, n));

  /** Takes the lock, or fails at once naming the run that holds it; returns the release. */
  function acquire(): () => void {
    mkdirSync(parent, { recursive: true });
    const me = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
    const tmp = `${lock}.${process.pid}`;
    at(tmp, () => writeFileSync(tmp, `${JSON.stringify(me)}\n`));
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          linkSync(tmp, lock); // fails if the lock exists: only one run gets it, whole
          break;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw e;
          let holder: { pid?: number; host?: string; started?: string } = {};
          try {
            holder = JSON.parse(readFileSync(lock, 'utf8'));
          } catch {
            /* unreadable: treated as stale below */
          }
          if (holder.pid && holder.host === me.host && alive(holder.pid))
            throw fail(
              `another run (pid ${holder.pid}, started ${holder.started}) is writing ${t}; wait for it to end (if no such run exists, remove ${lock})`,
            );
          // Its run is gone: take the lock over. Renaming it away first means one of two runs doing this wins.
          try {
            renameSync(lock, `${lock}.stale.${process.pid}`);
            unlinkSync(`${lock}.stale.${process.pid}`);
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
        if (JSON.parse(readFileSync(lock, 'utf8')).pid === process.pid) unlinkSync(lock);
      } catch {
        /* already gone */
      }
    };
  }

  /** Under the lock: puts back a previous version a killed swap left aside, then removes every spare folder. */
  function recover(): void {
    const found = spares();
    const foreign = found.find((p) => !owns(p));
    if (foreign) throw fail(`${foreign} has the name of a spare folder of ${t} but was not made by this tool; remove it yourself`);
    const st = lstatOrNull(t);
    if (st && !st.isDirectory()) throw fail(`${t} is not a folder; remove it yourself (a previous version may be in ${old})`);
    if (!st && found.includes(old)) {
      at(old, () => renameSync(old, t));
      at(parent, () => fsyncPath(parent));
    }
    for (const p of spares()) at(p, () => removeFolder(p));
  }

  /** Replaces T by a whole, staged folder (two renames); `kill` is a test's hook between the steps. */
  function swap(staged: string, kill: (step: SwapStep) => void = () => {}): void {
    at(staged, () => fsyncPath(staged));
    const had = existsSync(t);
    if (had) at(t, () => renameSync(t, old));
    kill('old-aside');
    try {
      at(staged, () => renameSync(staged, t));
    } catch (e) {
      if (!had) throw e;
      try {
        renameSync(old, t);
      } catch {
        throw new PipelineErrors([
          ...asErrors(e),
          new PipelineError(old, `the previous version of ${t} is here; the next run puts it back`),
        ]);
      }
      throw e;
    }
    at(parent, () => fsyncPath(parent));
    kill('new-in-place');
    at(old, () => removeFolder(old));
  }

  return { target: t, lock, old, staging: join(parent, `.${name}.new-${process.pid}`), acquire, recover, swap };
}

/**
 * Fills a spare folder with `fill` (its exit code) and swaps it in for `target` only when it returned 0; a
 * failed or thrown fill leaves `target` as it was and the spare folder removed (`npm run build` for dist/).
 */
export function replaceFolder(target: string, label: string, fill: (dir: string) => number, remove = removeFolder): number {
  const f = folderSwap(target, label);
  const release = f.acquire();
  try {
    f.recover();
    let code: number;
    try {
      code = fill(f.staging);
    } catch (e) {
      return removeAfter(f.staging, e, remove);
    }
    if (code !== 0) {
      try {
        remove(f.staging);
      } catch (e) {
        const why = asErrors(e)[0]!.message;
        throw new PipelineError(
          f.staging,
          `left behind by a failed build (exit ${code}): removing it failed (${why}); the next build removes it`,
        );
      }
      return code;
    }
    if (!existsSync(f.staging)) throw new PipelineError(label, `the build made no ${f.staging}; ${f.target} was not replaced`);
    f.swap(f.staging);
    return 0;
  } finally {
    release();
  }
}
