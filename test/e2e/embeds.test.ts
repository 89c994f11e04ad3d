/**
 * Embeds in Debian's Chromium: another origin frames every chart with the responsive snippet (the iframe
 * ends at the chart's height at 360 and 1280 px), the chart still shows when the host page blocks scripts,
 * non-embed pages refuse to be framed, an embed is light unless asked (?theme=dark|auto), the SVG files parse as XML, and axe passes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS, makeChart } from '../../src/site/model/charts.ts';
import { BUILDER_WIDTHS, snippets } from '../../src/site/publish/embed.ts';
import { HAVE_BROWSER, ready } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A page on another origin that embeds the given HTML. */
async function host(body: string, csp = ''): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}<title>host</title></head><body style="margin:0">${body}</body></html>`;
  const server: Server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

describe.skipIf(!HAVE_BROWSER)('embeds in Chromium', () => {
  const ctx = useSiteInBrowser();
  // The site on "localhost", the host pages on "127.0.0.1": two origins.
  let siteUrl: string;
  beforeAll(() => {
    siteUrl = ctx.site.url.replace('127.0.0.1', 'localhost') + '/';
  });

  const specs = () => CHARTS.flatMap((c) => (['ja', 'en'] as const).map((l) => makeChart(c.id, l)!));

  for (const width of [360, 1280]) {
    it(`at ${width} px each responsive iframe ends within a few pixels of its chart's height`, async () => {
      const page0 = specs()
        .map((s) => `<div style="margin:8px 0">${snippets(s, siteUrl).responsive.replace(/<script[^]*$/, '')}</div>`)
        .join('');
      const h = await host(`${page0}<script src="${siteUrl}embed.js"></script>`);
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.url, { waitUntil: 'load' });
      const frames = await page.$$('iframe[data-mhlw-chart]');
      expect(frames).toHaveLength(CHARTS.length * 2); // every chart in both languages
      for (const el of frames) {
        await el.scrollIntoViewIfNeeded();
        const frame = (await el.contentFrame())!;
        await frame.waitForSelector('svg[data-chart]', { state: 'attached' });
        const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await expect
          .poll(async () => Math.abs((await el.boundingBox())!.height - (await inner())), { timeout: 5000 })
          .toBeLessThanOrEqual(4);
      }
      expect(errors).toEqual([]);
      await page.close();
      await h.close();
    });
  }

  it('with scripts blocked in the host page the chart still shows, at the default height', async () => {
    const s = makeChart('price-agreement-by-owner', 'ja')!;
    const snippet = snippets(s, siteUrl).responsive;
    const h = await host(snippet, "script-src 'none'");
    const page = await ctx.browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(h.url, { waitUntil: 'load' });
    const el = (await page.$('iframe[data-mhlw-chart]'))!;
    const frame = (await el.contentFrame())!;
    // Both layouts are in the page; the one that fits the frame is the one shown.
    const svg = await frame.waitForSelector('svg[data-chart] >> visible=true');
    expect((await svg.boundingBox())!.height).toBeGreaterThan(200);
    expect(Math.round((await el.boundingBox())!.height)).toBe(Number(/height="(\d+)"/.exec(snippet)![1]));
    await page.close();
    await h.close();
  });

  it('embed pages may be framed by any site; the other pages refuse', async () => {
    const h = await host(
      `<iframe id="e" src="${siteUrl}embed/clinical-labs-totals/" width="600" height="500"></iframe><iframe id="d" src="${siteUrl}datasets/clinical-labs/" width="600" height="500"></iframe>`,
    );
    const page = await ctx.browser.newPage();
    await page.goto(h.url, { waitUntil: 'load' });
    const embed = (await (await page.$('#e'))!.contentFrame())!;
    expect(await embed.$('svg[data-chart]')).not.toBeNull();
    const other = (await (await page.$('#d'))!.contentFrame())!;
    // Chromium replaces a frame refused by frame-ancestors with its error page.
    await expect.poll(() => other.url(), { timeout: 5000 }).toMatch(/^chrome-error:/);
    expect(await other.$('svg[data-chart]').catch(() => null)).toBeNull();
    await page.close();
    await h.close();
  });

  it('an embed is light unless asked: ?theme=dark forces dark, ?theme=auto follows the reader, light forces light', async () => {
    const page = await ctx.browser.newPage();
    const cases = [
      ['dark', '', false],
      ['light', '', false],
      ['dark', '?theme=dark', true],
      ['light', '?theme=dark', true],
      ['dark', '?theme=auto', true],
      ['light', '?theme=auto', false],
      ['dark', '?theme=light', false],
    ] as const;
    for (const [scheme, query, dark] of cases) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${ctx.site.url}/embed/price-agreement-by-owner/${query}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg, `${scheme} ${query}`).toBe(dark ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
    }
    await page.close();
    // With scripts off the embed cannot read its address: it is light, the default, whatever the reader's system.
    const noJs = await ctx.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const p2 = await noJs.newPage();
    await p2.goto(`${ctx.site.url}/embed/price-agreement-by-owner/`);
    expect(await p2.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await noJs.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on embed pages (${scheme})`, async () => {
      const context = await ctx.browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['/embed/price-agreement-by-owner/', '/en/embed/outsourcing-trends/', '/embed/clinical-labs-totals/']) {
        await page.goto(ctx.site.url + path);
        await page.addScriptTag({ path: AXE });
        const v = await page.evaluate(async () =>
          (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map(
            (x) => x.id,
          ),
        );
        expect(v, path).toEqual([]);
      }
      await context.close();
    });
  }

  it('the embed builder: for each chart and width, the fixed snippet is the embed’s height with ≤ 8 px to spare; its state is its address', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const made: { chart: string; width: number; html: string }[] = [];
    for (const ds of [...new Set(CHARTS.map((c) => c.page))]) {
      await page.goto(`${ctx.site.url}/datasets/${ds}/`);
      await ready(page);
      for (const c of CHARTS.filter((x) => x.page === ds)) {
        for (const width of Object.values(BUILDER_WIDTHS)) {
          await page.evaluate((h) => (location.hash = h), `#embed=${c.id}&lang=ja&width=${width}`);
          const ta = await page.waitForSelector(`#snip-p-${c.id}[data-measured^="${width} "]`, { state: 'attached', timeout: 10_000 });
          made.push({ chart: c.id, width, html: await ta.evaluate((t) => (t as HTMLTextAreaElement).value) });
        }
      }
    }
    // The state is the address: a control changed shows in it, and the address opens the builder so again.
    const chart = CHARTS[0]!;
    await page.goto(`${ctx.site.url}/datasets/${chart.page}/#embed=${chart.id}&lang=en&width=640&theme=dark`);
    await ready(page);
    const ta = await page.waitForSelector(`#snip-r-${chart.id}`, { state: 'attached' });
    await expect.poll(() => ta.evaluate((t) => (t as HTMLTextAreaElement).value)).toContain(`/en/embed/${chart.id}/?theme=dark"`);
    expect(await ta.evaluate((t) => (t as HTMLTextAreaElement).value)).toContain('max-width:640px');
    await page.check(`input[name="b-theme-${chart.id}"][value="auto"]`);
    expect(new URL(page.url()).hash).toBe(`#embed=${chart.id}&lang=en&width=640&theme=auto`);
    expect(errors).toEqual([]);
    await page.close();

    const h = await host(
      made.map((m) => `<div style="margin:8px 0">${m.html.replaceAll('http://localhost:4321/', siteUrl)}</div>`).join(''),
    );
    const hostPage = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await hostPage.goto(h.url, { waitUntil: 'load' });
    const frames = await hostPage.$$('iframe');
    expect(frames).toHaveLength(CHARTS.length * 3);
    for (const [i, el] of frames.entries()) {
      await el.scrollIntoViewIfNeeded();
      const frame = (await el.contentFrame())!;
      await frame.waitForSelector('svg[data-chart]', { state: 'attached' });
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const box = (await el.boundingBox())!;
      const spare = box.height - inner;
      expect(Math.round(box.width), `${made[i]!.chart} at ${made[i]!.width}`).toBe(made[i]!.width);
      expect(spare, `${made[i]!.chart} at ${made[i]!.width}`).toBeGreaterThanOrEqual(0);
      expect(spare, `${made[i]!.chart} at ${made[i]!.width}`).toBeLessThanOrEqual(8);
    }
    await hostPage.close();
    await h.close();
  });

  it('at 360 px the fixed-height snippet shows the whole chart, source line included', async () => {
    const all = specs()
      .map((s) => `<div style="margin:8px 0">${snippets(s, siteUrl).plain}</div>`)
      .join('');
    const h = await host(all);
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.goto(h.url, { waitUntil: 'load' });
    const frames = await page.$$('iframe');
    expect(frames).toHaveLength(CHARTS.length * 2); // every chart in both languages
    for (const el of frames) {
      await el.scrollIntoViewIfNeeded();
      const frame = (await el.contentFrame())!;
      await frame.waitForSelector('svg[data-chart]', { state: 'attached' });
      const inner = await frame.evaluate(() => ({
        height: Math.ceil(document.documentElement.scrollHeight),
        source: Math.ceil(document.querySelector('.source')!.getBoundingClientRect().bottom),
      }));
      const outer = (await el.boundingBox())!.height;
      expect(inner.height, await frame.title()).toBeLessThanOrEqual(outer);
      expect(inner.source).toBeLessThanOrEqual(outer);
    }
    await page.close();
    await h.close();
  });
});
