/**
 * Highlight and touch in Chromium (issue 23.7): with ?highlight= the dimmed labels keep 4.5:1 against the
 * page (light page, light and dark embed); a tap on a mark shows its tooltip beside it, not over it, and
 * leaves the address alone; the language switch keeps the query and the anchor; an unknown key is said in a
 * live region.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { records } from '../helpers.ts';
import { read } from '../site/dist-helpers.ts';
import { DIST, HAVE_BROWSER, ready } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const CHART = 'price-agreement-by-owner';
const rows = records(read(join(DIST, 'en/charts', `${CHART}.csv`)));
const owner = rows.find((r) => r.key !== 'all-hospitals' && r.value !== '')!;

/** The lowest contrast of a visible dimmed label against the page background, and the lowest opacity on its way up. */
function dimmedText(page: Page) {
  return page.evaluate(() => {
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => {
        const x = v / 255;
        return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const bg = lum(rgb(getComputedStyle(document.body).backgroundColor));
    const labels = [...document.querySelectorAll('svg[data-highlighting] text[data-key]:not(.hl)')].filter(
      (e) => e.getBoundingClientRect().width > 0,
    );
    let ratio = Infinity;
    let opacity = 1;
    for (const el of labels) {
      const l = lum(rgb(getComputedStyle(el).fill));
      ratio = Math.min(ratio, (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05));
      for (let e: Element | null = el; e && e.tagName !== 'svg'; e = e.parentElement)
        opacity = Math.min(opacity, Number(getComputedStyle(e).opacity));
    }
    return { count: labels.length, ratio, opacity };
  });
}

describe.skipIf(!HAVE_BROWSER)('highlight and touch in Chromium', () => {
  const ctx = useSiteInBrowser();
  async function open(path: string, opts: { hasTouch?: boolean; width?: number; colorScheme?: 'light' | 'dark' } = {}) {
    const context = await ctx.browser.newContext({
      viewport: { width: opts.width ?? 1280, height: 800 },
      hasTouch: opts.hasTouch ?? false,
      isMobile: opts.hasTouch ?? false,
      colorScheme: opts.colorScheme ?? 'light',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${ctx.site.url}${path}`);
    await ready(page);
    return { page, errors, close: () => context.close() };
  }

  for (const [path, colorScheme] of [
    ['/en/datasets/price-agreement/', 'light'],
    [`/embed/${CHART}/`, 'light'],
    [`/en/embed/${CHART}/`, 'dark'],
  ] as const) {
    it(`${path} (${colorScheme}) ?highlight=<owner>: dimmed labels ≥ 4.5:1, dimmed by colour, not opacity`, async () => {
      const { page, errors, close } = await open(`${path}?highlight=${owner.key}`, { colorScheme });
      const d = await dimmedText(page);
      expect(d.count).toBeGreaterThan(5);
      expect(d.ratio).toBeGreaterThanOrEqual(4.5);
      expect(d.opacity).toBe(1);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('a tap on a mark opens its evidence; closed, its tooltip shows next to it, not over it; the address stays', async () => {
    const path = '/datasets/price-agreement/';
    const { page, errors, close } = await open(path, { hasTouch: true, width: 360 });
    const marks = page.locator(`svg[data-chart="${CHART}"] .mark >> visible=true`);
    for (const i of [0, 5]) {
      const mark = marks.nth(i);
      await mark.scrollIntoViewIfNeeded();
      await mark.tap();
      // the tap opens the value's evidence; closed, focus is back on the mark, with its tooltip
      await expect.poll(() => page.locator('dialog.provenance').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      await page.keyboard.press('Escape');
      const tip = page.locator('#chart-tooltip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      const [m, t] = [(await mark.boundingBox())!, (await tip.boundingBox())!];
      const overlap = t.y < m.y + m.height && t.y + t.height > m.y && t.x < m.x + m.width && t.x + t.width > m.x;
      expect(overlap).toBe(false);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(path);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('the language switch keeps the query and the anchor, both ways', async () => {
    const { page, errors, close } = await open(`/datasets/price-agreement/?highlight=${owner.key}#chart-${CHART}`);
    await page.click('[data-lang-switch]');
    await page.waitForURL((u) => u.pathname === '/en/datasets/price-agreement/');
    let u = new URL(page.url());
    expect([u.searchParams.get('highlight'), u.hash]).toEqual([owner.key, `#chart-${CHART}`]);
    await ready(page);
    await page.click('[data-lang-switch]');
    await page.waitForURL((x) => x.pathname === '/datasets/price-agreement/');
    u = new URL(page.url());
    expect([u.searchParams.get('highlight'), u.hash]).toEqual([owner.key, `#chart-${CHART}`]);
    expect(errors).toEqual([]);
    await close();
  });

  it('an unknown key is announced in a polite live region', async () => {
    const { page, close } = await open('/en/datasets/price-agreement/?highlight=no-such-owner');
    const region = page.locator('[data-hl-status]').first();
    expect(await region.evaluate((e) => e.getAttribute('role') === 'status' || e.getAttribute('aria-live') === 'polite')).toBe(true);
    expect(await region.textContent()).toContain('no-such-owner');
    await close();
  });
});
