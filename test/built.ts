/** For test files: wait for a build of the global setup (test/builds.ts). Kept apart because it imports vitest,
 * which the global setup must not. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import type { Built, BuildName } from './builds.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits (without blocking: the worker keeps answering vitest) for a build of the global setup, and returns its
 * record; throws with the build's output when it failed.
 */
export async function built(name: BuildName, timeoutMs = 900_000): Promise<Built> {
  const file = join(inject('builds'), `${name}.json`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`the ${name} build did not end within ${timeoutMs / 1000} s`);
    await sleep(200);
  }
  const b = JSON.parse(readFileSync(file, 'utf8')) as Built;
  if (!b.ok) throw new Error(`the ${name} build failed: ${b.error}`);
  return b;
}
