/** Every page type in Debian's Chromium: loads cleanly, works without JavaScript, by keyboard, and passes axe. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ROOT } from '../helpers.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAVE_BROWSER, ready } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = [
  '',
  'datasets/outsourcing/',
  'datasets/clinical-labs/',
  'datasets/price-agreement/',
  'datasets/clinical-research-cases/',
  'quality/',
  'sources/mhlw-2011-keizaika-handout/',
  'sources/mhlw-2019-clinical-research-act-cases/',
  'embed/price-agreement-by-owner/',
  // the longest evidence page: an entry per value, each laid out only when scrolled near
  'evidence/price-agreement/',
];
const ALL = PAGES.flatMap((p) => [`/${p}`, `/en/${p}`]);

describe.skipIf(!HAVE_BROWSER)('the site in Chromium', () => {
  const ctx = useSiteInBrowser();

  async function open(path: string, opts: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
    const context = await ctx.browser.newContext({ viewport: { width: 1024, height: 800 }, ...opts });
    const page = await context.newPage();
    const problems: string[] = [];
    // The CSP (the server sends dist/_headers, the page has its <meta>) is enforced: record any violation.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    const res = await page.goto(ctx.site.url + path, { waitUntil: 'load' });
    // the loader's scripts ran (the CSP allows the loader and what it adds)
    if (opts.javaScriptEnabled !== false) await ready(page);
    return { page, problems, status: res?.status(), close: () => context.close() };
  }

  it('renders Japanese with a CJK font (not tofu)', async () => {
    const { page, close } = await open('/datasets/price-agreement/');
    const h1 = await page.textContent('h1');
    expect(h1).toBe('医薬品の価格妥結率');
    const w = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.fontSize = '20px';
      span.textContent = '医薬品の価格妥結率';
      document.body.append(span);
      return span.getBoundingClientRect().width;
    });
    expect(w).toBeGreaterThan(9 * 18);
    expect(w).toBeLessThan(9 * 22);
    await close();
  });

  for (const path of ['/datasets/price-agreement/', '/en/datasets/outsourcing/', '/datasets/clinical-labs/', '/']) {
    it(`${path}: charts are there with JavaScript disabled`, async () => {
      const { page, problems, close } = await open(path, { javaScriptEnabled: false });
      // Each chart is drawn in both layouts; CSS alone shows exactly one of them, at its full height.
      const shown = await page.$$eval('.plot, .cards li:has(svg)', (boxes) =>
        boxes.map((box) => [...box.querySelectorAll('svg[data-chart]')].map((e) => e.getBoundingClientRect().height).filter((h) => h > 0)),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const heights of shown) {
        expect(heights).toHaveLength(1);
        expect(heights[0]).toBeGreaterThan(100);
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  async function tabToMark(page: Page): Promise<string | null> {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const cls = await page.evaluate(() => document.activeElement?.getAttribute('class') ?? '');
      if (/\bmark\b/.test(cls)) return page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    }
    return null;
  }

  it('a tooltip opens from the keyboard and the arrow keys move through the values', async () => {
    const { page, close } = await open('/datasets/price-agreement/');
    const label = await tabToMark(page);
    expect(label).toMatch(/妥結|%/);
    const tip = page.locator('#chart-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const first = await tip.textContent();
    // where the value was read, in a sentence (not "状態: 読み取り / 原文 672")
    expect(first).toMatch(/資料の\d+行目/);
    expect(first).not.toMatch(/状態|原文 \d/);
    await page.keyboard.press('ArrowRight');
    const second = await tip.textContent();
    expect(second).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('tabindex'))).toBe('0');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // One tab stop per chart: Tab leaves the chart instead of walking every mark.
    await page.keyboard.press('Tab');
    const after = await page.evaluate(() => document.activeElement?.closest('svg[data-chart]')?.getAttribute('data-chart') ?? null);
    expect(after).not.toBe('price-agreement-by-owner');
    await close();
  });

  // One page of each kind (the switch is the same element on every page; where it leads is each route's, which
  // test/site/languages.test.ts checks for every page of the build): not the evidence page, the longest to load.
  const SWITCH_PAGES = ['', 'datasets/price-agreement/', 'quality/', 'sources/mhlw-2011-keizaika-handout/'];
  for (const p of SWITCH_PAGES) {
    it(`the language switch on /${p} lands on the same page in the other language, and back`, async () => {
      const { page, close } = await open(`/${p}`);
      await page.click('[data-lang-switch]');
      await page.waitForURL((u) => u.pathname === `/en/${p}`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.click('[data-lang-switch]');
      await page.waitForURL((u) => u.pathname === `/${p}`);
      expect(await page.getAttribute('html', 'lang')).toBe('ja');
      await close();
    });
  }

  it('every download returns the right bytes, content type and encoding', async () => {
    const { page, close } = await open('/datasets/price-agreement/');
    const links = new Set<string>();
    for (const p of PAGES.filter((x) => x.startsWith('datasets/'))) {
      await page.goto(`${ctx.site.url}/${p}`);
      for (const h of await page.$$eval('a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href))) links.add(h);
    }
    const csvs = [...links].filter((h) => h.includes('/downloads/'));
    expect(csvs.length).toBeGreaterThanOrEqual(5 * 3 + 1);
    for (const h of csvs) {
      const res = await page.request.get(h);
      expect(res.status(), h).toBe(200);
      const type = res.headers()['content-type'] ?? '';
      const body = await res.body();
      const name = h.split('/').pop()!;
      if (name.endsWith('.excel-cp932.csv')) {
        expect(type).toBe('text/csv; charset=windows-31j');
        const clean = readFileSync(join(ROOT, 'data/clean', name.replace('.excel-cp932', ''))).toString('utf8');
        expect(iconv.decode(body, 'cp932').split('\r\n').length).toBe(clean.split('\n').length);
      } else if (name.endsWith('.excel-utf8.csv')) {
        expect(type).toBe('text/csv; charset=utf-8');
        expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(body.includes(Buffer.from('\r\n'))).toBe(true);
      } else if (name.endsWith('.csv')) {
        expect(type).toBe('text/csv; charset=utf-8');
        expect(body.equals(readFileSync(join(ROOT, 'data/clean', name)))).toBe(true);
      } else if (name.endsWith('.xlsx')) {
        expect(type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(body.subarray(0, 2).toString('latin1')).toBe('PK');
      } else if (name.endsWith('.json')) {
        expect(type).toBe('application/json; charset=utf-8');
        expect(body.equals(readFileSync(join(ROOT, 'data/clean', name)))).toBe(true);
      } else {
        expect(type, h).toMatch(/^image\/(svg\+xml|png)/);
      }
    }
    await close();
  });

  it('a source line link highlights its line', async () => {
    const { page, close } = await open('/datasets/price-agreement/');
    // the first one in view (the charts' table tabs hold it too, hidden until chosen)
    await page.click('a[href="/sources/mhlw-2011-keizaika-handout/#L733"]:visible >> nth=0');
    await page.waitForURL('**/sources/mhlw-2011-keizaika-handout/#L733');
    const bg = await page.$eval('#L733', (el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.textContent('#L733')).toContain('441141');
    // the text is laid out a block at a time when scrolled near: the targeted line, far down, is in view
    const box = await page.$eval('#L733', (el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(box.top).toBeGreaterThan(-2); // scrolled to the top of the window, to a fraction of a pixel
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await close();
  });

  it('the case list filters by list and by search, keyboard only', async () => {
    const { page, problems, close } = await open('/datasets/clinical-research-cases/');
    const visible = () => page.$$eval('[data-case]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.id));
    expect(await visible()).toHaveLength(22);
    // Tab to the list radios, then the arrow keys choose a list.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'list')) break;
    }
    await page.keyboard.press('ArrowRight'); // 特定臨床研究
    expect(await visible()).toEqual(['case-1-1', 'case-1-2', 'case-1-3']);
    await page.keyboard.press('ArrowRight'); // 臨床研究
    expect(await visible()).toEqual(['case-2-1', 'case-2-2', 'case-2-3', 'case-2-4']);
    await page.keyboard.press('ArrowRight'); // 対象外
    expect(await visible()).toHaveLength(15);
    await page.keyboard.press('Tab'); // the search field
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('q');
    await page.keyboard.type('バイオマーカー');
    expect(await visible()).toEqual(['case-3-7']);
    expect(await page.textContent('[data-case-count]')).toContain('1');
    expect(await page.isVisible('[data-group="specified"]')).toBe(false);
    await page.keyboard.type('存在しない語');
    expect(await visible()).toEqual([]);
    expect(await page.isVisible('[data-no-match]')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('the case list shows every case with scripts off (and no useless filter)', async () => {
    const { page, close } = await open('/en/datasets/clinical-research-cases/', { javaScriptEnabled: false });
    expect(await page.$$eval('[data-case]', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(22);
    expect(await page.isVisible('[data-case-filter]')).toBe(false);
    await page.click('#case-3-9 summary');
    expect(await page.textContent('#case-3-9 .before-after')).toContain('PET検査用放射性医薬品');
    expect(await page.$$eval('#case-3-9 mark', (m) => m.length)).toBeGreaterThan(0);
    await close();
  });

  /** axe's findings on the page as it is now: `rule: first targets` (`only`: those rules, else every rule, with
   * the target-size rule when `targetSize`). axe is evaluated through the DevTools protocol, which the page's CSP
   * does not govern, so the page is checked under its real policy. */
  async function axeFindings(page: Page, opts: { only?: string[]; targetSize?: boolean }): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    return page.evaluate(async ({ only, targetSize }) => {
      const r = await (
        window as unknown as {
          axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({
        resultTypes: ['violations'],
        ...(only ? { runOnly: { type: 'rule', values: only } } : { rules: { 'target-size': { enabled: Boolean(targetSize) } } }),
      });
      return r.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    }, opts);
  }

  // One load per page: its console, requests and CSP, then axe in light and in dark (the same page, its colour
  // scheme switched: the styles follow `prefers-color-scheme`). In dark only the rules colours decide are run
  // again, on the Japanese pages: the markup, names and structure are the same page's, and the colours are the
  // same in both languages.
  // In light axe's target-size rule (WCAG 2.2 AA; off by default in axe, on in Lighthouse) runs too: the evidence
  // pages once lost Lighthouse's 100 to it. NOTE: not on the dataset pages: there a block below the charts that is
  // laid out only when scrolled near (.later) keeps its placeholder height while axe measures its content, so
  // the value links of the data table seem to lie under the notes' links (a measurement artefact: with the
  // blocks laid out, axe finds nothing).
  const targetSize = (path: string) => !path.includes('datasets/');
  for (const path of ALL) {
    it(`${path} loads with no console error, failed request or CSP violation, and axe finds nothing${path.startsWith('/en/') ? '' : ', light or dark'}`, async () => {
      const { page, problems, status, close } = await open(path, { colorScheme: 'light' });
      expect(status).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'ja');
      expect(problems).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
      expect(await axeFindings(page, { targetSize: targetSize(path) }), 'light').toEqual([]);
      if (!path.startsWith('/en/')) {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        expect(await axeFindings(page, { only: ['color-contrast', 'link-in-text-block'] }), 'dark').toEqual([]);
      }
      await close();
    });
  }
});
