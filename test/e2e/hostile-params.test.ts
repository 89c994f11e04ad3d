/**
 * Hostile URL parameters in Chromium (issue 27, item 4): whatever a parameter holds — a newline, CR, form
 * feed, quotes and brackets, a backslash, a NUL, markup, a malformed escape, 10,000 characters — the page
 * raises no error, its handlers are installed (a mark's tooltip, a click on a label, the sort box, Share),
 * and a value it does not know is announced in its live region, in the page's language.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { records } from '../helpers.ts';
import { read } from '../site/dist-helpers.ts';
import { DIST, HAVE_BROWSER, ready } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const CHART = 'price-agreement-by-owner';
const rows = records(read(join(DIST, 'en/charts', `${CHART}.csv`)));
const owner = rows.find((r) => r.key !== 'all-hospitals' && r.value !== '')!;

/** Values as the address carries them (already percent-encoded where needed). */
const HOSTILE: [string, string][] = [
  ['newline', '%0A'],
  ['carriage return', '%0D'],
  ['form feed', '%0C'],
  ['a key and a newline', `${owner.key}%0A`],
  ['quote and bracket', '%22%5D'],
  ['backslash', '%5C'],
  ['closing bracket', '%5D'],
  ['apostrophe and selector', `%27%5D%2C*%2C%5Bx%3D%27`],
  ['NUL', '%00'],
  ['markup', encodeURIComponent('<img src=x onerror="document.title=1">')],
  ['a malformed escape', '%E0%A4%A'],
  ['10,000 characters', 'x'.repeat(10_000)],
];

/** Every parameter a page reads, and some it does not. */
const PARAMS = ['highlight', 'theme', 'sort', 'tab', 'lang'];

/** The words a page announces for ignored values, from its language's dictionary. */
const unknownWord = (lang: 'ja' | 'en') => t(lang).chartTools.unknown;

describe.skipIf(!HAVE_BROWSER)('hostile URL parameters in Chromium', () => {
  const ctx = useSiteInBrowser();
  let context: BrowserContext;
  beforeAll(async () => {
    context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ctx.site.url });
    // The Web Share API, where the browser has it, would open a dialog: the clipboard path is what is checked.
    await context.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  });
  afterAll(() => context?.close());

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${ctx.site.url}${path}`);
    await ready(page);
    return { page, errors };
  }

  const status = (page: Page) => page.locator('[data-hl-status]').first().textContent();

  /** Hovering a mark of the visible layout shows the tooltip with that mark's text. */
  async function expectTooltip(page: Page): Promise<void> {
    const mark = page.locator(`svg[data-chart="${CHART}"] .mark >> visible=true`).first();
    await mark.hover();
    const tip = page.locator('#chart-tooltip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect((await tip.textContent())!.length).toBeGreaterThan(5);
  }

  for (const [name, value] of HOSTILE) {
    it(`dataset page, ?highlight=<${name}>: no error; announced; tooltip, click, sort and Share work`, async () => {
      const { page, errors } = await open(`/en/datasets/price-agreement/?highlight=${value}`);
      expect(await status(page)).toContain(unknownWord('en'));
      // the ignored value is dropped from the address
      expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
      await expectTooltip(page);
      const label = page.locator(`svg[data-chart="${CHART}"][data-layout="wide"] text[data-key="${owner.key}"]`);
      await label.click();
      // the click highlights the owner; the address is left to the select box and Share
      expect(await label.getAttribute('class')).toContain('hl');
      expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
      await page.locator(`#chart-${CHART} [data-sort]`).selectOption('name');
      expect(await status(page)).toBe(t('en').chartTools.sortName);
      await page.locator(`#chart-${CHART} [data-share]`).click();
      await expect.poll(() => status(page)).toBe(t('en').chartTools.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        `${ctx.site.url}/en/datasets/price-agreement/?highlight=${owner.key}#chart-${CHART}`,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`embed page, every parameter = <${name}>: no error; announced; tooltip and click work`, async () => {
      const all = PARAMS.map((p) => `${p}=${value}`);
      // A long value one parameter at a time: five of them would pass the test server's 16 KB header limit.
      for (const q of value.length > 1000 ? all : [all.join('&')]) {
        const { page, errors } = await open(`/en/embed/${CHART}/?${q}`);
        if (/highlight=|theme=/.test(q)) expect(await status(page)).toContain(unknownWord('en'));
        if (q.includes('theme=')) expect(await status(page)).toContain('theme=');
        await expectTooltip(page);
        const label = page.locator(`svg[data-chart="${CHART}"] text[data-key="${owner.key}"] >> visible=true`).first();
        await label.click();
        expect(await label.getAttribute('class')).toContain('hl');
        expect(new URL(page.url()).searchParams.has('highlight')).toBe(false);
        expect(errors).toEqual([]);
        await page.close();
      }
    });
  }

  it('pages without a chart keep working too (the case filter still filters)', async () => {
    const q = PARAMS.map((p) => `${p}=%0A%22%5D%5C`).join('&');
    for (const path of ['/', '/en/about/', '/quality/', '/en/downloads/', '/changelog/', '/datasets/clinical-research-cases/']) {
      const { page, errors } = await open(`${path}?${q}`);
      if (path.includes('cases')) {
        const shown = () => page.locator('[data-case]:visible').count();
        const before = await shown();
        await page.locator('[data-case-filter] input[name="q"]').fill('zzzz-no-such-words');
        await expect.poll(shown).toBe(0);
        expect(before).toBeGreaterThan(0);
      }
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('the announcement is in the page’s language, shows control characters as typed and cuts long values', async () => {
    const { page, errors } = await open(`/datasets/price-agreement/?highlight=%0A,${'y'.repeat(10_000)}`);
    const said = (await status(page))!;
    expect(said).toContain(unknownWord('ja'));
    expect(said).toContain('%0A');
    expect(said.length).toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a known theme still applies beside hostile parameters; an unknown one is announced, not applied', async () => {
    const dark = await open(`/en/embed/${CHART}/?highlight=%0A&theme=dark`);
    expect(await dark.page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(await status(dark.page)).not.toContain('theme=');
    const odd = await open(`/en/embed/${CHART}/?theme=%22%5D`);
    expect(await odd.page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
    expect(await status(odd.page)).toContain(`${unknownWord('en')}theme="]`);
    // a known word with more after it is not that theme: it is ignored and said so, not half applied
    const near = await open(`/en/embed/${CHART}/?theme=dark%0A`);
    expect(await near.page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
    expect(await status(near.page)).toContain(`${unknownWord('en')}theme=dark%0A`);
    expect([...dark.errors, ...odd.errors, ...near.errors]).toEqual([]);
    for (const p of [dark, odd, near]) await p.page.close();
  });
});
