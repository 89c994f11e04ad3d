/**
 * Chart views in Chromium: ?highlight= on embed and dataset pages dims the other items' marks; a click on a
 * label sets the highlight but not the address (the select box and Share do); Share copies an address that reproduces the view; the embed
 * snippets carry it; re-sorting and the Chart · Table · Download tabs work from the keyboard; with scripts
 * off every panel shows; no console errors.
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
// An owner with values in every period, and its English label as the mark titles name it.
const owner = rows.find((r) => r.key !== 'all-hospitals' && rows.filter((x) => x.key === r.key).every((x) => x.value !== ''))!;
const other = rows.find((r) => r.key !== owner.key && r.key !== 'all-hospitals' && r.value !== '')!;

/** The opacity of each mark of the chart's visible layout, with whether its title names the owner. */
function marks(page: Page) {
  return page.locator(`svg[data-chart="${CHART}"]`).evaluateAll(
    (svgs, label) =>
      svgs
        .filter((s) => (s as SVGElement).getBoundingClientRect().width > 0)
        .flatMap((s) => [...s.querySelectorAll('.mark')])
        .map((m) => ({
          named: (m.querySelector('title')?.textContent ?? m.getAttribute('aria-label') ?? '').startsWith(`${label} `),
          opacity: Number(getComputedStyle(m).opacity),
        })),
    owner.label,
  );
}

describe.skipIf(!HAVE_BROWSER)('chart views in Chromium', () => {
  const ctx = useSiteInBrowser();
  async function open(path: string, opts: { javaScriptEnabled?: boolean } = {}) {
    const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.site.url });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    // The Web Share API, where the browser has it, would open a dialog: the clipboard path is what is checked.
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
    await page.goto(`${ctx.site.url}${path}`);
    if (opts.javaScriptEnabled !== false) await ready(page);
    return { page, errors, close: () => context.close() };
  }

  for (const path of [`/en/embed/${CHART}/`, '/en/datasets/price-agreement/']) {
    it(`${path}?highlight=<owner>: that owner's marks at full strength, most others dimmed`, async () => {
      const { page, errors, close } = await open(`${path}?highlight=${owner.key}`);
      const all = await marks(page);
      const named = all.filter((m) => m.named);
      const others = all.filter((m) => !m.named);
      expect(named.length).toBe(rows.filter((r) => r.key === owner.key && r.value !== '').length);
      expect(named.every((m) => m.opacity === 1)).toBe(true);
      expect(others.filter((m) => m.opacity <= 0.35).length).toBeGreaterThan(others.length * 0.8);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('an unknown key is ignored with a quiet note, not an error', async () => {
    const { page, errors, close } = await open(`/en/datasets/price-agreement/?highlight=no-such-owner,${owner.key}`);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe(owner.key);
    expect(await page.locator('[data-hl-status]').first().textContent()).toContain('no-such-owner');
    expect(errors).toEqual([]);
    await close();
  });

  it('a click on a label sets the highlight, not the address; the snippets carry it; Share copies a URL that reproduces the view', async () => {
    const { page, errors, close } = await open('/en/datasets/price-agreement/');
    expect((await marks(page)).every((m) => m.opacity === 1)).toBe(true);
    /** The keys highlighted in the chart's visible layout. */
    const highlighted = () =>
      page
        .locator(`svg[data-chart="${CHART}"][data-layout="wide"] text.hl[data-key]`)
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-key')))].sort());
    await page.locator(`svg[data-chart="${CHART}"][data-layout="wide"] text[data-key="${owner.key}"]`).click();
    expect(await highlighted()).toEqual([owner.key]);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    expect(await page.locator('[data-hl-status]').first().textContent()).toContain(owner.label);
    // a click on another owner's label adds it, a second click removes it (a mark's Enter opens its evidence)
    const label = page.locator(`svg[data-chart="${CHART}"][data-layout="wide"] text[data-key="${other.key}"]`).first();
    await label.click();
    expect(await highlighted()).toEqual([owner.key, other.key].sort());
    await label.click();
    expect(await highlighted()).toEqual([owner.key]);
    expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
    // the embed snippets of the chart carry the view
    await page.locator(`#tab-${CHART}-download`).click();
    for (const id of [`snip-r-${CHART}`, `snip-p-${CHART}`])
      expect(await page.locator(`#${id}`).inputValue()).toContain(`/en/embed/${CHART}/?highlight=${owner.key}"`);
    // a chart without that owner keeps its plain snippet
    expect(await page.locator('#snip-r-price-agreement-by-facility').inputValue()).not.toContain('highlight');
    await page.locator(`#tab-${CHART}-chart`).click();
    await page.locator(`#chart-${CHART} [data-share]`).click();
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(`${ctx.site.url}/en/datasets/price-agreement/?highlight=${owner.key}#chart-${CHART}`);
    await page.goto(shared);
    await ready(page);
    const again = await marks(page);
    expect(again.filter((m) => m.named).every((m) => m.opacity === 1)).toBe(true);
    expect(again.filter((m) => !m.named && m.opacity <= 0.35).length).toBeGreaterThan(0);
    expect(await page.locator(`#chart-${CHART} [data-highlight-select]`).inputValue()).toBe(owner.key);
    expect(errors).toEqual([]);
    await close();
  });

  it('the select box sets the highlight; re-sorting works from the keyboard', async () => {
    const { page, errors, close } = await open('/en/datasets/price-agreement/');
    const select = page.locator(`#chart-${CHART} [data-highlight-select]`);
    await select.selectOption(other.key!);
    expect(new URL(page.url()).searchParams.get('highlight')).toBe(other.key);
    const order = () =>
      page.locator(`svg[data-chart="${CHART}"][data-layout="wide"] [data-span]`).evaluateAll((els) =>
        els
          .map((e) => [e.getAttribute('data-key'), e.getBoundingClientRect().top] as const)
          .sort((a, b) => a[1] - b[1])
          .map((x) => x[0]),
      );
    const drawn = await order();
    const sort = page.locator(`#chart-${CHART} [data-sort]`);
    await sort.focus();
    await page.keyboard.press('End'); // the last option: by name
    expect(await sort.inputValue()).toBe('name');
    const names = await order();
    const labels = new Map(rows.map((r) => [r.key, r.label]));
    const expected = [...drawn].sort((a, b) => labels.get(a!)!.localeCompare(labels.get(b!)!, 'en'));
    expect(names).toEqual(expected);
    expect(names).not.toEqual(drawn);
    await page.keyboard.press('Home'); // back to the order as drawn
    expect(await order()).toEqual(drawn);
    expect(errors).toEqual([]);
    await close();
  });

  it('tabs: Chart · Table · Download with arrows, Home and End; the table panel holds the values', async () => {
    const { page, errors, close } = await open('/datasets/price-agreement/');
    const tab = (p: string) => page.locator(`#tab-${CHART}-${p}`);
    const panel = (p: string) => page.locator(`#panel-${CHART}-${p}`);
    expect(await page.locator(`#chart-${CHART} [role=tablist] [role=tab]`).count()).toBe(3);
    expect(await panel('chart').isVisible()).toBe(true);
    expect(await panel('table').isHidden()).toBe(true);
    await tab('chart').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab('table').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`tab-${CHART}-table`);
    expect(await panel('table').isVisible()).toBe(true);
    expect(await panel('table').locator('tbody tr').count()).toBe(new Set(rows.map((r) => r.key)).size);
    await page.keyboard.press('End');
    expect(await panel('download').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await panel('chart').isVisible()).toBe(true);
    await page.keyboard.press('ArrowLeft'); // wraps to the last
    expect(await tab('download').getAttribute('aria-selected')).toBe('true');
    expect(await panel('download').getAttribute('role')).toBe('tabpanel');
    expect(errors).toEqual([]);
    await close();
  });

  it('with scripts off, every chart shows its chart, table and download panels, and no tab list', async () => {
    const { page, close } = await open('/en/datasets/price-agreement/', { javaScriptEnabled: false });
    for (const id of ['price-agreement-by-facility', CHART]) {
      for (const p of ['chart', 'table', 'download']) expect(await page.locator(`#panel-${id}-${p}`).isVisible(), `${id} ${p}`).toBe(true);
      expect(await page.locator(`#chart-${id} [role=tablist]`).isVisible()).toBe(false);
    }
    await close();
  });
});
