/**
 * What a chart draws travels into its files: the standalone SVG (the source of the PNG, the PDF and the
 * outlined SVG file) holds the chart the page and the embed show — every mark and every text of its wide
 * layout, annotations included (a rule-change note, a reference line) — plus its title and credits.
 */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CHARTS, creditsOf, makeChart } from '../../../src/site/model/charts.ts';
import { standaloneSvg } from '../../../src/site/render/chart-files.ts';
import { renderSvg } from '../../../src/site/render/svg.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
const texts = (root: ParentNode) => [...root.querySelectorAll('text')].map((t) => t.textContent ?? '');
const marks = (root: ParentNode) => [...root.querySelectorAll('path, line, circle, rect, polyline, polygon')].length;

describe('chart files carry the chart as drawn', () => {
  for (const c of CHARTS) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${lang} ${c.id}: every text and mark of the page's chart is in the file, with the title and credits`, () => {
        const spec = makeChart(c.id, lang)!;
        const page = parse(renderSvg(spec, { layout: 'wide' })).documentElement;
        const file = parse(standaloneSvg(spec)).documentElement;
        const inner = file.querySelector('svg[data-chart]')!;
        expect(texts(inner)).toEqual(texts(page));
        expect(marks(inner)).toBe(marks(page));
        const all = texts(file).join('');
        for (const credit of creditsOf(spec)) expect(all.replace(/\s/g, '')).toContain(credit.replace(/\s/g, ''));
      });
    }
  }
});
