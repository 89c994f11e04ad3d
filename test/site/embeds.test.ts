/** Embeds and exports as built: embed pages, oEmbed, static SVG and PNG files, citations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { CHARTS, makeChart } from '../../src/site/model/charts.ts';
import { citeChart, embedSize, fixedHeight, snippets } from '../../src/site/publish/embed.ts';
import { DIST } from '../e2e/browser.ts';
import { read } from './dist-helpers.ts';

const LANGS = [
  ['ja', ''],
  ['en', 'en/'],
] as const;

describe('embed pages', () => {
  for (const c of CHARTS) {
    for (const [lang, prefix] of LANGS) {
      it(`/${prefix}embed/${c.id}/: chart, title, source, link back, oEmbed discovery; no site header`, () => {
        const html = read(join(DIST, prefix, 'embed', c.id, 'index.html'));
        expect(html).toContain(`<html lang="${lang}"`);
        expect(html).toContain(`data-chart="${c.id}"`);
        expect(html).toMatch(/<h1>[^<]+<\/h1>/);
        expect(html).toMatch(/<p class="source">\s*(<span class="all-values">)?(出典|Source)/);
        // relative: it resolves against the embed page's own address wherever the iframe is
        expect(html).toContain(`href="/${prefix}datasets/${c.page}/#chart-${c.id}" target="_blank"`);
        expect(html).toContain(
          `<link rel="alternate" type="application/json+oembed" href="http://localhost:4321/${prefix}oembed/${c.id}.json"`,
        );
        expect(html).not.toContain('<header class="site">');
        expect(html).not.toContain('<footer');
      });

      it(`/${prefix}oembed/${c.id}.json is a rich oEmbed response with the responsive snippet`, () => {
        const o = JSON.parse(read(join(DIST, prefix, 'oembed', `${c.id}.json`)));
        expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_url: `http://localhost:4321/${prefix}` });
        expect(o.html).toContain(`src="http://localhost:4321/${prefix}embed/${c.id}/"`);
        expect(o.html).toContain('data-mhlw-chart');
        expect(o.width).toBeGreaterThan(300);
        expect(o.thumbnail_url).toBe(`http://localhost:4321/${prefix}charts/${c.id}.png`);
      });
    }
  }

  it('the dataset page offers both snippets, the files and the citation for each chart', () => {
    const html = read(join(DIST, 'datasets/price-agreement/index.html'));
    expect(html).toContain('id="snip-r-price-agreement-by-owner"');
    expect(html).toContain('id="snip-p-price-agreement-by-owner"');
    expect(html).toContain('href="/charts/price-agreement-by-owner.svg" download');
    expect(html).toContain('href="/charts/price-agreement-by-owner.png" download');
    expect(html).toContain('&lt;script src=&quot;http://localhost:4321/embed.js&quot; async&gt;&lt;/script&gt;');
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="http://localhost:4321/oembed/price-agreement-by-owner.json"',
    );
    expect(html).toMatch(/data-cite-bibtex>@misc\{mhlw-charts-price-agreement-by-owner-\d{4},/);
  });

  it('the height listener served for the responsive snippet is under 1 KB', () => {
    expect(readFileSync(join(DIST, 'embed.js')).length).toBeLessThan(1024);
  });
});

describe('static chart files', () => {
  for (const c of CHARTS) {
    for (const [lang, prefix] of LANGS) {
      const spec = makeChart(c.id, lang)!;
      it(`/${prefix}charts/${c.id}.svg is standalone: XML declaration, namespace, title and source inside, nothing external`, () => {
        const svg = read(join(DIST, prefix, 'charts', `${c.id}.svg`));
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        // The title, in bold lines wrapped to the picture's width, reads as the chart's title.
        const lines = [...svg.matchAll(/<text [^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
        const joined = lines.join(spec.lang === 'ja' ? '' : ' ');
        expect(joined).toBe(spec.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
        expect(svg).toMatch(/>(出典：|Source: )[^<]+<\/text>/);
        expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
        expect(svg).not.toMatch(/@import|url\(/);
      });

      it(`/${prefix}charts/${c.id}.png is 2× the SVG with ink in the title band`, () => {
        const svg = read(join(DIST, prefix, 'charts', `${c.id}.svg`));
        const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
        const png = PNG.sync.read(readFileSync(join(DIST, prefix, 'charts', `${c.id}.png`)));
        expect([png.width, png.height]).toEqual([w * 2, h * 2]);
        // The title is drawn at y 6–26 (×2): count dark pixels there.
        let ink = 0;
        for (let y = 12; y < 52; y++) {
          for (let x = 0; x < png.width; x++) {
            const i = (y * png.width + x) * 4;
            if (png.data[i]! < 128 && png.data[i + 1]! < 128 && png.data[i + 2]! < 128) ink++;
          }
        }
        expect(ink).toBeGreaterThan(spec.title.length * 40);
      });
    }
  }
});

describe('citations', () => {
  const sources = [
    {
      id: 'd',
      file: 'd.txt',
      title_ja: '資料名',
      title_en: 'Handout',
      publisher_ja: '厚生労働省',
      publisher_en: 'MHLW',
      date: '2011',
      url: null,
      licence: '',
      licence_ja: '',
      licence_url: '',
      type_ja: '資料',
      type_en: 'handout',
    },
  ];
  for (const c of CHARTS) {
    it(`${c.id}: a reference line and BibTeX in both languages`, () => {
      const ja = citeChart(makeChart(c.id, 'ja')!, 'ja', 'https://example.org/datasets/x/#chart', '2026-11-23', sources);
      expect(ja.text).toBe(
        `${t('ja').site.name}「${makeChart(c.id, 'ja')!.title}」https://example.org/datasets/x/#chart（2026-11-23参照）。原資料：厚生労働省「資料名」（2011）。`,
      );
      expect(ja.bibtex).toMatch(new RegExp(`^@misc\\{mhlw-charts-${c.id}-2026,\\n  title {8}= \\{`));
      expect(ja.bibtex).toContain('howpublished = {\\url{https://example.org/datasets/x/#chart}}');
      expect(ja.bibtex).toContain('note         = {2026-11-23参照。原資料：厚生労働省「資料名」（2011）}');
      const en = citeChart(makeChart(c.id, 'en')!, 'en', 'https://example.org/en/x/', '2026-11-23', sources);
      expect(en.text).toBe(
        `${t('en').site.name}, “${makeChart(c.id, 'en')!.title}”, https://example.org/en/x/ (accessed 2026-11-23). Source: MHLW, “Handout” (2011).`,
      );
      expect(en.bibtex).toContain('language     = {english}');
      expect(en.bibtex.split('{').length).toBe(en.bibtex.split('}').length);
    });
  }

  it('snippets: the plain one has a fixed height that fits the chart at any width, the responsive one a default height', () => {
    const spec = makeChart(CHARTS[0]!.id, 'ja')!;
    const { width, height } = embedSize(spec);
    const s = snippets(spec, 'https://example.org/');
    expect(s.plain).toContain(`max-width:${width}px;height:${fixedHeight(spec)}px`);
    expect(fixedHeight(spec)).toBeGreaterThanOrEqual(height);
    expect(s.responsive).toContain(`height="${height}"`);
    expect(s.responsive).toContain('<script src="https://example.org/embed.js" async></script>');
  });
});
