/** Two builds of the same commit give byte-identical dist/ (test/builds.ts: `main` and `again`). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { built } from '../built.ts';
import { DIST } from '../e2e/browser.ts';
import { walk } from './dist-helpers.ts';

describe('deterministic build', () => {
  it('a second build is byte-identical to the first', async () => {
    const again = (await built('again')).out;
    const a = walk(DIST)
      .map((f) => relative(DIST, f))
      .sort();
    const b = walk(again)
      .map((f) => relative(again, f))
      .sort();
    expect(b).toEqual(a);
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(again, f))));
    expect(differ).toEqual([]);
  }, 900_000);
});
