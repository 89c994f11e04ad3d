/**
 * The bench's goals and how its results are read (scripts/bench/run.ts measures; test/unit/bench/goals.test.ts
 * checks these with made-up results, a goal broken on purpose included).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const GOALS = { pageKB: 50, embedKB: 20, scriptKB: 10, lighthouse: 100, lcpMs: 1000, cls: 0 };

export interface Weight {
  gzip: number;
  scriptGzip: number;
  requests: number;
}

export const METRICS = { lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', cls: 'cumulative-layout-shift' } as const;
export type Audit = Record<'performance' | 'accessibility' | 'best-practices' | 'seo' | keyof typeof METRICS | 'transfer' | 'raw', Spread>;

export type Kind = 'home' | 'dataset' | 'embed' | 'source' | 'other';
export interface Target {
  path: string;
  kind: Kind;
}

/**
 * The pages to measure, read off dist/: every page but embeds, and of the embeds the heaviest per language
 * (they share one layout; the heaviest bounds the others).
 */
export function targetsOf(dist: string): Target[] {
  const pages: { path: string; bytes: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.html'))
        pages.push({ path: `/${relative(dist, file)}`.replace(/index\.html$/, ''), bytes: statSync(file).size });
    }
  };
  walk(dist);
  const kindOf = (p: string): Kind => {
    const rest = p.replace(/^\/en\//, '/');
    if (rest === '/') return 'home';
    if (rest.startsWith('/datasets/')) return 'dataset';
    if (rest.startsWith('/embed/')) return 'embed';
    if (rest.startsWith('/sources/')) return 'source';
    return 'other';
  };
  const heaviestEmbed = new Map<string, { path: string; bytes: number }>();
  for (const p of pages.filter((x) => kindOf(x.path) === 'embed')) {
    const lang = p.path.startsWith('/en/') ? 'en' : 'ja';
    if ((heaviestEmbed.get(lang)?.bytes ?? -1) < p.bytes) heaviestEmbed.set(lang, p);
  }
  const keep = pages.filter((p) => kindOf(p.path) !== 'embed' || [...heaviestEmbed.values()].includes(p));
  // Japanese pages first, then English; in each, by kind as the reader meets them, then by path.
  const order: Kind[] = ['home', 'dataset', 'embed', 'source', 'other'];
  const rank = (t: Target) => [Number(t.path.startsWith('/en/')), order.indexOf(t.kind)];
  return keep
    .map((p) => ({ path: p.path, kind: kindOf(p.path) }))
    .sort((a, b) => rank(a)[0]! - rank(b)[0]! || rank(a)[1]! - rank(b)[1]! || (a.path < b.path ? -1 : 1));
}

/** One figure over the runs: median, min and max. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}
export function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
}

export interface Result extends Weight {
  path: string;
  kind: Kind | 'peer';
  audit: Audit;
}

/** The goals a page's result breaks, as lines that name the page. */
export function broken(r: Result): string[] {
  if (r.kind === 'peer') return [];
  const out: string[] = [];
  const kb = r.kind === 'embed' ? GOALS.embedKB : GOALS.pageKB;
  if (r.kind !== 'source' && r.gzip > kb * 1024) out.push(`${r.path}: ${(r.gzip / 1024).toFixed(1)} KB gzip > ${kb} KB`);
  if (r.scriptGzip > GOALS.scriptKB * 1024)
    out.push(`${r.path}: scripts ${(r.scriptGzip / 1024).toFixed(1)} KB gzip > ${GOALS.scriptKB} KB`);
  for (const c of ['performance', 'accessibility', 'best-practices', 'seo'] as const)
    // The not-found page and the embeds (which repeat the chart pages: docs/publishing.md) say noindex on purpose;
    // Lighthouse's SEO score counts that against them.
    if (!(c === 'seo' && (r.path.endsWith('/404.html') || r.kind === 'embed')) && r.audit[c].median < GOALS.lighthouse)
      out.push(`${r.path}: Lighthouse ${c} ${r.audit[c].median} < ${GOALS.lighthouse}`);
  if (['home', 'dataset', 'embed'].includes(r.kind) && r.audit.lcp.median > GOALS.lcpMs)
    out.push(`${r.path}: LCP ${Math.round(r.audit.lcp.median)} ms > ${GOALS.lcpMs} ms`);
  if (r.audit.cls.median > GOALS.cls) out.push(`${r.path}: CLS ${r.audit.cls.median.toFixed(3)} > ${GOALS.cls}`);
  return out;
}

/** The results as a Markdown table: medians with their spread, ratios to the peer for the page kinds it stands for. */
export function table(results: Result[]): string {
  const peer = results.find((r) => r.kind === 'peer');
  const kb = (n: number) => `${(n / 1024).toFixed(1)}`;
  const sp = (s: Spread, f: (n: number) => string) => (s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`);
  const vs = (r: Result, v: number, p: number | undefined) =>
    peer && r !== peer && ['home', 'dataset', 'embed'].includes(r.kind) && p ? ` ×${(v / p).toFixed(2)}` : '';
  const rows = results.map((r) => {
    const a = r.audit;
    const cats = (['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => sp(a[c], String)).join(' / ');
    return `| ${r.kind === 'peer' ? 'peer: client-side Plot (Vite)' : r.path} | ${kb(r.gzip)}${vs(r, r.gzip, peer?.gzip)} | ${kb(r.scriptGzip)} | ${sp(a.transfer, kb)} / ${sp(a.raw, kb)} | ${cats} | ${sp(a.lcp, (n) => String(Math.round(n)))}${vs(r, a.lcp.median, peer?.audit.lcp.median)} | ${sp(a.tbt, (n) => String(Math.round(n)))} | ${sp(a.cls, (n) => n.toFixed(3))} |`;
  });
  return [
    '| page | KB gzip, all it fetches | scripts KB gzip | transfer / raw KB (as served) | Lighthouse perf / a11y / best practices / SEO | LCP ms | TBT ms | CLS |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
