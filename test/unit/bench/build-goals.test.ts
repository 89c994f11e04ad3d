/** The build bench's verdict on made-up timings (scripts/bench/build-goals.ts): linear growth passes, super-linear fails. */
import { describe, expect, it } from 'vitest';
import { perChart, table, verdict, type BuildRun } from '../../../scripts/bench/build-goals.ts';

/** A build of `scale` copies of 16 charts whose parts cost `fixed` once plus `each` per chart (ms). */
function run(scale: number, each: Partial<BuildRun['ms']>, fixed: Partial<BuildRun['ms']> = {}): BuildRun {
  const charts = 16 * scale;
  const part = (p: keyof BuildRun['ms']) => (fixed[p] ?? 0) + (each[p] ?? 0) * charts;
  return { scale, charts, ms: { pipeline: part('pipeline'), pages: part('pages'), svg: part('svg'), png: part('png') } };
}
const LINEAR = { pipeline: 5, pages: 100, svg: 20, png: 400 };

describe('build bench verdict', () => {
  it('linear growth passes, and a fixed cost (the bundling) makes the larger builds cheaper per chart', () => {
    const runs = [1, 4, 16].map((s) => run(s, LINEAR, { pages: 6000 }));
    const v = verdict(runs);
    expect(v.broken).toEqual([]);
    expect(v.growth).toBeLessThan(1);
    expect(perChart(runs[2]!)).toBeCloseTo(525 + 6000 / 256);
  });

  it('a cost per chart at 16× above 1.5 times that at 1× fails, naming the growth', () => {
    // pages whose cost per chart grows with the number of charts (every page lists every chart)
    const runs = [1, 4, 16].map((s) => run(s, { ...LINEAR, pages: 100 * s }));
    const v = verdict(runs);
    expect(v.growth).toBeGreaterThan(1.5);
    expect(v.broken).toContain(`per-chart build time grew ${v.growth.toFixed(2)}× (16× over 1×; at most 1.5×)`);
    expect(v.broken.some((l) => l.startsWith('per-chart pages time grew'))).toBe(true);
  });

  it('exactly 1.5× passes; a part that grows is judged on its own once it matters, not when it is small', () => {
    expect(verdict([run(1, { png: 400 }), run(16, { png: 600 })]).broken).toEqual([]);
    // the pipeline triples per chart, but is under a tenth of the build: the total stays linear
    expect(verdict([run(1, LINEAR), run(16, { ...LINEAR, pipeline: 15 })]).broken).toEqual([]);
    // SVG triples per chart and is a big share: it breaks its goal even though the total stays within 1.5×
    const v = verdict([run(1, { ...LINEAR, svg: 100 }), run(16, { ...LINEAR, svg: 300 })]);
    expect(v.growth).toBeLessThan(1.5);
    expect(v.broken).toEqual(['per-chart svg time grew 3.00× (16× over 1×; at most 1.5×)']);
  });

  it('needs two sizes, and the table shows the cost per chart of each part with the growth', () => {
    expect(() => verdict([run(1, LINEAR)])).toThrow(/two sizes/);
    const t = table([run(4, LINEAR), run(1, LINEAR)]).split('\n');
    expect(t[2]).toBe('| 1× | 16 | 8.4 | 5 | 100 | 20 | 400 | 525 |');
    expect(t[3]).toBe('| 4× | 64 | 33.6 | 5 | 100 | 20 | 400 | 525 |');
    expect(t[4]).toBe('| growth | | | 1.00× | 1.00× | 1.00× | 1.00× | 1.00× |');
  });
});
