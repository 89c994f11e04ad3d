/**
 * `npm run bench`: builds the site, serves dist/ on loopback and measures, for the home page, a dataset page
 * and an embed page, the gzip weight of all each fetches, its script weight, Lighthouse (mobile; the median
 * of three runs) in all four categories and LCP; plus build time and the data pipeline's throughput. In the
 * same run it measures a peer — the same price-agreement chart drawn client-side by Plot in a small Vite
 * page (scripts/bench/peer/) — and prints each figure as a ratio to it. Writes scripts/bench/results.json and
 * exits non-zero when a budget of DESIGN.md is broken.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { benchPipeline } from '../bench-data.ts';
import { CHROME, CHROMIUM_ARGS } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const ROOT = join(import.meta.dirname, '..', '..');

const BUDGETS = { pageKB: 50, embedKB: 20, scriptKB: 10, lighthouse: 100 };

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

interface Weight {
  bytes: number;
  gzip: number;
  scriptGzip: number;
  requests: number;
}

/** Everything the page fetches (as Chromium loads it), each response gzipped at level 9. */
async function weigh(url: string): Promise<Weight> {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.filter((f) => !f.startsWith('--headless')) });
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
  const all = await Promise.all(bodies);
  await browser.close();
  return {
    bytes: all.reduce((s, r) => s + r.body.length, 0),
    gzip: all.reduce((s, r) => s + gzipSync(r.body, { level: 9 }).length, 0),
    scriptGzip: all.filter((r) => r.type === 'script').reduce((s, r) => s + gzipSync(r.body, { level: 9 }).length, 0),
    requests: all.length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function audit(url: string): Promise<{ scores: Record<string, number>; lcp: number }> {
  const runs: { scores: Record<string, number>; lcp: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const lhr = result!.lhr;
      runs.push({
        scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)])),
        lcp: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      });
    } finally {
      chrome.kill();
    }
  }
  const cats = Object.keys(runs[0]!.scores);
  return { scores: Object.fromEntries(cats.map((c) => [c, median(runs.map((r) => r.scores[c]!))])), lcp: median(runs.map((r) => r.lcp)) };
}

async function main(): Promise<void> {
  console.log('building the site (npm run build) …');
  const buildMs = run('npm', ['run', 'build', '--silent']);
  const peerDir = mkdtempSync(join(tmpdir(), 'mhlw-peer-'));
  console.log('building the peer (Vite + client-side Plot) …');
  run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'scripts/bench/peer/vite.config.js'], {
    PEER_OUT: peerDir,
  });
  console.log('measuring the data pipeline …');
  const pipeline = benchPipeline([1, 10, 100, 1000]);

  const site = await serveStatic(join(ROOT, 'dist'));
  const peer = await serveStatic(peerDir);
  const targets = [
    { name: 'home', url: `${site.url}/`, kb: BUDGETS.pageKB },
    { name: 'dataset', url: `${site.url}/datasets/price-agreement/`, kb: BUDGETS.pageKB },
    { name: 'embed', url: `${site.url}/embed/price-agreement-by-owner/`, kb: BUDGETS.embedKB },
    { name: 'peer', url: `${peer.url}/`, kb: Infinity },
  ];
  const results: Record<string, Weight & { lighthouse: Record<string, number>; lcp: number }> = {};
  for (const t of targets) {
    console.log(`measuring ${t.name} (${t.url}) …`);
    const w = await weigh(t.url);
    const a = await audit(t.url);
    results[t.name] = { ...w, lighthouse: a.scores, lcp: a.lcp };
  }
  await site.close();
  await peer.close();
  rmSync(peerDir, { recursive: true, force: true });

  const failures: string[] = [];
  for (const t of targets.filter((x) => x.name !== 'peer')) {
    const r = results[t.name]!;
    if (r.gzip > t.kb * 1024) failures.push(`${t.name}: ${(r.gzip / 1024).toFixed(1)} KB gzip > ${t.kb} KB`);
    if (r.scriptGzip > BUDGETS.scriptKB * 1024)
      failures.push(`${t.name}: scripts ${(r.scriptGzip / 1024).toFixed(1)} KB gzip > ${BUDGETS.scriptKB} KB`);
    for (const [c, s] of Object.entries(r.lighthouse))
      if (s < BUDGETS.lighthouse) failures.push(`${t.name}: Lighthouse ${c} ${s} < ${BUDGETS.lighthouse}`);
  }
  if (!pipeline.linear) failures.push(`pipeline growth ${pipeline.growth.toFixed(2)}x is not linear`);
  if (!pipeline.fast) failures.push(`pipeline: the sources take ${pipeline.sourcesMs.toFixed(0)} ms`);

  const p = results.peer!;
  const ratio = (v: number, peerV: number) => (peerV > 0 ? `${(v / peerV).toFixed(2)}x` : '—');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    '| page | gzip, all it fetches | scripts (gzip) | requests | Lighthouse perf / a11y / best practices / SEO | LCP |',
    '|---|---|---|---|---|---|',
    ...['home', 'dataset', 'embed', 'peer'].map((n) => {
      const r = results[n]!;
      const l = r.lighthouse;
      const vs = n === 'peer' ? '' : ` (${ratio(r.gzip, p.gzip)})`;
      const vsS = n === 'peer' ? '' : ` (${ratio(r.scriptGzip, p.scriptGzip)})`;
      const vsL = n === 'peer' ? '' : ` (${ratio(r.lcp, p.lcp)})`;
      return `| ${n === 'peer' ? 'peer: client-side Plot (Vite)' : n} | ${kb(r.gzip)}${vs} | ${kb(r.scriptGzip)}${vsS} | ${r.requests} | ${l.performance} / ${l.accessibility} / ${l['best-practices']} / ${l.seo} | ${Math.round(r.lcp)} ms${vsL} |`;
    }),
  ];
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\n${lines.join('\n')}\n`);
  console.log(`build (npm run build: data + site): ${(buildMs / 1000).toFixed(1)} s`);
  console.log(
    `pipeline: the two sources in ${pipeline.sourcesMs.toFixed(1)} ms; ${pipeline.sizes.map((s) => `${s.size} handouts ${s.ms.toFixed(0)} ms`).join(', ')} (growth ${pipeline.growth.toFixed(2)}x)`,
  );
  console.log(`machine: ${machine}; Lighthouse ${RUNS} runs per page, median; ratios are to the peer`);
  writeFileSync(
    join(ROOT, 'scripts/bench/results.json'),
    `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), machine, buildMs, pipeline, pages: results, budgets: BUDGETS, failures }, null, 2)}\n`,
  );
  if (failures.length) {
    console.error(`\nBUDGETS BROKEN:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nall budgets green');
}

await main();
