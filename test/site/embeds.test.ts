/** Embeds and exports as built: embed pages, oEmbed, the chart files for reports (SVG, PNG, PDF), citations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { CHARTS, makeChart } from '../../src/site/model/charts.ts';
import { citeChart, embedSize, fixedHeight, snippets } from '../../src/site/publish/embed.ts';
import { DIST } from '../e2e/browser.ts';
import { iframeSize, oembedErrors } from '../unit/site/oembed-spec.ts';
import { read } from './dist-helpers.ts';
import { pdfFonts, pdfInfo, pdfUnicodeChars } from './pdf-reader.ts';

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

      it(`/${prefix}oembed/${c.id}.json is valid oEmbed 1.0 (rich) with the responsive snippet, its size and a thumbnail of the size it says`, () => {
        const o = JSON.parse(read(join(DIST, prefix, 'oembed', `${c.id}.json`)));
        expect(oembedErrors(o)).toEqual([]);
        expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_url: `http://localhost:4321/${prefix}` });
        expect(o.html).toContain(`src="http://localhost:4321/${prefix}embed/${c.id}/"`);
        expect(o.html).toContain('data-mhlw-chart');
        expect(iframeSize(o.html)).toEqual({ width: o.width, height: o.height });
        expect(o.width).toBeGreaterThan(300);
        expect(o.thumbnail_url).toBe(`http://localhost:4321/${prefix}cards/${c.id}.png`);
        const thumb = PNG.sync.read(readFileSync(join(DIST, prefix, 'cards', `${c.id}.png`)));
        expect([thumb.width, thumb.height]).toEqual([o.thumbnail_width, o.thumbnail_height]);
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

describe('chart files for reports', () => {
  const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  /** Dark pixels in rows y0–y1 of an RGBA picture. */
  const ink = (png: { width: number; data: Uint8Array }, y0: number, y1: number) => {
    let n = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = 0; x < png.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 128 && png.data[i + 1]! < 128 && png.data[i + 2]! < 128) n++;
      }
    }
    return n;
  };
  for (const c of CHARTS) {
    for (const [lang, prefix] of LANGS) {
      const spec = makeChart(c.id, lang)!;
      it(`/${prefix}charts/${c.id}.svg stands alone and looks the same without fonts: text outlined, <title> and <desc> keep the words`, () => {
        const svg = read(join(DIST, prefix, 'charts', `${c.id}.svg`));
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg).toContain(`<title id="${c.id}-file-title">${esc(spec.title)}</title>`);
        expect(svg).toMatch(new RegExp(`<desc id="${c.id}-file-desc">[^<]*${lang === 'ja' ? '出典：' : 'Source: '}`));
        expect(svg).toContain(`role="img" aria-labelledby="${c.id}-file-title ${c.id}-file-desc" lang="${lang}"`);
        expect(svg).not.toMatch(/<text[\s>]/);
        expect(svg).not.toMatch(/(href|src)="(https?:)?\/\//);
        expect(svg).not.toMatch(/@import|url\(http/);
        // Rendered with no font at all, the title band has as much ink as a title drawn with one.
        const resvg = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: [] } });
        const bare = resvg.render();
        expect(ink({ width: bare.width, data: bare.pixels }, 6, 26)).toBeGreaterThan(spec.title.length * 10);
        // Everything drawn, the glyphs' outlines included, lies inside the picture.
        const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
        const box = resvg.getBBox()!;
        expect([box.x, box.y, box.x + box.width, box.y + box.height].map(Math.round)).toEqual([0, 0, w, h]);
      });

      it(`/${prefix}charts/${c.id}.png is 2,400 px wide, the picture of the SVG, with its title and credits`, () => {
        const svg = read(join(DIST, prefix, 'charts', `${c.id}.svg`));
        const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number) as [number, number, number];
        const png = PNG.sync.read(readFileSync(join(DIST, prefix, 'charts', `${c.id}.png`)));
        expect(png.width).toBeGreaterThanOrEqual(2400);
        expect(png.height).toBe(Math.round((h * png.width) / w));
        const k = png.width / w;
        expect(ink(png, Math.round(6 * k), Math.round(26 * k))).toBeGreaterThan(spec.title.length * 10 * k * k);
        // The credits: ink below the light rule under the chart (the lowest row that is mostly that grey).
        const grey = (x: number, y: number) => {
          const i = (y * png.width + x) * 4;
          return Math.abs(png.data[i]! - 204) < 12 && Math.abs(png.data[i + 1]! - 204) < 12;
        };
        let rule = -1;
        for (let y = png.height - 1; y > png.height / 2 && rule < 0; y--) {
          let n = 0;
          for (let x = 0; x < png.width; x++) if (grey(x, y)) n++;
          if (n > png.width * 0.6) rule = y;
        }
        expect(rule).toBeGreaterThan(0);
        expect(ink(png, rule + 2, png.height)).toBeGreaterThan(3000);
      });

      it(`/${prefix}charts/${c.id}.pdf: vector, fonts embedded as subsets, the title as text and in the metadata`, () => {
        const pdf = readFileSync(join(DIST, prefix, 'charts', `${c.id}.pdf`));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const fonts = pdfFonts(pdf);
        expect(fonts.names.length).toBeGreaterThan(0);
        for (const name of fonts.names) expect(name).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)$/);
        expect(fonts.embedded).toBe(fonts.descriptors);
        expect(pdf.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
        expect(pdfInfo(pdf, 'Title')).toBe(spec.title);
        expect(pdfInfo(pdf, 'Subject')).toContain(lang === 'ja' ? '出典：' : 'Source: ');
        expect(pdfInfo(pdf, 'Lang') ?? pdf.toString('latin1').match(/\/Lang \((\w+)\)/)?.[1]).toBe(lang);
        // Every character of the title can be copied out of the page (the fonts' ToUnicode maps give it back).
        const chars = pdfUnicodeChars(pdf);
        expect([...spec.title.replace(/\s/g, '')].filter((ch) => !chars.has(ch))).toEqual([]);
      });
    }
  }
});

describe('citations', () => {
  for (const c of CHARTS) {
    it(`${c.id}: a reference line and BibTeX in both languages`, () => {
      const ja = citeChart(makeChart(c.id, 'ja')!, 'ja', 'https://example.org/datasets/x/#chart', '2026-11-23', [
        { publisher: '厚生労働省', title: '資料名', date: '2011年' },
        { publisher: '医療介護CBニュース', title: 'unknown', date: '' },
      ]);
      expect(ja.text).toBe(
        `${t('ja').site.name}「${makeChart(c.id, 'ja')!.title}」https://example.org/datasets/x/#chart（2026-11-23参照）。原資料：厚生労働省「資料名」（2011年）、医療介護CBニュース。`,
      );
      expect(ja.bibtex).toMatch(new RegExp(`^@misc\\{mhlw-charts-${c.id}-2026,\\n  title {8}= \\{`));
      expect(ja.bibtex).toContain('howpublished = {\\url{https://example.org/datasets/x/#chart}}');
      expect(ja.bibtex).toContain('note         = {2026-11-23参照。原資料：厚生労働省「資料名」（2011年）、医療介護CBニュース}');
      const en = citeChart(makeChart(c.id, 'en')!, 'en', 'https://example.org/en/x/', '2026-11-23', [
        { publisher: 'MHLW', title: 'Handout', date: '2011' },
      ]);
      expect(en.text).toBe(
        `${t('en').site.name}, “${makeChart(c.id, 'en')!.title}”, https://example.org/en/x/ (accessed 2026-11-23). Source: MHLW, “Handout” (2011).`,
      );
      expect(en.bibtex).toContain('language     = {english}');
      expect(en.bibtex.split('{').length).toBe(en.bibtex.split('}').length);
    });

    it(`${c.id}: the built citation names every source of the values it draws (its metadata's), no other, and none is empty`, () => {
      for (const prefix of ['', 'en/']) {
        const meta = JSON.parse(read(join(DIST, prefix, 'charts', `${c.id}.metadata.json`))) as {
          lang: 'ja' | 'en';
          sources: { publisher: string }[];
          citation: { ja: string; en: string };
        };
        const text = meta.citation[meta.lang];
        expect(text).not.toMatch(/(Source: |原資料：)[.。]/);
        for (const s of meta.sources) expect(text, s.publisher).toContain(s.publisher);
        // the page shows the same citation (its Japanese parts marked as such on an English page)
        const page = read(join(DIST, prefix, 'datasets', c.page, 'index.html')).replace(/<\/?span( lang="ja")?>/g, '');
        expect(page).toContain(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
      }
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
