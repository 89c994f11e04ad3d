/** The bench's verdicts on made-up results (scripts/bench/goals.ts): each goal, broken on purpose, fails. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { broken, spread, table, targetsOf, type Audit, type Result } from '../../../scripts/bench/goals.ts';

const flat = (n: number) => spread([n, n, n, n, n]);
function result(over: Partial<Omit<Result, 'audit'>> = {}, audit: Partial<Record<keyof Audit, number>> = {}): Result {
  const a = {
    performance: 100,
    accessibility: 100,
    'best-practices': 100,
    seo: 100,
    lcp: 800,
    tbt: 20,
    cls: 0,
    transfer: 20_000,
    raw: 90_000,
    ...audit,
  };
  return {
    path: '/datasets/x/',
    kind: 'dataset',
    gzip: 30_000,
    scriptGzip: 4_000,
    requests: 2,
    ...over,
    audit: Object.fromEntries(Object.entries(a).map(([k, v]) => [k, flat(v)])) as Audit,
  };
}

describe('bench goals', () => {
  it('a page within every goal breaks none', () => {
    expect(broken(result())).toEqual([]);
  });

  it('each goal broken on purpose is named with the page', () => {
    expect(broken(result({}, { performance: 99 }))).toEqual(['/datasets/x/: Lighthouse performance 99 < 100']);
    expect(broken(result({}, { seo: 92 }))).toEqual(['/datasets/x/: Lighthouse seo 92 < 100']);
    expect(broken(result({}, { lcp: 1200 }))).toEqual(['/datasets/x/: LCP 1200 ms > 1000 ms']);
    expect(broken(result({}, { cls: 0.02 }))).toEqual(['/datasets/x/: CLS 0.020 > 0']);
    expect(broken(result({ gzip: 51 * 1024 }))).toEqual(['/datasets/x/: 51.0 KB gzip > 50 KB']);
    expect(broken(result({ kind: 'embed', path: '/embed/y/', gzip: 21 * 1024 }))).toEqual(['/embed/y/: 21.0 KB gzip > 20 KB']);
    expect(broken(result({ scriptGzip: 40 * 1024 }))).toEqual(['/datasets/x/: scripts 40.0 KB gzip > 10 KB']);
  });

  it('LCP is a goal on home, dataset and embed pages only; the peer is never judged', () => {
    expect(broken(result({ kind: 'other', path: '/about/' }, { lcp: 1500 }))).toEqual([]);
    expect(broken(result({ kind: 'home', path: '/' }, { lcp: 1001 }))).toHaveLength(1);
    expect(broken(result({ kind: 'peer', path: '(peer)' }, { performance: 50, lcp: 3000 }))).toEqual([]);
    // the not-found page is noindex on purpose: its SEO score is not a goal, its other scores are
    expect(broken(result({ kind: 'other', path: '/404.html' }, { seo: 63 }))).toEqual([]);
    expect(broken(result({ kind: 'other', path: '/404.html' }, { performance: 98 }))).toHaveLength(1);
    // so are the embeds (they repeat the chart pages); their other scores are goals
    expect(broken(result({ kind: 'embed', path: '/embed/x/', gzip: 15_000 }, { seo: 66 }))).toEqual([]);
    expect(broken(result({ kind: 'embed', path: '/embed/x/', gzip: 15_000 }, { accessibility: 95 }))).toHaveLength(1);
  });

  it('the verdict is on the median of the runs, and the table shows the spread', () => {
    const r = result();
    r.audit.performance = spread([100, 97, 100, 100, 99]);
    expect(r.audit.performance).toEqual({ median: 100, min: 97, max: 100 });
    expect(broken(r)).toEqual([]);
    r.audit.performance = spread([100, 97, 99, 100, 99]);
    expect(broken(r)).toEqual(['/datasets/x/: Lighthouse performance 99 < 100']);
    const t = table([r, result({ kind: 'peer', path: '(peer)', gzip: 60_000 }, { lcp: 1600 })]);
    expect(t).toContain('| /datasets/x/ | 29.3 ×0.50 |');
    expect(t).toContain('99 (97–100) / 100 / 100 / 100');
    expect(t).toContain('| 800 ×0.50 |');
  });

  it('measures every page of a built site, and of the embeds the heaviest per language', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-targets-'));
    const page = (p: string, bytes: number) => {
      mkdirSync(dirname(join(dist, p)), { recursive: true });
      writeFileSync(join(dist, p), 'x'.repeat(bytes));
    };
    for (const p of [
      'index.html',
      'en/index.html',
      'datasets/a/index.html',
      'en/datasets/a/index.html',
      'sources/s/index.html',
      'about/index.html',
      '404.html',
    ])
      page(p, 10);
    page('embed/small/index.html', 10);
    page('embed/big/index.html', 99);
    page('en/embed/small/index.html', 50);
    page('en/embed/big/index.html', 40);
    page('charts/c.svg', 10);
    try {
      expect(targetsOf(dist)).toEqual([
        { path: '/', kind: 'home' },
        { path: '/datasets/a/', kind: 'dataset' },
        { path: '/embed/big/', kind: 'embed' },
        { path: '/sources/s/', kind: 'source' },
        { path: '/404.html', kind: 'other' },
        { path: '/about/', kind: 'other' },
        { path: '/en/', kind: 'home' },
        { path: '/en/datasets/a/', kind: 'dataset' },
        { path: '/en/embed/small/', kind: 'embed' },
      ]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
