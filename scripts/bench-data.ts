/**
 * `npm run bench:data`: the data pipeline's throughput on synthetic corpora of 1, 10, 100 and 1,000
 * handouts (the seed handout's layout with varied numbers). Checks that time grows linearly with the
 * corpus and that the two source documents clean in well under a second; exits 1 when either fails.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATALOGUE } from '../src/datasets/readers.ts';
import { parseRegister, type Register } from '../src/pipeline/register.ts';
import { runPipeline, type InputFile } from '../src/pipeline/run.ts';
import { corpus, corpusRegister, seedText } from './lib/synthetic.ts';

const RAW = 'data/raw';
const SIZES = [1, 10, 100, 1000];
const REPEAT = 3;

function time(docs: InputFile[], register: Register): number {
  let best = Infinity;
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    runPipeline({ documents: docs, register, registerFile: 'sources.json', corrections: new Map(), supplements: new Map() }, CATALOGUE);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export interface PipelineBench {
  sizes: { size: number; ms: number; perDoc: number; docsPerSec: number; mbPerSec: number }[];
  sourcesMs: number;
  /** Per-handout cost at 1,000 over the cheaper of 10 and 100. */
  growth: number;
  linear: boolean;
  fast: boolean;
}

/** Measures the pipeline on the two source documents and on synthetic corpora of the given sizes. */
export function benchPipeline(sizes = SIZES): PipelineBench {
  const seed = seedText();
  const sources = readdirSync(RAW)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(RAW, f))) }));
  const register = parseRegister(readFileSync(join(RAW, 'sources.json'), 'utf8'), 'sources.json');
  time(sources, register); // warm up the JIT before measuring
  const sourcesMs = time(sources, register);
  const rows: PipelineBench['sizes'] = [];
  for (const size of sizes) {
    const docs = corpus(size, seed);
    const bytes = docs.reduce((s, d) => s + d.bytes.length, 0);
    const ms = time(docs, corpusRegister(docs));
    rows.push({ size, ms, perDoc: ms / size, docsPerSec: (size / ms) * 1000, mbPerSec: bytes / 1e6 / (ms / 1000) });
  }
  // Linear growth: the cost per handout at the largest size stays within 2x of the cheaper of 10 and 100
  // (1 is too small to time well).
  const smaller = Math.min(...rows.filter((r) => r.size === 10 || r.size === 100).map((r) => r.perDoc));
  const largest = rows[rows.length - 1]!.perDoc;
  const growth = largest / smaller;
  return { sizes: rows, sourcesMs, growth, linear: growth <= 2, fast: sourcesMs < 500 };
}

function main(): void {
  const r = benchPipeline();
  console.log('handouts   pipeline ms   ms/handout   handouts/s    MB/s');
  for (const x of r.sizes) {
    console.log(
      `${String(x.size).padStart(8)}  ${x.ms.toFixed(1).padStart(12)}  ${x.perDoc.toFixed(2).padStart(11)}  ${x.docsPerSec.toFixed(0).padStart(11)}  ${x.mbPerSec.toFixed(2).padStart(6)}`,
    );
  }
  console.log(`\nthe two source documents: ${r.sourcesMs.toFixed(1)} ms of pipeline time`);
  console.log(
    `growth: ${r.growth.toFixed(2)}x the per-handout cost at 1,000 handouts vs 10-100 (budget <= 2x): ${r.linear ? 'linear' : 'NOT LINEAR'}`,
  );
  console.log(`sources in ${r.sourcesMs.toFixed(1)} ms (budget < 500 ms): ${r.fast ? 'ok' : 'TOO SLOW'}`);
  process.exitCode = r.linear && r.fast ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
