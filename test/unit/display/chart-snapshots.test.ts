/**
 * SVG snapshots of every chart in both languages and both layouts, from the committed data/clean (reviewed
 * when they change). Numbers are rounded and generated ids are stable before comparing; a missing snapshot
 * is written locally but fails under CI=true. The owner chart has missing values; the outsourcing chart
 * sourced ones.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../../src/display/text.ts';
import { CHARTS, makeChart } from '../../../src/site/model/charts.ts';
import { renderSvg } from '../../../src/site/render/svg.ts';
import { ROOT } from '../../helpers.ts';

const OUT = join(ROOT, 'test/output');

/** Rounds coordinates to 1 decimal and puts one element per line, so diffs are readable and stable. */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/plot-[0-9a-f]{6}/g, 'plot-id')
    .replace(/></g, '>\n<')
    .concat('\n');
}

const expected = new Set<string>();

/** Each chart is rendered once per language and layout, and the tests below read the same SVG (a render is
 * pure: the last test shows two are byte-identical). */
const renders = new Map<string, string>();
function rendered(id: string, lang: 'ja' | 'en', layout: 'narrow' | 'wide'): string {
  const key = `${id}.${lang}.${layout}`;
  let svg = renders.get(key);
  if (svg === undefined) renders.set(key, (svg = renderSvg(makeChart(id, lang)!, { layout })));
  return svg;
}

describe('chart snapshots', () => {
  for (const chart of CHARTS) {
    for (const lang of ['ja', 'en'] as const) {
      for (const layout of ['narrow', 'wide'] as const) {
        const name = `${chart.id}.${lang}.${layout}.svg`;
        expected.add(name);
        it(`${chart.id} (${lang}, ${layout})`, () => {
          const svg = normaliseSvg(rendered(chart.id, lang, layout));
          const file = join(OUT, name);
          if (!existsSync(file)) {
            if (process.env.CI === 'true') throw new Error(`missing snapshot ${file}: run the tests locally, review it and commit it`);
            mkdirSync(OUT, { recursive: true });
            writeFileSync(file, svg);
          }
          expect(svg).toBe(readFileSync(file, 'utf8'));
        });
      }
    }
  }

  it('keeps no snapshot of a chart that no longer exists', () => {
    expect(readdirSync(OUT).filter((f) => f.endsWith('.svg') && !expected.has(f))).toEqual([]);
  });

  it('each layout is as wide as the layout says, with 12-unit text', () => {
    for (const chart of CHARTS) {
      for (const layout of ['narrow', 'wide'] as const) {
        const svg = rendered(chart.id, 'en', layout);
        expect(svg, `${chart.id} ${layout}`).toMatch(new RegExp(`viewBox="0 0 ${LAYOUTS[layout]} `));
        expect(svg).toContain('font-size:12px');
      }
    }
  });

  it('marks carry value, status, source line and raw text in <title>, in the page language', () => {
    const ja = renderSvg(makeChart('price-agreement-by-owner', 'ja')!);
    expect(ja).toContain('<title>都道府県 2010年6月：30.7%\n資料の733行目の「3017」を読み直した値（小数点が「1」と読まれたもの）</title>');
    // a missing value has no mark: 都道府県 December (441141) is a gap
    expect(ja).not.toContain('都道府県 2010年12月');
    const en = renderSvg(makeChart('price-agreement-by-owner', 'en')!);
    expect(en).toContain(
      '<title>Prefectures Jun 2010: 30.7%\nRepaired from “3017” on line 733 of the document (a decimal point read as the digit 1)</title>',
    );
  });

  it('sourced values are marked apart from read ones, with their note in the page language', () => {
    const svg = renderSvg(makeChart('outsourcing-trends', 'ja')!);
    const sourced = svg.match(/<path[^>]*fill="white"[^>]*stroke="#D55E00"[^>]*>|<path[^>]*stroke="#D55E00"[^>]*fill="white"[^>]*>/g) ?? [];
    expect(sourced.length).toBe(3);
    expect(svg).toContain('出典：医療介護CBニュース（転載）「給食を委託する病院、7割弱に-医療関連サービス振興会が調査」（2013年4月8日）');
    expect(svg).toContain('資料のテキストにない値。転載');
  });

  it('no chart label is cut with an ellipsis', () => {
    for (const chart of CHARTS) {
      for (const lang of ['ja', 'en'] as const) {
        for (const layout of ['narrow', 'wide'] as const) {
          const svg = rendered(chart.id, lang, layout);
          expect(svg, `${chart.id} ${lang} ${layout}`).not.toMatch(/…<\/t(ext|span)>/);
        }
      }
    }
  });

  it('two renders are byte-identical (stable ids)', () => {
    const make = () => renderSvg(makeChart('clinical-labs-totals', 'ja')!, { layout: 'narrow' });
    expect(make()).toBe(make());
    expect(make()).toContain('class="plot-clinical-labs-totals-narrow"');
  });
});
