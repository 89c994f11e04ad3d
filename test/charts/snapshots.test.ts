/**
 * SVG snapshots of every chart in both languages, from the committed data/clean (reviewed when they change).
 * Numbers are rounded and generated ids are stable before comparing; a missing snapshot is written
 * locally but fails under CI=true. The owner chart has missing values; the outsourcing chart sourced ones.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { renderSvg } from '../../src/lib/render-svg.ts';
import { ROOT } from '../helpers.ts';

const OUT = join(ROOT, 'test/output');

/** Rounds coordinates to 1 decimal and puts one element per line, so diffs are readable and stable. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/plot-[0-9a-f]{6}/g, 'plot-id')
    .replace(/></g, '>\n<')
    .concat('\n');
}

describe('chart snapshots', () => {
  for (const chart of CHARTS) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${chart.id} (${lang})`, () => {
        const spec = chart.make(lang, lang === 'ja' ? '出典：テスト' : 'Source: test')!;
        const svg = normaliseSvg(renderSvg(spec));
        const file = join(OUT, `${chart.id}.${lang}.svg`);
        if (!existsSync(file)) {
          if (process.env.CI === 'true') throw new Error(`missing snapshot ${file}: run the tests locally, review it and commit it`);
          mkdirSync(OUT, { recursive: true });
          writeFileSync(file, svg);
        }
        expect(svg).toBe(readFileSync(file, 'utf8'));
      });
    }
  }

  it('marks carry value, status, source line and raw text in <title>', () => {
    const spec = CHARTS.find((c) => c.id === 'price-agreement-by-owner')!.make('ja', '')!;
    const svg = renderSvg(spec);
    expect(svg).toContain('<title>都道府県 2010年6月: 30.7%\n状態: 修復 (one-for-decimal-point)\n原文 733: “3017”</title>');
    // a missing value has no mark: 都道府県 December (441141) is a gap
    expect(svg).not.toContain('都道府県 2010年12月');
  });

  it('sourced values are marked apart from read ones', () => {
    const svg = renderSvg(CHARTS.find((c) => c.id === 'outsourcing-trends')!.make('en', '')!);
    const sourced = svg.match(/<path[^>]*fill="white"[^>]*stroke="#D55E00"[^>]*>|<path[^>]*stroke="#D55E00"[^>]*fill="white"[^>]*>/g) ?? [];
    expect(sourced.length).toBe(3);
    expect(svg).toContain('status: sourced (supplement)');
  });

  it('two renders are byte-identical (stable ids)', () => {
    const make = () => renderSvg(CHARTS.find((c) => c.id === 'clinical-labs-totals')!.make('ja', '')!);
    expect(make()).toBe(make());
    expect(make()).toContain('class="plot-clinical-labs-totals"');
  });
});
