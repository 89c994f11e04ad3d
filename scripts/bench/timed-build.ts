/**
 * `npm run bench:build`'s site build: Astro in this process, with the build hooks installed (every chart drawn
 * once per handout document; SVG and PNG renders timed), then the timings written to the file named by the
 * first argument. The data folder and the output come as for any build (DATA_DIR, OUT_DIR).
 *
 *   tsx scripts/bench/timed-build.ts TIMINGS.json
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { installBuildHooks } from '../../src/site/build-hooks.ts';

export interface BuildTimings {
  svgMs: number;
  svgCount: number;
  pngMs: number;
  pngCount: number;
}

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/bench/timed-build.ts TIMINGS.json');

const t: BuildTimings = { svgMs: 0, svgCount: 0, pngMs: 0, pngCount: 0 };
let inFlight = 0;
let since = 0;
installBuildHooks({
  chartsPerDocument: true,
  cacheRenders: false,
  timeSvg(draw) {
    const t0 = performance.now();
    try {
      return draw();
    } finally {
      t.svgMs += performance.now() - t0;
      t.svgCount++;
    }
  },
  // Overlapping renders count once: the wall time with at least one PNG in flight (they run off this thread).
  async timePng(raster) {
    if (inFlight++ === 0) since = performance.now();
    try {
      return await raster();
    } finally {
      t.pngCount++;
      if (--inFlight === 0) t.pngMs += performance.now() - since;
    }
  },
});

await build({ logLevel: 'error' });
writeFileSync(out, `${JSON.stringify(t)}\n`);
