/**
 * A site built from a fixture document whose labels hold markup, under a sub-path (BASE_PATH=mhlw, served as
 * /mhlw/): the markup stays inert text in pages, SVGs, tables and CSVs, and every link respects the base.
 * The site is the fixture site (test/site/fixture-site.ts): its handout has markup in four service labels and
 * one owner label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { built } from '../built.ts';
import { HAVE_BROWSER, launch, serveDist } from '../e2e/browser.ts';
import { LOADER } from '../../src/site/publish/csp.ts';
import { attrs, fileOf, ids, pages, read, urlOf, walk } from './dist-helpers.ts';
import { BASE, FIXTURE_DOC, FORMULA, JS_LINK, SCRIPT } from './fixture-site.ts';

const SOURCE = `sources/${FIXTURE_DOC.replace(/\.txt$/, '')}`;
let out: string;
let clean: string;
beforeAll(async () => {
  const fixture = await built('fixture');
  out = fixture.out;
  clean = fixture.clean!;
});

describe('markup in source labels', () => {
  it('is in the CSV as text, and neutralised nowhere it need not be', () => {
    expect(readFileSync(join(clean, 'outsourcing-rates.csv'), 'utf8')).toContain(`\n院内清掃${SCRIPT},`);
    expect(readFileSync(join(clean, 'price-agreement-by-owner.csv'), 'utf8')).toContain(`\n24,個人${SCRIPT},`);
  });

  it('is escaped text on the dataset page: table, chart SVG and summary', () => {
    const html = read(join(out, 'datasets/outsourcing/index.html'));
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img/src=x');
    expect(html).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
    expect(html).toMatch(/<th scope="row">院内清掃&lt;script&gt;alert\(document.domain\)&lt;\/script&gt;<\/th>/);
    expect(html).toContain('医療事務&quot;&gt;&lt;img/src=x/onerror=alert(document.domain)&gt;');
    const owner = read(join(out, 'datasets/price-agreement/index.html'));
    expect(owner).not.toContain(SCRIPT);
    expect(owner).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
    // in both layouts of the owner chart, whose row labels are the owners
    for (const layout of ['narrow', 'wide']) {
      const start = owner.indexOf(`data-layout="${layout}" data-chart="price-agreement-by-owner"`);
      expect(start, layout).toBeGreaterThan(0);
      expect(owner.slice(start, owner.indexOf('</svg>', start))).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
    }
  });

  it('never becomes a javascript: link, in pages, embeds or SVG files', () => {
    for (const file of walk(out).filter((f) => /\.(html|svg)$/.test(f))) {
      const text = read(file);
      expect(text, file).not.toMatch(/(href|src|action)=["']?\s*javascript:/i);
      // the document's own <script> never reaches a page: the only script element is the loader (markup quoted
      // in an attribute value, such as a description naming the owner, is text: the attributes are left out)
      // (schema.org data blocks are data, not script: their text has no `<`, so none can end the element early)
      const data = [...text.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)];
      for (const [, json] of data) expect(json, file).not.toContain('<');
      const elements = text.replace(/<script type="application\/ld\+json">[^]*?<\/script>/g, '').replace(/="[^"]*"/g, '=""');
      for (const [, body] of elements.matchAll(/<script[^>]*>([^]*?)<\/script>/g)) expect(body, file).toBe(LOADER);
    }
    expect(read(join(out, 'datasets/outsourcing/index.html'))).toContain(`${JS_LINK}在宅医療サポート`);
    expect(read(join(out, 'embed/price-agreement-by-owner/index.html'))).toContain('個人&lt;script&gt;');
    expect(read(join(out, 'charts/price-agreement-by-owner.svg'))).not.toContain(SCRIPT);
    expect(read(join(out, 'charts/price-agreement-by-owner.svg'))).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
  });

  it('a text cell that starts with = is neutralised in the Excel downloads only', () => {
    expect(readFileSync(join(out, 'downloads/outsourcing-rates.csv'), 'utf8')).toContain(`\n"${FORMULA.replace(/"/g, '""')}院内物品管理",`);
    // in the Excel forms, a string constant (="…"): Excel shows the text and runs nothing (docs/excel-csv.md)
    const cells = Papa.parse<string[]>(
      readFileSync(join(out, 'downloads/outsourcing-rates.excel-utf8.csv'), 'utf8').replace(/^\uFEFF/, ''),
    ).data.flat();
    expect(cells).toContain(`="${`${FORMULA}院内物品管理`.replace(/"/g, '""')}"`);
    expect(cells.filter((c) => c.startsWith('=') && !/^="(?:[^"]|"")*"$/.test(c))).toEqual([]);
  });

  it('is escaped in the source viewer', () => {
    const html = read(join(out, `${SOURCE}/index.html`));
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('&lt;script&gt;alert(document.domain)&lt;/script&gt;');
  });
});

describe('a build under a sub-path', () => {
  it('puts every link under the base, and every link resolves', () => {
    const broken: string[] = [];
    for (const file of pages(out)) {
      const html = read(file);
      const here = urlOf(out, file, BASE);
      for (const h of [...attrs(html, 'a', 'href'), ...attrs(html, 'link', 'href'), ...attrs(html, 'script', 'src')]) {
        if (/^https?:/.test(h) && !h.startsWith('https://charts.example.org/')) continue;
        const u = new URL(h, `https://charts.example.org${here}`);
        const target = fileOf(out, u.pathname, BASE);
        if (!target) broken.push(`${here} → ${h}`);
        else if (u.hash && target.endsWith('.html') && !ids(read(target)).has(u.hash.slice(1))) broken.push(`${here} → ${h} (anchor)`);
      }
    }
    expect(broken).toEqual([]);
    expect(read(join(out, 'index.html'))).toContain('<link rel="canonical" href="https://charts.example.org/mhlw/">');
    expect(read(join(out, '_headers'))).toMatch(/^\/mhlw\/\*$/m);
  });
});

describe.skipIf(!HAVE_BROWSER)('in Chromium', () => {
  it('runs no injected script', async () => {
    const site = await serveDist(out, BASE);
    const browser = await launch();
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const p of ['datasets/outsourcing/', 'datasets/price-agreement/', `${SOURCE}/`, 'en/datasets/outsourcing/']) {
      await page.goto(`${site.url}${BASE}${p}`);
      expect(await page.locator(`text=${SCRIPT}`).count()).toBeGreaterThan(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await browser.close();
    await site.close();
  });
});
