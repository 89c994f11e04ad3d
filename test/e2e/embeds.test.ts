/**
 * Embeds in Debian's Chromium: another origin frames every chart with the responsive snippet (the iframe
 * ends at the chart's height at 360 and 1280 px), the chart still shows when the host page blocks scripts,
 * non-embed pages refuse to be framed, dark mode applies, the SVG files parse as XML, and axe passes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHARTS, makeChart } from '../../src/site/model/charts.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { snippets } from '../../src/site/publish/embed.ts';
import { DIST, HAVE_BROWSER } from './browser.ts';
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

  for (const [scheme, query, dark] of [
    ['dark', '', true],
    ['light', '', false],
    ['dark', '?theme=light', false],
    ['light', '?theme=dark', true],
  ] as const) {
    it(`prefers-color-scheme: ${scheme}${query ? `, ${query}` : ''} → ${dark ? 'dark' : 'light'}`, async () => {
      const page = await ctx.browser.newPage({ colorScheme: scheme });
      await page.goto(`${ctx.site.url}/embed/price-agreement-by-owner/${query}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(dark ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
      await page.close();
    });
  }

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

  it('every chart SVG file parses as standalone XML with its title', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.site.url}/`);
    for (const c of CHARTS) {
      for (const prefix of ['', '/en']) {
        const result = await page.evaluate(async (u) => {
          const text = await (await fetch(u)).text();
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return {
            error: doc.querySelector('parsererror')?.textContent ?? null,
            root: doc.documentElement.nodeName,
            texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
          };
        }, `${prefix}/charts/${c.id}.svg`);
        expect(result.error).toBeNull();
        expect(result.root).toBe('svg');
        // The title may wrap onto several lines of the file.
        expect(result.texts.join('').replace(/ /g, '')).toContain(makeChart(c.id, prefix ? 'en' : 'ja')!.title.replace(/ /g, ''));
      }
    }
    await page.close();
  });

  it('every chart SVG file keeps all its text inside its picture, and carries its source, the site and the licence', async () => {
    const page = await ctx.browser.newPage();
    for (const c of CHARTS) {
      for (const prefix of ['', '/en']) {
        await page.goto(`${ctx.site.url}${prefix}/charts/${c.id}.svg`);
        const r = (await page.evaluate(`(() => {
          const svg = document.documentElement;
          const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
          const outside = [];
          for (const t of svg.querySelectorAll('text')) {
            const b = t.getBBox();
            let m = t.getCTM();
            const x0 = b.x * m.a + m.e, y0 = b.y * m.d + m.f, x1 = (b.x + b.width) * m.a + m.e, y1 = (b.y + b.height) * m.d + m.f;
            if (x0 < -0.5 || y0 < -0.5 || x1 > w + 0.5 || y1 > h + 0.5) outside.push(t.textContent + ' [' + [x0, y0, x1, y1].map(Math.round).join(',') + ']');
          }
          return { outside, text: [...svg.querySelectorAll('text')].map((t) => t.textContent).join(' ') };
        })()`)) as { outside: string[]; text: string };
        expect(r.outside, `${prefix}/charts/${c.id}.svg`).toEqual([]);
        expect(r.text).toContain('CC BY 4.0');
        expect(r.text).toContain('http://localhost:4321/');
        expect(r.text).toMatch(prefix ? /Source: / : /出典：/);
      }
    }
    await page.close();
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

describe('chart PNG files', () => {
  for (const c of CHARTS) {
    for (const prefix of ['', 'en/']) {
      it(`${prefix}charts/${c.id}.png has ink in its footer band (the credits)`, () => {
        const png = PNG.sync.read(readFileSync(join(DIST, `${prefix}charts/${c.id}.png`)));
        const dark = (x: number, y: number) => {
          const i = (y * png.width + x) * 4;
          return png.data[i]! < 160 && png.data[i + 1]! < 160 && png.data[i + 2]! < 160;
        };
        const grey = (x: number, y: number) => {
          const i = (y * png.width + x) * 4;
          return Math.abs(png.data[i]! - 204) < 12 && Math.abs(png.data[i + 1]! - 204) < 12;
        };
        // The footer band: below the light rule under the chart (the lowest row that is mostly that grey).
        let rule = -1;
        for (let y = png.height - 1; y > png.height / 2 && rule < 0; y--) {
          let n = 0;
          for (let x = 0; x < png.width; x++) if (grey(x, y)) n++;
          if (n > png.width * 0.6) rule = y;
        }
        expect(rule).toBeGreaterThan(0);
        let ink = 0;
        for (let y = rule + 2; y < png.height; y++) for (let x = 0; x < png.width; x++) if (dark(x, y)) ink++;
        expect(ink).toBeGreaterThan(3000);
      });
    }
  }
});
