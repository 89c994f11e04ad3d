/** The home pages in Debian's Chromium: they load cleanly, show Japanese text, and link every dataset's CSV. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { buildSite, HAVE_BROWSER, launch, serveDist } from './browser.ts';

describe.skipIf(!HAVE_BROWSER)('home page in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    buildSite();
    site = await serveDist();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const [path, lang, heading] of [
    ['/', 'ja', '厚生労働省 調査データとグラフ'],
    ['/en/', 'en', 'MHLW survey charts'],
  ] as const) {
    it(`${path} loads with no console error and lists every dataset`, async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(r.url()));
      const res = await page.goto(site.url + path);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.textContent('h1')).toBe(heading);
      const dp = JSON.parse(readFileSync(join(ROOT, 'data/clean/datapackage.json'), 'utf8'));
      const hrefs = await page.$$eval('a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.map((h) => h.split('/').pop()).sort()).toEqual(dp.resources.map((r: { path: string }) => r.path).sort());
      for (const href of hrefs) {
        const body = await (await page.request.get(href)).body();
        expect(body.equals(readFileSync(join(ROOT, 'data/clean', href.split('/').pop()!)))).toBe(true);
      }
      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
      await page.close();
    });
  }

  it('renders Japanese with a CJK font (not tofu)', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + '/');
    // Width of a run of kanji vs the same count of a box-drawing fallback: real glyphs are about 1em each.
    const w = await page.evaluate(() => {
      const span = document.createElement('span');
      span.style.fontSize = '20px';
      span.textContent = '厚生労働省';
      document.body.append(span);
      return span.getBoundingClientRect().width;
    });
    expect(w).toBeGreaterThan(90);
    expect(w).toBeLessThan(110);
    // Looked at once (Japanese legible); kept in the temp folder for a person to check again.
    await page.screenshot({ path: join(tmpdir(), 'mhlw-home-ja.png') });
    await page.close();
  });
});
