/**
 * Real timers of a build's rendering, for `npm run bench:build`: the time spent drawing SVGs (synchronous, on
 * the build's thread) and the wall time during which at least one PNG was being rasterised (asynchronous, on
 * other threads), written to `BENCH_TIMINGS_FILE` when the build is done. Without that variable nothing is
 * recorded or written.
 */
import { writeFileSync } from 'node:fs';

export interface BuildTimings {
  svgMs: number;
  svgCount: number;
  pngMs: number;
  pngCount: number;
}

/** The path the timings go to in a bench build, or undefined in every other build. */
export const TIMINGS_FILE = process.env.BENCH_TIMINGS_FILE || undefined;

// One record per process: Astro runs the pages from its own bundle of this module, the integration from the
// source, so the record lives on globalThis, where both see it.
const KEY = Symbol.for('mhlw-charts.build-timings');
type Tally = BuildTimings & { inFlight: number; since: number };
function record(): Tally {
  const g = globalThis as { [KEY]?: Tally };
  return (g[KEY] ??= { svgMs: 0, svgCount: 0, pngMs: 0, pngCount: 0, inFlight: 0, since: 0 });
}

/** Runs a synchronous SVG render, adding its time to the record in a bench build. */
export function timeSvg<T>(draw: () => T): T {
  if (!TIMINGS_FILE) return draw();
  const t0 = performance.now();
  try {
    return draw();
  } finally {
    const r = record();
    r.svgMs += performance.now() - t0;
    r.svgCount++;
  }
}

/** Awaits a PNG render; overlapping renders count once (the wall time with at least one in flight). */
export async function timePng<T>(raster: () => Promise<T>): Promise<T> {
  if (!TIMINGS_FILE) return raster();
  const r = record();
  if (r.inFlight++ === 0) r.since = performance.now();
  try {
    return await raster();
  } finally {
    r.pngCount++;
    if (--r.inFlight === 0) r.pngMs += performance.now() - r.since;
  }
}

/** Writes the record to BENCH_TIMINGS_FILE (at the end of a bench build); does nothing in other builds. */
export function writeTimings(): void {
  if (!TIMINGS_FILE) return;
  const { svgMs, svgCount, pngMs, pngCount } = record();
  writeFileSync(TIMINGS_FILE, JSON.stringify({ svgMs, svgCount, pngMs, pngCount } satisfies BuildTimings) + '\n');
}
