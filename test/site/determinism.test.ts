/** Two builds of the same commit give byte-identical dist/ (the first is test/global-setup.ts's). */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, DIST } from '../e2e/browser.ts';
import { walk } from './dist-helpers.ts';

const again = mkdtempSync(join(tmpdir(), 'mhlw-dist-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

describe('deterministic build', () => {
  it('a second build is byte-identical to the first', () => {
    buildSite({ OUT_DIR: again });
    const a = walk(DIST)
      .map((f) => relative(DIST, f))
      .sort();
    const b = walk(again)
      .map((f) => relative(again, f))
      .sort();
    expect(b).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
  }, 600_000);
});
