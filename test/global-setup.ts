/**
 * Starts the three site builds the site and browser tests read (test/builds.ts) and returns at once: the
 * builds run in this, vitest's main process, as child processes, while the unit and command-line tests run
 * (the site project's group comes after theirs: vitest.config.ts). `main` and `again` share the project's
 * folder and run one after the other; `fixture` runs in a copy of the project beside them. Each test file
 * waits for the build it reads (test/built.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, record, stopAll, type BuildName } from './builds.ts';
import { DIST } from './e2e/browser.ts';
import { buildFixtureSite } from './site/fixture-site.ts';

export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mhlw-test-builds-'));
  project.provide('builds', dir);
  const site = async (name: BuildName, out: string, env: Record<string, string>) => {
    const t0 = Date.now();
    try {
      const build = await astroBuild(env);
      const seconds = (Date.now() - t0) / 1000;
      const ok = build.status === 0;
      record(dir, {
        name,
        ok,
        seconds,
        out,
        build,
        error: ok ? undefined : `astro build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`,
      });
      console.log(`site build "${name}" for the tests: ${ok ? 'done' : 'FAILED'} in ${seconds.toFixed(1)} s`);
    } catch (e) {
      record(dir, { name, ok: false, seconds: 0, out, build: { status: null, stdout: '', stderr: '' }, error: String(e) });
    }
  };
  const t0 = Date.now();
  // The project as `npm run build` builds it without SITE_URL (whose warning a test reads), then once more.
  const main = site('main', DIST, {}).then(() => site('again', join(dir, 'again'), { OUT_DIR: join(dir, 'again') }));
  const fixture = buildFixtureSite(dir).then(() =>
    console.log(`site build "fixture" for the tests ended in ${((Date.now() - t0) / 1000).toFixed(1)} s`),
  );
  return async () => {
    stopAll();
    await Promise.allSettled([main, fixture]);
    rmSync(dir, { recursive: true, force: true });
  };
}
