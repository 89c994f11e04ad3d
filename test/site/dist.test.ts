/** The built site (dist/, made by test/global-setup.ts): links, anchors, page basics, downloads, budgets. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DIST, parseHeaders } from '../e2e/browser.ts';
import { LOADER } from '../../src/site/publish/csp.ts';
import { ROOT } from '../helpers.ts';
import { attrs, fetched, fileOf, gz, ids, pages, read, urlOf, walk } from './dist-helpers.ts';

const all = pages(DIST);

describe('pages', () => {
  it('has every page type in both languages', () => {
    const urls = all.map((f) => urlOf(DIST, f));
    for (const p of [
      '',
      'datasets/outsourcing/',
      'datasets/clinical-labs/',
      'datasets/price-agreement/',
      'datasets/clinical-research-cases/',
      'quality/',
      'sources/mhlw-2011-keizaika-handout/',
      'sources/mhlw-2019-clinical-research-act-cases/',
    ]) {
      expect(urls).toContain(`/${p}`);
      expect(urls).toContain(`/en/${p}`);
    }
  });

  for (const file of all) {
    const url = urlOf(DIST, file);
    it(`${url}: lang, charset, title, description, CSP, alternates`, () => {
      const html = read(file);
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${url.startsWith('/en/') ? 'en' : 'ja'}"`, 'i'));
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
      const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
      expect(csp).toContain("default-src 'self'");
      // scripts from the site itself, plus the one inline loader by its hash (computed here, not taken from the CSP)
      expect(csp).toContain(`script-src 'self' 'sha256-${createHash('sha256').update(LOADER).digest('base64')}';`);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      // 404.html has no address of its own: no canonical or alternates. Embeds repeat the chart pages: they
      // are `noindex` and carry no hreflang (docs/publishing.md); every other page is indexed, with both.
      const embed = /^\/(en\/)?embed\//.test(url);
      expect(html.includes('<meta name="robots" content="noindex">'), url).toBe(embed || url === '/404.html');
      if (embed) expect(html).not.toContain('hreflang=');
      else if (url !== '/404.html') {
        expect(html).toMatch(/<link rel="alternate" hreflang="ja"/);
        expect(html).toMatch(/<link rel="alternate" hreflang="en"/);
        // the language switch leads to this page in the other language (the browser test clicks it on a few)
        const other = url.startsWith('/en/') ? url.slice(3) : `/en${url}`;
        expect(html.match(/<a href="([^"]*)"[^>]*data-lang-switch/)?.[1], url).toBe(other);
      } else expect(html).not.toContain('rel="canonical"');
      // no inline script but the loader: no <script src>, one loader whose text is exactly LOADER, listing
      // site.js (embeds: their own, smaller embed-page.js instead), which exist
      expect(html).not.toMatch(/<script[^>]*\ssrc=/);
      // (schema.org data blocks, type application/ld+json, are data, never run: dataset pages have one each)
      const scripts = [...html.matchAll(/<script([^>]*)>([^]*?)<\/script>/g)].filter((m) => !m[1]!.includes('application/ld+json'));
      const data = [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)];
      expect(data.length).toBe(/\/datasets\/[^/]+\/$/.test(url) ? 1 : 0);
      for (const d of data) expect(JSON.parse(d[1]!)['@type']).toBe('Dataset');
      expect(scripts).toHaveLength(1);
      expect(scripts[0]![2]).toBe(LOADER);
      const load = /data-load="([^"]+)"/.exec(scripts[0]![1]!)?.[1]?.split(' ') ?? [];
      expect(load).toEqual(url.includes('/embed/') ? ['/scripts/embed-page.js'] : ['/scripts/site.js']);
      for (const src of load) expect(existsSync(join(DIST, src))).toBe(true);
    });
  }
});

describe('links', () => {
  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    // each target's ids read once: thousands of value links point into a few evidence pages
    const idsOf = new Map<string, Set<string>>();
    const idsIn = (f: string) => idsOf.get(f) ?? idsOf.set(f, ids(read(f))).get(f)!;
    for (const file of all) {
      const html = read(file);
      const here = urlOf(DIST, file);
      for (const raw of [
        ...attrs(html, 'a', 'href'),
        ...attrs(html, 'link', 'href'),
        ...attrs(html, 'script', 'src'),
        ...attrs(html, 'img', 'src'),
      ]) {
        if (/^(https?:|mailto:)/.test(raw) && !raw.startsWith('http://localhost:4321')) continue;
        const u = new URL(raw, `http://localhost:4321${here}`);
        const target = fileOf(DIST, u.pathname);
        if (!target) {
          broken.push(`${here} → ${raw}`);
          continue;
        }
        if (u.hash && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(u.hash.slice(1))))
          broken.push(`${here} → ${raw} (no such anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    for (const file of all) {
      const html = read(file);
      for (const src of fetched(html)) {
        expect(src.startsWith('/') || src.startsWith('http://localhost:4321/'), `${file}: ${src}`).toBe(true);
      }
    }
  });

  it('every row of the data tables links to the source lines it was read from, and every value to its evidence', () => {
    for (const file of all.filter((f) => /datasets\/[^/]+\/index\.html$/.test(f))) {
      const { document } = parseHTML(read(file));
      for (const row of document.querySelectorAll('.data-table tbody tr')) {
        const lines = [...row.querySelectorAll('td.line a')].map((a) => a.getAttribute('href')!);
        const cells = [...row.querySelectorAll('td:not(.line)')];
        for (const l of lines) expect(l).toMatch(/^(\/en)?\/sources\/[^/]+\/#L\d+$/);
        // each value links to its anchor on the page's evidence page (which links on to its line or source)
        const values = cells.filter((c) => c.hasAttribute('data-status'));
        expect(values.length).toBeGreaterThan(0);
        for (const c of values) expect(c.querySelector('a')?.getAttribute('href')).toMatch(/^(\/en)?\/evidence\/[^/]+\/#v-[0-9a-f]{8}$/);
      }
    }
    const owner = read(join(DIST, 'datasets/price-agreement/index.html'));
    expect(owner).toMatch(/<th scope="row">都道府県<\/th>[^]*?href="\/sources\/mhlw-2011-keizaika-handout\/#L733">733行<\/a>/);
    const os = read(join(DIST, 'evidence/outsourcing/index.html'));
    expect(os).toContain('href="http://frcsrnewsreel.blogspot.com/2013/04/7.html"');
  });
});

describe('downloads', () => {
  const clean = (f: string) => readFileSync(join(ROOT, 'data/clean', f));
  for (const f of [...readdirSync(join(ROOT, 'data/clean')).filter((x) => x.endsWith('.csv')), 'datapackage.json']) {
    it(`${f} is published byte-identical and linked from a page`, () => {
      expect(readFileSync(join(DIST, 'downloads', f)).equals(clean(f))).toBe(true);
      expect(all.some((p) => read(p).includes(`href="/downloads/${f}"`))).toBe(true);
    });
  }

  /** The cells of an Excel form as Excel shows them: `="…"` constants unwrapped, headers set aside. */
  const shown = (text: string) =>
    Papa.parse<string[]>(text, { skipEmptyLines: true })
      .data.slice(1)
      .map((r) =>
        r.map((c) =>
          c.startsWith('="') ? [...c.slice(1).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).join('') : c,
        ),
      );
  const published = (f: string) => Papa.parse<string[]>(clean(f).toString('utf8'), { skipEmptyLines: true }).data.slice(1);

  it('the Excel (UTF-8) form has a BOM, CRLF and Japanese headers, and shows the same cells', () => {
    const b = readFileSync(join(DIST, 'downloads/price-agreement-by-owner.excel-utf8.csv'));
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = b.subarray(3).toString('utf8');
    expect(text.split('\r\n').length).toBe(clean('price-agreement-by-owner.csv').toString('utf8').split('\n').length);
    expect(text.split('\r\n')[0]).toMatch(/^番号,設置者,/);
    expect(shown(text).map((r) => r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)))).toEqual(
      published('price-agreement-by-owner.csv').map((r) => r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c))),
    );
  });

  it('the Excel (Windows) form is CP932 with CRLF and shows the same text', () => {
    const b = readFileSync(join(DIST, 'downloads/price-agreement-by-facility.excel-cp932.csv'));
    const text = new TextDecoder('windows-31j', { fatal: true }).decode(b);
    expect(shown(text)).toEqual(published('price-agreement-by-facility.csv'));
    expect(iconv.decode(b, 'cp932')).toBe(text);
    expect(b.includes(Buffer.from('病院', 'utf8'))).toBe(false);
  });

  it('each download says its size on the dataset page', () => {
    const html = read(join(DIST, 'datasets/clinical-labs/index.html'));
    const size = readFileSync(join(DIST, 'downloads/clinical-labs-totals.csv')).length;
    expect(html).toMatch(
      new RegExp(`clinical-labs-totals.csv\\s*</a>\\s*— CSV（UTF-8）[^（]*（(${size}バイト|${(size / 1024).toFixed(1)} KB)）`),
    );
  });
});

describe('budgets (gzip, all a page fetches)', () => {
  for (const file of all) {
    const url = urlOf(DIST, file);
    if (url.includes('/sources/')) continue;
    const budget = url.includes('/embed/') ? 20 : 50;
    it(`${url} ≤ ${budget} KB, scripts ≤ 10 KB`, () => {
      const html = read(file);
      const deps = fetched(html).map((h) => fileOf(DIST, new URL(h, 'http://localhost:4321').pathname)!);
      const scripts = deps.filter((d) => d.endsWith('.js')).reduce((s, d) => s + gz(readFileSync(d)), 0);
      const total = gz(html) + deps.reduce((s, d) => s + gz(readFileSync(d)), 0);
      expect(total).toBeLessThanOrEqual(budget * 1024);
      expect(scripts).toBeLessThanOrEqual(10 * 1024);
    });
  }
});

describe('hosting', () => {
  it('writes _headers: nosniff and a referrer policy everywhere, one CSP per page, embeds framable', () => {
    const rules = parseHeaders(read(join(DIST, '_headers')));
    for (const file of [...all, ...walk(DIST).filter((f) => /\.(svg|png|csv|json|js)$/.test(f))]) {
      const url = file.endsWith('.html') ? urlOf(DIST, file) : `/${relative(DIST, file)}`;
      const headers = rules.filter((r) => r.pattern.test(url)).flatMap((r) => r.headers);
      expect(headers).toContainEqual(['X-Content-Type-Options', 'nosniff']);
      expect(headers).toContainEqual(['Referrer-Policy', 'strict-origin-when-cross-origin']);
      if (!file.endsWith('.html')) continue;
      const csp = headers.filter(([k]) => k === 'Content-Security-Policy');
      expect(csp, url).toHaveLength(1);
      expect(csp[0]![1]).toContain("default-src 'self'");
      expect(csp[0]![1]).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp[0]![1]).toContain(/\/embed\//.test(url) ? 'frame-ancestors *' : "frame-ancestors 'self'");
    }
  });
});
