/**
 * The provenance panel in Chromium, on each dataset page with charts in both languages (one page load each):
 * the first mark of each chart (click, and Enter on the focused mark) and the first value of each table open a
 * modal dialog with the OCR text or the quoted words and the source line; Escape closes it and focus returns
 * to the value; the report carries the dataset, the key and the data version. `?values=printed` hides every
 * value not read as printed from the charts and tables, and each such chart's Download tab then offers the CSV
 * of the values shown (by the address or the switch), says the other files hold all values, and its embed
 * snippets and builder carry the state; with scripts off each value links to its evidence, and the switch is
 * not shown (the CSV of the values as printed is a plain link).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAVE_BROWSER, ready } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const PAGES = ['outsourcing', 'clinical-labs', 'price-agreement'];
const LANGS = ['', '/en'];

/** The open dialog's evidence: its text, whether it shows OCR text / quoted words / source lines, its report. */
async function dialogState(page: Page) {
  const d = page.locator('dialog.provenance');
  await expect.poll(() => d.evaluate((x) => (x as HTMLDialogElement).open)).toBe(true);
  return d.evaluate((x) => ({
    text: x.textContent ?? '',
    evidence: Boolean(x.querySelector('code, blockquote, ol.ev-source li.own')),
    line: Boolean(x.querySelector('ol.ev-source li.own mark')) || Boolean(x.querySelector('blockquote')),
    report:
      x.querySelector('[data-report]')?.getAttribute('href') ??
      (x.querySelector('[data-report]') as HTMLTextAreaElement | null)?.value ??
      '',
    focusInside: x.contains(document.activeElement),
  }));
}

/** Per chart with a "values shown" box: what its Download tab and snippets offer (each element's own display). */
function printedDownloads(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart')]
      .filter((f) => f.querySelector('select[data-values-select]'))
      .map((f) => {
        const shown = (sel: string) => [...f.querySelectorAll(sel)].filter((e) => getComputedStyle(e).display !== 'none');
        const csv = shown('.main-files li').flatMap((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
        return {
          chart: f.getAttribute('data-chart-figure') ?? '',
          csv: csv.filter((h) => h.endsWith('.csv')),
          printedCsv: csv.some((h) => /\/charts\/printed\/[^/]+\.csv$/.test(h)),
          notes: shown('[data-panel="download"] .printed-note').length,
          snippets: [...f.querySelectorAll('textarea[data-builder-snippet]')].every((t) =>
            (t as HTMLTextAreaElement).value.includes('values=printed'),
          ),
        };
      }),
  );
}
const PRINTED_ON = { printedCsv: true, notes: 2, snippets: true };
const PRINTED_OFF = { printedCsv: false, notes: 0, snippets: false };

async function closeAndReturn(page: Page, opener: string) {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.locator('dialog.provenance').evaluate((x) => (x as HTMLDialogElement).open)).toBe(false);
  expect(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), opener)).toBe(true);
}

describe.skipIf(!HAVE_BROWSER)('provenance panel in Chromium', () => {
  const ctx = useSiteInBrowser();

  for (const lang of LANGS)
    for (const id of PAGES)
      it(`${lang}/datasets/${id}/: marks and table values open their evidence; Escape returns focus; ?values=printed hides non-read values`, async () => {
        const context = await ctx.browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${ctx.site.url}${lang}/datasets/${id}/`);
        await ready(page);
        const version = await page.evaluate(() => /\d+\.\d+\.\d+/.exec(document.body.textContent ?? '')?.[0] ?? '');
        const charts = await page
          .locator('svg[data-chart][data-layout="wide"]')
          .evaluateAll((s) => s.map((x) => x.getAttribute('data-chart')!));
        let opened = 0;
        for (const chart of charts) {
          const sel = `svg[data-chart="${chart}"][data-layout="wide"] .mark[data-key]`;
          // every chart has marks, and every mark's value its evidence (hospitals answering per wave too)
          expect(await page.locator(sel).count(), chart).toBeGreaterThan(0);
          // The chart's first value in its table tells which mark is the first with evidence.
          const mark = page.locator(sel).first();
          await page.evaluate((s) => document.querySelector(s)?.setAttribute('data-probe', ''), sel);
          await mark.scrollIntoViewIfNeeded();
          await mark.click();
          const byMouse = await dialogState(page);
          expect(byMouse.evidence, `${chart}: ${byMouse.text}`).toBe(true);
          expect(byMouse.line).toBe(true);
          expect(byMouse.focusInside).toBe(true);
          const u = byMouse.report.startsWith('http') ? new URL(byMouse.report) : null;
          const report = u ? `${u.searchParams.get('title')}\n${u.searchParams.get('body')}` : byMouse.report;
          expect(report).toContain(version);
          const key = /(?:Row key|行キー): ([^\n]+)/.exec(report)?.[1] ?? '';
          expect(key).not.toBe('');
          await closeAndReturn(page, `${sel}[data-probe]`);
          // the keyboard: Enter on the focused mark
          await page.keyboard.press('Enter');
          expect((await dialogState(page)).report).toBe(byMouse.report);
          await closeAndReturn(page, `${sel}[data-probe]`);
          opened++;
        }
        expect(opened).toBe(charts.length);
        expect(opened).toBeGreaterThan(0);
        // the first value of each data table (below the charts)
        const tables = await page.locator('.data-table').evaluateAll((t) => t.map((x) => x.id));
        for (const table of tables) {
          const sel = `#${table} td a[href*="#v-"]`;
          const link = page.locator(sel).first();
          await link.scrollIntoViewIfNeeded();
          await link.click();
          const s = await dialogState(page);
          expect(s.evidence, `${table}: ${s.text}`).toBe(true);
          expect(s.report).toContain(id === 'outsourcing' ? 'outsourcing' : id === 'clinical-labs' ? 'clinical-labs' : 'price-agreement');
          await page.keyboard.press('Escape');
          await expect.poll(() => page.evaluate(() => document.activeElement?.matches('td a[href*="#v-"]'))).toBe(true);
        }
        // ?values=printed: nothing not read as printed is shown, in charts and tables
        await page.goto(`${ctx.site.url}${lang}/datasets/${id}/?values=printed`);
        await ready(page);
        const shown = await page.evaluate(
          () =>
            [
              // marks, their value labels, the lines and labels they end, and the notes about them (not the labels
              // of rows, which stay with a gap)
              ...document.querySelectorAll(
                'svg[data-chart] :is(.mark[data-status], :is(.segment, .end-label, .value-label) [data-status]):not([data-status="read"])',
              ),
              // what speaks of all values (a subtitle's counts, the list of values hidden under others)
              ...document.querySelectorAll('.all-values'),
              ...document.querySelectorAll('.chart-table .v[data-status]:not([data-status="read"])'),
              ...document.querySelectorAll('.data-table td[data-status]:not([data-status="read"]) > *'),
            ].filter((e) => getComputedStyle(e).display !== 'none').length,
        );
        expect(shown).toBe(0);
        // one subtitle per chart, and the one for this view where the charts' differ
        const subtitles = await page.evaluate(() =>
          [...document.querySelectorAll('figure.chart figcaption')].map(
            (f) => [...f.querySelectorAll('.subtitle')].filter((e) => getComputedStyle(e).display !== 'none').length,
          ),
        );
        expect(subtitles.length).toBeGreaterThan(0);
        for (const n of subtitles) expect(n).toBe(1);
        const readShown = await page.evaluate(
          () =>
            [...document.querySelectorAll('.data-table td[data-status="read"] a')].filter((e) => getComputedStyle(e).display !== 'none')
              .length,
        );
        if (id !== 'outsourcing') expect(readShown).toBeGreaterThan(0);
        // …and each chart that has such values offers the CSV of the values shown, says the other files hold
        // all values, and its embed snippets carry the state
        const byUrl = await printedDownloads(page);
        expect(byUrl.length).toBeGreaterThan(0);
        for (const c of byUrl) expect(c, c.chart).toMatchObject(PRINTED_ON);
        // the switch does the same, and the address follows (the permalink)
        await page.goto(`${ctx.site.url}${lang}/datasets/${id}/`);
        // with all values shown, nothing that belongs to the printed view is
        expect(
          await page.evaluate(
            () => [...document.querySelectorAll('.printed-note')].filter((e) => getComputedStyle(e).display !== 'none').length,
          ),
        ).toBe(0);
        await ready(page);
        const before = await printedDownloads(page);
        for (const c of before) expect(c, c.chart).toMatchObject(PRINTED_OFF);
        const first = before[0]!.chart;
        await page.locator(`#chart-${first} select[data-values-select]`).selectOption('printed');
        expect(new URL(page.url()).searchParams.get('values')).toBe('printed');
        const switched = (await printedDownloads(page)).find((c) => c.chart === first)!;
        expect(switched).toMatchObject(PRINTED_ON);
        // the embed builder starts from the state, and its snippets keep it
        await page.locator(`#tab-${first}-download`).click();
        await page.locator(`#chart-${first} details.embed-export > summary`).click();
        const values = page.locator(`#chart-${first} [data-builder] select[data-param="values"]`);
        await expect.poll(() => values.isVisible()).toBe(true);
        expect(await values.inputValue()).toBe('printed');
        await expect.poll(() => page.locator(`#snip-r-${first}`).inputValue()).toContain('values=printed');
        expect(errors).toEqual([]);
        await context.close();
      });

  it('an embed with ?values=printed: only values read as printed are drawn, and the credit names only their sources', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 640, height: 600 } });
    const page = await context.newPage();
    const path = `${ctx.site.url}/en/embed/price-agreement-longer-view/`;
    const visible = () =>
      page.evaluate(() => ({
        other: [...document.querySelectorAll('svg[data-chart] .mark[data-status]:not([data-status="read"])')].filter(
          (e) => getComputedStyle(e).display !== 'none',
        ).length,
        credit: [...document.querySelectorAll('.source > span')]
          .filter((e) => getComputedStyle(e).display !== 'none')
          .map((e) => e.textContent),
      }));
    await page.goto(path);
    await ready(page);
    const all = await visible();
    expect(all.other).toBeGreaterThan(0);
    await page.goto(`${path}?values=printed`);
    await ready(page);
    const printed = await visible();
    expect(printed.other).toBe(0);
    expect(printed.credit).toHaveLength(1);
    expect(printed.credit).not.toEqual(all.credit);
    await context.close();
  });

  it('with scripts off, a value links to its evidence: the value, its status and its source line or words', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const lang of LANGS) {
      await page.goto(`${ctx.site.url}${lang}/datasets/price-agreement/`);
      const hrefs = await page
        .locator('.chart-table a[href*="#v-"], .data-table a[href*="#v-"]')
        .evaluateAll((a) => a.map((x) => (x as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      await page.goto(hrefs[0]!);
      const id = new URL(hrefs[0]!).hash.slice(1);
      const target = page.locator(`[id="${id}"]`);
      expect(await target.count()).toBe(1);
      expect(await target.locator('ol.ev-source li.own, blockquote').count()).toBeGreaterThan(0);
      // the "values shown" switch needs scripts: it is not offered as a control that does nothing (neither on
      // the chart nor in the embed builder), and the CSV of the values as printed is a plain link instead
      await page.goto(`${ctx.site.url}${lang}/datasets/price-agreement/`);
      expect(await page.locator('select[data-values-select]').count()).toBeGreaterThan(0);
      for (const sel of ['select[data-values-select]', 'select[data-param="values"]'])
        expect(await page.locator(sel).evaluateAll((s) => s.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
      const printedCsv = page.locator('[data-panel="download"] a[href*="/charts/printed/"]');
      expect(await printedCsv.evaluateAll((a) => a.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBeGreaterThan(0);
    }
    await context.close();
  });
});
