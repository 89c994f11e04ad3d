/**
 * `npm run bench:build`: the real build (`npm run build`'s data pipeline, then Astro) at 1×, 4× and 16× today's
 * number of charts, and its cost per chart split into pipeline, Astro pages, SVG and PNG; exits 1 when the
 * cost per chart grows super-linearly (scripts/bench/build-goals.ts). Size N is the real documents plus N − 1
 * synthetic handouts (scripts/lib/synthetic.ts), each drawn as its own copy of the charts; the site is built by
 * scripts/bench/timed-build.ts, which passes the build those hooks (src/site/build-hooks.ts) and times the renders.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { build } from '../build.ts';
import { corpus, corpusRegister, seedText } from '../lib/synthetic.ts';
import { table, verdict, type BuildRun } from './build-goals.ts';
import type { BuildTimings } from './timed-build.ts';

const RAW = 'data/raw';
const SCALES = (process.env.BENCH_BUILD_SCALES ?? '1,4,16').split(',').map(Number);

/** A raw folder of the real documents and `extra` synthetic handouts, with the register of them all. */
function rawFolder(dir: string, extra: number): string {
  const raw = join(dir, 'raw');
  mkdirSync(raw);
  for (const f of readdirSync(RAW).filter((x) => x.endsWith('.txt'))) copyFileSync(join(RAW, f), join(raw, f));
  const docs = corpus(extra, seedText());
  for (const d of docs) writeFileSync(join(raw, d.file), d.bytes);
  const register = JSON.parse(readFileSync(join(RAW, 'sources.json'), 'utf8')) as { documents: unknown[] };
  register.documents.push(...corpusRegister(docs).documents);
  writeFileSync(join(raw, 'sources.json'), JSON.stringify(register, null, 2) + '\n');
  return raw;
}

/** One build at a scale, in a folder of its own (removed after); its charts and the time of each part. */
function measure(scale: number): BuildRun {
  const dir = mkdtempSync(join(tmpdir(), 'mhlw-bench-build-'));
  try {
    const raw = rawFolder(dir, scale - 1);
    const dist = join(dir, 'dist');
    const timings = join(dir, 'timings.json');
    let siteStart = 0;
    let siteEnd = 0;
    const start = performance.now();
    const code = build(
      { raw, out: join(dir, 'clean'), corrections: 'data/corrections', supplements: 'data/supplements' },
      (dataDir) => {
        siteStart = performance.now();
        const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/timed-build.ts', timings], {
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir, OUT_DIR: dist },
        });
        const c = r.status ?? 1;
        siteEnd = performance.now();
        return c;
      },
      { log: () => {}, error: console.error },
    );
    if (code !== 0) throw new Error(`the build at ${scale}× failed (exit ${code})`);
    const t = JSON.parse(readFileSync(timings, 'utf8')) as BuildTimings;
    const charts = readdirSync(join(dist, 'charts')).filter((f) => f.endsWith('.svg')).length;
    const astro = siteEnd - siteStart;
    return {
      scale,
      charts,
      ms: { pipeline: siteStart - start, pages: astro - t.svgMs - t.pngMs, svg: t.svgMs, png: t.pngMs },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const runs: BuildRun[] = [];
  for (const scale of SCALES) {
    const r = measure(scale);
    console.log(
      `${scale}×: ${r.charts} charts (each in both languages) in ${((r.ms.pipeline + r.ms.pages + r.ms.svg + r.ms.png) / 1000).toFixed(1)} s`,
    );
    runs.push(r);
  }
  // The copies are real: each size has that many times the charts of the smallest.
  const base = runs[0]!;
  for (const r of runs)
    if (r.charts * base.scale !== base.charts * r.scale)
      throw new Error(`${r.scale}× built ${r.charts} charts, not ${(base.charts / base.scale) * r.scale}`);
  console.log(`\n${table(runs)}\n`);
  const v = verdict(runs);
  for (const line of v.broken) console.log(`NOT LINEAR: ${line}`);
  if (!v.broken.length) console.log(`linear: the cost per chart grew ${v.growth.toFixed(2)}× (at most 1.5×)`);
  process.exitCode = v.broken.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
