/**
 * `npm run bench`: builds the site, serves dist/ on loopback the way static hosts do (Brotli or gzip by
 * Accept-Encoding, the `_headers` applied: scripts/lib/static-server.ts) and measures every page type in both
 * languages (home, each dataset page, quality, each source viewer, the heaviest embed, downloads, about,
 * changelog, 404): the gzip weight of all each page fetches and its scripts (the budgets of DESIGN.md), its
 * transfer and raw size as served, and Lighthouse (mobile, simulated throttling) — the four categories, LCP,
 * TBT and CLS — as the median of five runs with their spread (min–max). In the same run it measures a peer
 * (the same price-agreement chart drawn client-side by Plot in a small Vite page, scripts/bench/peer/) and
 * gives ratios to it; plus the build time and the pipeline's throughput.
 *
 * Goals (exit 1 when one is broken): Lighthouse 100 in all four categories on every page; LCP ≤ 1.0 s on home,
 * dataset and embed pages; CLS 0 everywhere; each page within its weight and script budget; the pipeline
 * linear. Writes scripts/bench/results.json.
 *
 * BENCH_LIGHTHOUSE_RUNS (default 5) and BENCH_PAGES (a regular expression on the path, e.g. `^/(en/)?$`)
 * shorten a run while working; BENCH_SKIP_BUILD=1 measures the dist/ already built.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { benchPipeline } from '../bench-data.ts';
import { CHROME, CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import { broken, GOALS, METRICS, spread, table, targetsOf, type Audit, type Result, type Weight } from './goals.ts';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 5);
const ONLY = process.env.BENCH_PAGES ? new RegExp(process.env.BENCH_PAGES) : null;
const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return performance.now() - t0;
}

/** Everything the page fetches (as Chromium loads it, its scripts included), each response gzipped at level 9. */
async function weigh(url: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (res) => {
    if (res.status() < 300)
      bodies.push(
        res
          .body()
          .then((body) => ({ type: res.request().resourceType(), body }))
          .catch(() => ({ type: 'failed', body: Buffer.alloc(0) })),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // the scripts come after the first paint (the loader, src/site/publish/csp.ts): count them too, once they have run
  if (await page.$('script[data-load]')) await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(bodies);
  await browser.close();
  return {
    gzip: all.reduce((s, r) => s + gzipSync(r.body, { level: 9 }).length, 0),
    scriptGzip: all.filter((r) => r.type === 'script').reduce((s, r) => s + gzipSync(r.body, { level: 9 }).length, 0),
    requests: all.length,
  };
}

/**
 * A fresh Chromium here spends 150–250 ms (real; 4× that in Lighthouse's simulation) on the first text layout
 * of a site's renderer, whatever the page: loading the 19 MB Noto Sans CJK collection (FontCache::
 * GetFontPlatformData in a trace). A reader's browser has long done that. So before each run the same site's
 * renderer lays out a page of text in the site's own styles (a page of no site file, answered by the bench,
 * holding none of the measured page's content); Lighthouse then clears the cache and measures as usual.
 */
async function warmUp(port: number, url: string): Promise<void> {
  const origin = new URL(url).origin;
  const styles = [...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)].map((m) => m[0]).join('');
  const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><title>warm-up</title>${styles}<main><h1>準備</h1><h2>見出し</h2><p>日本語と English の文章。</p><p class="muted">注記</p><ol class="source"><li><span class="text">等幅 0123</span></li></ol></main>`;
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const page = await browser.contexts()[0]!.newPage();
  // as Lighthouse emulates a phone (its screen, its pixel ratio: the font sizes it rasterises at)
  const { screenEmulationMetrics: m } = await import('lighthouse/core/config/constants.js');
  const cdp = await page.context().newCDPSession(page);
  const mobile = m.mobile;
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: mobile.width,
    height: mobile.height,
    deviceScaleFactor: mobile.deviceScaleFactor,
    mobile: true,
  });
  await page.route(`${origin}/__warm-up`, (r) => r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${origin}/__warm-up`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  // the tab stays open (and its renderer with it) while Lighthouse measures in a tab of its own
}

/** Lighthouse's rating of this machine's CPU in each run (its `benchmarkIndex`): the figure to compare machines by. */
const benchmarkIndexes: number[] = [];

async function audit(url: string): Promise<Audit> {
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      await warmUp(chrome.port, url);
      const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr;
      benchmarkIndexes.push(lhr.environment.benchmarkIndex);
      const requests =
        (lhr.audits['network-requests']?.details as { items?: { transferSize?: number; resourceSize?: number }[] })?.items ?? [];
      runs.push({
        ...Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
        ...Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, Number(lhr.audits[id]?.numericValue ?? NaN)])),
        transfer: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
        raw: requests.reduce((s, r) => s + (r.resourceSize ?? 0), 0),
      });
    } finally {
      chrome.kill();
    }
  }
  return Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, spread(runs.map((r) => r[k]!))])) as Audit;
}

async function main(): Promise<void> {
  console.log('building the site (npm run build) …');
  const buildMs = process.env.BENCH_SKIP_BUILD ? NaN : run('npm', ['run', 'build', '--silent']);
  const peerDir = mkdtempSync(join(tmpdir(), 'mhlw-peer-'));
  console.log('building the peer (Vite + client-side Plot) …');
  run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'scripts/bench/peer/vite.config.js'], {
    PEER_OUT: peerDir,
  });
  console.log('measuring the data pipeline …');
  const pipeline = benchPipeline([1, 10, 100, 1000]);

  const site = await serveStatic(DIST);
  const peer = await serveStatic(peerDir);
  const targets: (Omit<Result, keyof Weight | 'audit'> & { url: string })[] = [
    ...targetsOf(DIST)
      .filter((t) => !ONLY || ONLY.test(t.path))
      .map((t) => ({ ...t, url: site.url + t.path })),
    { path: '(peer)', kind: 'peer', url: `${peer.url}/` },
  ];
  const results: Result[] = [];
  for (const t of targets) {
    console.log(`measuring ${t.path} (${RUNS} Lighthouse runs) …`);
    results.push({ path: t.path, kind: t.kind, ...(await weigh(t.url)), audit: await audit(t.url) });
  }
  await site.close();
  await peer.close();
  rmSync(peerDir, { recursive: true, force: true });

  const failures = results.flatMap(broken);
  if (!pipeline.linear) failures.push(`pipeline growth ${pipeline.growth.toFixed(2)}x is not linear`);
  if (!pipeline.fast) failures.push(`pipeline: the sources take ${pipeline.sourcesMs.toFixed(0)} ms`);

  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const date = new Date().toISOString().slice(0, 10);
  console.log(`\n${table(results)}\n`);
  console.log(`build (npm run build: data + site): ${(buildMs / 1000).toFixed(1)} s`);
  console.log(
    `pipeline: the two sources in ${pipeline.sourcesMs.toFixed(1)} ms; ${pipeline.sizes.map((s) => `${s.size} handouts ${s.ms.toFixed(0)} ms`).join(', ')} (growth ${pipeline.growth.toFixed(2)}x)`,
  );
  const cpu = spread(benchmarkIndexes);
  console.log(`${date}, ${machine}; Lighthouse ${RUNS} runs per page: median (min–max); ×: ratio to the peer`);
  console.log(
    `Lighthouse's benchmark index of this CPU over all runs: ${cpu.median.toFixed(0)} (${cpu.min.toFixed(0)}–${cpu.max.toFixed(0)})`,
  );
  writeFileSync(
    join(ROOT, 'scripts/bench/results.json'),
    `${JSON.stringify({ date, machine, benchmarkIndex: cpu, runs: RUNS, buildMs, pipeline, results, goals: GOALS, failures }, null, 2)}\n`,
  );
  if (failures.length) {
    console.error(`\nGOALS BROKEN:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nall goals green');
}

await main();
