/**
 * How `npm run bench:build` reads its runs (scripts/bench/build.ts measures; test/unit/bench/build-goals.test.ts
 * checks the verdict with made-up timings): the cost per chart of each part of a build at each size, and
 * whether it grows linearly.
 */

/** The parts of a build, in the order a build runs them. */
export const PARTS = ['pipeline', 'pages', 'svg', 'png'] as const;
export type Part = (typeof PARTS)[number];

/** One build: how many charts it made and the milliseconds of each part. */
export interface BuildRun {
  /** Copies of today's charts (1×, 4×, 16×). */
  scale: number;
  charts: number;
  ms: Record<Part, number>;
}

/** Linear: the cost per chart of the largest build is at most this many times that of the smallest. */
export const MAX_GROWTH = 1.5;
/** A part is judged on its own only when it is at least this share of the largest build (small parts are noise). */
export const MIN_SHARE = 0.1;

export const totalMs = (r: BuildRun): number => PARTS.reduce((s, p) => s + r.ms[p], 0);
export const perChart = (r: BuildRun, part?: Part): number => (part ? r.ms[part] : totalMs(r)) / r.charts;

export interface Verdict {
  /** Per-chart cost of the largest build over that of the smallest: in total and per part. */
  growth: number;
  parts: Record<Part, number>;
  /** What broke the goal, one line each; empty when growth is linear. */
  broken: string[];
}

/** The growth from the smallest to the largest build, and which goals it breaks. */
export function verdict(runs: BuildRun[]): Verdict {
  const sorted = [...runs].sort((a, b) => a.scale - b.scale);
  const small = sorted[0];
  const large = sorted[sorted.length - 1];
  if (!small || !large || small === large) throw new Error('the growth needs builds of at least two sizes');
  const ratio = (part?: Part) => perChart(large, part) / perChart(small, part);
  const growth = ratio();
  const parts = Object.fromEntries(PARTS.map((p) => [p, ratio(p)])) as Record<Part, number>;
  const broken: string[] = [];
  const at = `${large.scale}× over ${small.scale}×`;
  if (growth > MAX_GROWTH) broken.push(`per-chart build time grew ${growth.toFixed(2)}× (${at}; at most ${MAX_GROWTH}×)`);
  for (const p of PARTS)
    if (large.ms[p] >= MIN_SHARE * totalMs(large) && parts[p] > MAX_GROWTH)
      broken.push(`per-chart ${p} time grew ${parts[p].toFixed(2)}× (${at}; at most ${MAX_GROWTH}×)`);
  return { growth, parts, broken };
}

/** The runs as a Markdown table: milliseconds per chart, each part and the total, and the growth. */
export function table(runs: BuildRun[]): string {
  const v = verdict(runs);
  const ms = (n: number) => n.toFixed(0);
  const rows = [...runs]
    .sort((a, b) => a.scale - b.scale)
    .map(
      (r) =>
        `| ${r.scale}× | ${r.charts} | ${(totalMs(r) / 1000).toFixed(1)} | ${PARTS.map((p) => ms(perChart(r, p))).join(' | ')} | ${ms(perChart(r))} |`,
    );
  return [
    '| size | charts | build s | pipeline ms/chart | pages ms/chart | SVG ms/chart | PNG ms/chart | total ms/chart |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    `| growth | | | ${PARTS.map((p) => `${v.parts[p].toFixed(2)}×`).join(' | ')} | ${v.growth.toFixed(2)}× |`,
  ].join('\n');
}
