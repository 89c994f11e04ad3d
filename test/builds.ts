/**
 * The site builds the tests read: three per run, made by test/global-setup.ts in vitest's main process while
 * the unit and command-line tests run, and waited for by the test files that read them (`await built(name)`).
 *
 * - `main`: this project into dist/, as `npm run build` would without SITE_URL (the site and browser tests).
 * - `again`: the same once more into another folder, to show a build is deterministic.
 * - `fixture`: a copy of the project with one dataset added (README: "Adding a dataset") and a raw folder of
 *   test documents (markup in labels, values made illegible), built for https://charts.example.org under
 *   BASE_PATH=mhlw with a repository set: see test/site/fixture-site.ts.
 *
 * Builds run as child processes spawned asynchronously, never with spawnSync in a test worker: a worker whose
 * event loop is blocked for a minute cannot take the replies to its own RPC calls, and vitest then fails the
 * run with `[vitest-worker]: Timeout calling "onTaskUpdate"` although every test passed.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder where the global setup writes `<name>.json` as each build ends. */
    builds: string;
  }
}

export type BuildName = 'main' | 'again' | 'fixture';

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface Built {
  name: BuildName;
  ok: boolean;
  /** Why it failed, with the output of the step that failed. */
  error?: string;
  seconds: number;
  /** The built site. */
  out: string;
  /** What `astro build` printed. */
  build: Ran;
  /** More for the fixture build: its data folder and the type checks of the added dataset. */
  clean?: string;
  typecheckWithoutWords?: Ran;
  typecheckWithWords?: Ran;
}

/** Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in process.env; a child build would
 * take them for its own, so they are left out, with the build settings of the environment (a build says which
 * it wants). */
export function childEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV|SITE_URL|BASE_PATH|OUT_DIR|DATA_DIR|PUBLISH)$/.test(k),
    ),
  );
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

const running = new Set<ReturnType<typeof spawn>>();
let stopped = false;

/** Runs a command without blocking the event loop; resolves with its exit status and output. */
export function run(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Ran> {
  if (stopped) return Promise.reject(new Error(`stopped before ${args.join(' ')}: the tests had ended`));
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd ?? ROOT, env: options.env ?? childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (e) => {
      running.delete(child);
      reject(e);
    });
    child.on('close', (status) => {
      running.delete(child);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Ends the commands still running (the global teardown, when tests ended before a build did). */
export function stopAll(): void {
  stopped = true;
  for (const child of running) child.kill('SIGTERM');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One astro build in a folder at a time: a build whose OUT_DIR is outside its folder writes its server chunks
 * to that folder's .astro/ and removes it at the end, so two at once spoil each other. This covers two test
 * runs of one checkout too (a lock folder in the OS temp dir; one older than ten minutes is a killed run's).
 */
async function withBuildLock<T>(cwd: string, f: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `mhlw-astro-build-${createHash('sha256').update(cwd).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 900_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 600_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // taken and released meanwhile
      }
      if (Date.now() > deadline) throw new Error(`waited 15 minutes for another astro build (${lock})`);
      await sleep(250);
    }
  }
  try {
    return await f();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** `astro build` in a folder (the project by default) with the given settings. */
export function astroBuild(env: Record<string, string>, cwd = ROOT): Promise<Ran> {
  return withBuildLock(cwd, () =>
    run(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--silent'], { cwd, env: childEnv(env) }),
  );
}

/** Writes a build's record for the test files that wait for it. */
export function record(dir: string, built: Built): void {
  writeFileSync(join(dir, `${built.name}.json.tmp`), JSON.stringify(built));
  // renamed into place whole: a waiting test never reads half a record
  renameSync(join(dir, `${built.name}.json.tmp`), join(dir, `${built.name}.json`));
}
