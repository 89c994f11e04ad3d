/**
 * Embeds in Debian's Chromium: another origin frames every chart with the responsive snippet (the iframe
 * ends at the chart's height at 360 and 1280 px), the chart still shows when the host page blocks scripts,
 * non-embed pages refuse to be framed, dark mode applies, the SVG files parse as XML, and axe passes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/index.ts';
import { snippets } from '../../src/lib/embed.ts';
import { HAVE_BROWSER, launch, serveDist } from './browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A page on another origin that embeds the given HTML. */
async function host(body: string, csp = ''): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}<title>host</title></head><body style="margin:0">${body}</body></html>`;
  const server: Server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

describe.skipIf(!HAVE_BROWSER)('embeds in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;
  // The site on "localhost", the host pages on "127.0.0.1": two origins.
  let siteUrl: string;

  beforeAll(async () => {
    site = await serveDist();
    siteUrl = site.url.replace('127.0.0.1', 'localhost') + '/';
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const specs = () => CHARTS.flatMap((c) => (['ja', 'en'] as const).map((l) => c.make(l, '')!));

  for (const width of [360, 1280]) {
    it(`at ${width} px each responsive iframe ends within a few pixels of its chart's height`, async () => {
      const page0 = specs().map((s) => `<div style="margin:8px 0">${snippets(s, siteUrl).responsive.replace(/<script[^]*$/, '')}</div>`).join('');
      const h = await host(`${page0}<script src="${siteUrl}embed.js"></script>`);
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.url, { waitUntil: 'load' });
      const frames = await page.$$('iframe[data-mhlw-chart]');
      expect(frames).toHaveLength(10);
      for (const el of frames) {
        await el.scrollIntoViewIfNeeded();
        const frame = (await el.contentFrame())!;
        await frame.waitForSelector('svg[data-chart]');
        const inner = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await expect.poll(async () => Math.abs((await el.boundingBox())!.height - (await inner())), { timeout: 5000 }).toBeLessThanOrEqual(4);
      }
      expect(errors).toEqual([]);
      await page.close();
      await h.close();
    });
  }

  it('with scripts blocked in the host page the chart still shows, at the default height', async () => {
    const s = CHARTS.find((c) => c.id === 'price-agreement-by-owner')!.make('ja', '')!;
    const snippet = snippets(s, siteUrl).responsive;
    const h = await host(snippet, "script-src 'none'");
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await page.goto(h.url, { waitUntil: 'load' });
    const el = (await page.$('iframe[data-mhlw-chart]'))!;
    const frame = (await el.contentFrame())!;
    const svg = await frame.waitForSelector('svg[data-chart]');
    expect((await svg.boundingBox())!.height).toBeGreaterThan(200);
    expect(Math.round((await el.boundingBox())!.height)).toBe(Number(/height="(\d+)"/.exec(snippet)![1]));
    await page.close();
    await h.close();
  });

  it('embed pages may be framed by any site; the other pages refuse', async () => {
    const h = await host(`<iframe id="e" src="${siteUrl}embed/clinical-labs-totals/" width="600" height="500"></iframe><iframe id="d" src="${siteUrl}datasets/clinical-labs/" width="600" height="500"></iframe>`);
    const page = await browser.newPage();
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

  for (const [scheme, query, dark] of [
    ['dark', '', true],
    ['light', '', false],
    ['dark', '?theme=light', false],
    ['light', '?theme=dark', true],
  ] as const) {
    it(`prefers-color-scheme: ${scheme}${query ? `, ${query}` : ''} → ${dark ? 'dark' : 'light'}`, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      await page.goto(`${site.url}/embed/price-agreement-by-owner/${query}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(dark ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on embed pages (${scheme})`, async () => {
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['/embed/price-agreement-by-owner/', '/en/embed/outsourcing-trends/', '/embed/clinical-labs-totals/']) {
        await page.goto(site.url + path);
        await page.addScriptTag({ path: AXE });
        const v = await page.evaluate(async () => (await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map((x) => x.id));
        expect(v, path).toEqual([]);
      }
      await context.close();
    });
  }

  it('every chart SVG file parses as standalone XML with its title', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    for (const c of CHARTS) {
      for (const prefix of ['', '/en']) {
        const result = await page.evaluate(async (u) => {
          const text = await (await fetch(u)).text();
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
        }, `${prefix}/charts/${c.id}.svg`);
        expect(result.error).toBeNull();
        expect(result.root).toBe('svg');
        expect(result.texts).toContain(c.make(prefix ? 'en' : 'ja', '')!.title);
      }
    }
    await page.close();
  });
});
