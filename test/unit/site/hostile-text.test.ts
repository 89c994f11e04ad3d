/**
 * Text of a document, a correction or a supplement can never become markup (issue 27.1, 27.10). Hostile
 * strings go into a real chart (the clinical-labs longer view, from the committed data/clean, with the
 * publisher and title of every context value replaced) and into its title, subtitle, summary, legend and
 * credits; each output is parsed back and its text compared with the input: the SVG by an XML parser, the
 * same SVG inside a page by an HTML parser, the standalone file by resvg (a strict XML parser), the chart's
 * CSV by papaparse.
 */
import { DOMParser, parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../../src/datasets/views.ts';
import type { ChartDefinition, ChartSpec } from '../../../src/display/chart.ts';
import { chartCsv } from '../../../src/site/model/chart-data.ts';
import { loadRows } from '../../../src/site/model/data.ts';
import { chartCardSvg } from '../../../src/site/render/card.ts';
import { renderPng } from '../../../src/site/render/png.ts';
import { renderSvg } from '../../../src/site/render/svg.ts';

const HOSTILE = [
  '薬事日報 a="b',
  '</title><script>alert(1)</script>',
  '</text></svg><script>alert(1)</script>',
  ']]> <![CDATA[ x',
  '&amp; &lt; &#x3c; &',
  '<!-- not a comment',
  `it's "quoted" > <`,
  'x="104.123456" plot-1a2b3c ="',
];

function hostileSpec(h: string): ChartSpec {
  const dataset = 'clinical-labs-context';
  const rows = loadRows(dataset).map((r) => ({ ...r, source_publisher: h, source_title: h }));
  const def = (VIEWS[dataset].charts as readonly ChartDefinition<unknown>[])[0]!;
  const spec = def.make(rows, { lang: 'ja', rowsOf: (d) => (d === dataset ? rows : loadRows(d as typeof dataset)) })!;
  return {
    ...spec,
    source: h,
    title: h,
    subtitle: h,
    summary: h,
    legend: spec.legend.map((l) => ({ ...l, label: h })),
    cells: spec.cells.map((c) => ({ ...c, label: h })),
  };
}

const xml = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
const texts = (doc: Document | Element, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe.each(HOSTILE)('the text %j', (h) => {
  const spec = hostileSpec(h);

  it('stays text in the chart SVG, parsed back by an XML parser', () => {
    for (const layout of ['narrow', 'wide'] as const) {
      const doc = xml(renderSvg(spec, { layout }));
      expect(doc.querySelectorAll('script')).toHaveLength(0);
      const svg = doc.querySelector('svg')!;
      expect(svg.getAttribute('data-chart')).toBe(spec.id);
      expect(texts(doc, `[id="${spec.id}-${layout}-title"]`)).toEqual([h]);
      expect(texts(doc, `[id="${spec.id}-${layout}-desc"]`)).toEqual([h]);
      // Every mark's tooltip names the publisher, exactly as written.
      const tips = texts(doc, '.mark > title');
      expect(tips.length).toBeGreaterThan(0);
      expect(tips.filter((t) => t.includes(h)).length).toBeGreaterThan(0);
    }
  });

  it('stays text when the SVG sits inside a page (an HTML parser)', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body><div>${renderSvg(spec, { layout: 'wide' })}</div><p id="after">after</p></body></html>`,
    );
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('svg > title')?.textContent).toBe(h);
    expect(document.querySelector('#after')?.parentElement?.localName).toBe('body');
  });

  it('builds the standalone file: the title, legend and credits as written', () => {
    const svg = renderSvg(spec, { layout: 'narrow', standalone: { credits: [h, 'https://example.org/'] } });
    const doc = xml(svg);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    // Wrapped lines of the title, read back and joined, give the text (wrapping may drop spaces at a break).
    const lines = texts(doc, 'svg > text[font-size="17"]');
    expect(lines.join('').replace(/\s/g, '')).toBe(h.replace(/\s/g, ''));
    expect(texts(doc, 'svg > text[font-size="12"]')).toContain(h);
  });

  it('builds the social card', () => {
    const doc = xml(chartCardSvg(spec, h));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(texts(doc, 'svg > text')[0]).toBe(h);
  });

  it('comes back from the chart CSV as written', () => {
    const rows = Papa.parse<string[]>(chartCsv(spec).trimEnd(), { newline: '\n' }).data.slice(1);
    expect(rows.map((r) => r[1])).toEqual(spec.cells.map(() => h));
  });
});

it('every hostile text at once rasterises through resvg, a strict XML parser (the PNG export)', async () => {
  const spec = hostileSpec(HOSTILE.join(' '));
  const png = await renderPng(renderSvg(spec, { layout: 'narrow', standalone: { credits: HOSTILE } }), { scale: 1 });
  expect(png.subarray(1, 4).toString()).toBe('PNG');
});
