/**
 * A cache of renders that are pure functions of their inputs (a PNG of an SVG: png.ts), kept where build tools
 * keep theirs: `node_modules/.cache/mhlw-charts/` beside the renderer's package, one file per render named by
 * the sha256 of its inputs. A second build of the same charts reads the files instead of rendering again; the
 * bytes are the same either way, so a build's output does not depend on the cache. A render unused for two
 * weeks is removed at the next build's first render; delete the folder to clear it all. A cache that cannot be
 * read or written (a read-only checkout) only costs the render.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildHooks } from '../build-hooks.ts';

const require = createRequire(import.meta.url);
/** The node_modules folder that holds resvg (a project's own, also in a copy of the project). */
const NODE_MODULES = dirname(dirname(dirname(require.resolve('@resvg/resvg-js/package.json'))));
export const RENDER_CACHE = join(NODE_MODULES, '.cache', 'mhlw-charts');

const UNUSED_FOR = 14 * 24 * 3600 * 1000;
const NAME = /^[0-9a-f]{64}\.[a-z]+$/;
let written = 0;
let pruned = false;

/** Removes the renders unused for two weeks (only files this cache names: nothing else in the folder). */
function prune(): void {
  pruned = true;
  try {
    const now = Date.now();
    for (const f of readdirSync(RENDER_CACHE))
      if (NAME.test(f) && now - statSync(join(RENDER_CACHE, f)).mtimeMs > UNUSED_FOR) rmSync(join(RENDER_CACHE, f), { force: true });
  } catch {
    // no cache yet, or one that cannot be read
  }
}

/** The file that keeps a render: the sha256 of its inputs, each with its length (['ab', 'c'] is not ['a', 'bc']). */
export function cacheFile(kind: string, inputs: string[]): string {
  const hash = createHash('sha256');
  for (const input of [kind, ...inputs]) hash.update(`${input.length}:${input}`);
  return join(RENDER_CACHE, `${hash.digest('hex')}.${kind}`);
}

/** `make()`'s bytes, from the cache when a render of the same inputs was kept, else made and kept. */
export async function cachedRender(kind: string, inputs: string[], make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  if (!buildHooks().cacheRenders) return make();
  const file = cacheFile(kind, inputs);
  if (!pruned) prune();
  try {
    const bytes = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now); // used: kept two weeks more
    return bytes;
  } catch {
    // not kept yet (or not readable): render
  }
  const bytes = await make();
  try {
    mkdirSync(RENDER_CACHE, { recursive: true });
    // written beside and renamed into place: two builds at once never read half a file
    const tmp = `${file}.${process.pid}.${written++}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    // a cache that cannot be written only costs the next build this render
  }
  return bytes;
}
