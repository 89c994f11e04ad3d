/**
 * Shared by the browser tests: build the site once, serve dist/ on loopback, and launch Debian's Chromium
 * (CHROME_PATH or /usr/bin/chromium) through playwright-core. Without a browser the tests say so and skip,
 * except under CI=true, where a missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME, CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';

export const HAVE_BROWSER = existsSync(CHROME);

if (!HAVE_BROWSER) {
  if (process.env.CI === 'true')
    throw new Error(`browser tests: no Chromium at ${CHROME} (set CHROME_PATH or install Debian's chromium); CI=true requires one`);
  console.warn(`browser tests skipped: no Chromium at ${CHROME} (set CHROME_PATH or apt-get install chromium)`);
}

export const DIST = join(ROOT, 'dist');

/** Builds the site (astro build only: data/clean is committed and checked elsewhere); `env` can point
 * DATA_DIR, RAW_DIR, OUT_DIR, BASE_PATH elsewhere for fixture builds. */
/**
 * One astro build of this project at a time: a build whose OUT_DIR is outside the project writes its
 * server-side chunks to the project's own dist/ first (Astro's getOutDirWithinCwd), so two at once leave each
 * other's chunks behind. Test files run in parallel; their builds wait here (a lock folder in the OS temp dir;
 * a lock older than ten minutes is a killed run's and is taken over).
 */
function withBuildLock<T>(f: () => T): T {
  const lock = join(tmpdir(), `mhlw-astro-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
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
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    return f();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export function buildSite(env: Record<string, string> = {}): { stdout: string; stderr: string } {
  return withBuildLock(() => build(env));
}

function build(env: Record<string, string>): { stdout: string; stderr: string } {
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in process.env; a child build would
  // take them for its own, so they are left out.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)),
  );
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr };
}

export { parseHeaders } from '../../scripts/lib/static-server.ts';

/** A static server for a built site on 127.0.0.1 and a free port (`base` is the site's BASE_PATH); it sends
 * the headers of dist/_headers as a static host would. */
export function serveDist(dist = DIST, base = '/'): ReturnType<typeof serveStatic> {
  return serveStatic(dist, base);
}

/** Waits until the page's scripts, added by the loader after the first paint, have run (site.js sets <html data-ready>). */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 10_000 });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: CHROMIUM_ARGS,
  });
}
