/**
 * What a script that runs the build in its own process may pass in, and the build's defaults without one.
 * Only `npm run bench:build` passes any (scripts/bench/timed-build.ts): it draws every chart once per handout
 * document (to measure the build at more charts) and times the SVG and PNG renders, every one rendered (no cache). Product code reads no
 * environment for these; a build without the script behaves as if they were not there.
 */
export interface BuildHooks {
  /** Draw every chart once per handout document of the build, each copy from that document's rows alone. */
  chartsPerDocument: boolean;
  /** Runs a synchronous SVG render (a timer may wrap it). */
  timeSvg<T>(draw: () => T): T;
  /** Awaits a PNG render (a timer may wrap it). */
  timePng<T>(raster: () => Promise<T>): Promise<T>;
  /** Read renders from the render cache (render/render-cache.ts); off to time every render. */
  cacheRenders: boolean;
}

const NONE: BuildHooks = { chartsPerDocument: false, timeSvg: (draw) => draw(), timePng: (raster) => raster(), cacheRenders: true };

// Astro runs the pages from its own bundle of this module, so the hooks live on globalThis, where the script
// that installed them and every copy of this module see them.
const KEY = Symbol.for('mhlw-charts.build-hooks');

export function buildHooks(): BuildHooks {
  return (globalThis as { [KEY]?: BuildHooks })[KEY] ?? NONE;
}

/** For scripts: installs hooks for the builds this process runs. */
export function installBuildHooks(hooks: Partial<BuildHooks>): void {
  (globalThis as { [KEY]?: BuildHooks })[KEY] = { ...NONE, ...hooks };
}
