/**
 * `/embed.js` on a host page in Chromium (issue 27, item 8), across three origins: the site ("localhost"),
 * the host page and a stranger's frame (two ports of 127.0.0.1). It resizes a marked frame of the site to
 * the height that frame posts, and ignores everything else: messages from a frame on another origin (marked
 * or not), from an unmarked frame of the site, from the host page itself, for another frame, and heights that
 * are not a finite number within bounds.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEIGHT_MAX, HEIGHT_MESSAGE, HEIGHT_MIN } from '../../src/client/protocol.ts';
import { HAVE_BROWSER } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

/** A server on 127.0.0.1 answering every path with `pages[path]` (or a blank page). */
async function serve(pages: Record<string, () => string>): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? '/']?.() ?? '<!doctype html><title>blank</title>';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Heights the host must never apply (each also outside what any embed posts). */
const BAD_HEIGHTS: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -500,
  0,
  HEIGHT_MIN - 1,
  HEIGHT_MAX + 1,
  1e9,
  '777',
  null,
  { valueOf: 778 },
  [779],
];

describe.skipIf(!HAVE_BROWSER)('embed.js on a host page in Chromium', () => {
  const ctx = useSiteInBrowser();
  let site: string;
  let stranger: Awaited<ReturnType<typeof serve>>;
  let host: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = ctx.site.url.replace('127.0.0.1', 'localhost') + '/';
    stranger = await serve({});
    host = await serve({
      '/': () =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body style="margin:0">` +
        `<iframe id="own" data-mhlw-chart src="${site}en/embed/clinical-labs-totals/" width="600" height="300" style="width:600px"></iframe>` +
        `<iframe id="unmarked" src="${site}en/embed/outsourcing-trends/" width="600" height="300"></iframe>` +
        `<iframe id="stranger" data-mhlw-chart src="${stranger.url}" width="600" height="300"></iframe>` +
        `<iframe id="local" data-mhlw-chart src="/local" width="600" height="300"></iframe>` +
        `<script src="${site}embed.js"></script></body></html>`,
    });
  });
  afterAll(async () => {
    await host?.close();
    await stranger?.close();
  });

  /** Records every height the host page gives each frame. */
  async function watch(page: Page): Promise<void> {
    await page.evaluate(() => {
      const seen: Record<string, string[]> = {};
      (window as unknown as { seen: typeof seen }).seen = seen;
      for (const f of document.querySelectorAll('iframe')) {
        seen[f.id] = [];
        new MutationObserver(() => seen[f.id]!.push(f.style.height)).observe(f, { attributes: true, attributeFilter: ['style'] });
      }
    });
  }
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Record<string, string[]> }).seen);
  const heightOf = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.style.height, id);
  const frameOf = async (page: Page, id: string): Promise<Frame> => (await (await page.$(`#${id}`))!.contentFrame())!;
  const post = (frame: Frame, message: unknown) =>
    frame.evaluate((m) => {
      // Rebuilt in the frame: the values JSON cannot carry (NaN, ±Infinity) travel as strings.
      const fix = (v: unknown) => (v === 'NaN' ? NaN : v === 'Infinity' ? Infinity : v === '-Infinity' ? -Infinity : v);
      const msg = m as { type: string; height: unknown } | null;
      parent.postMessage(msg && typeof msg === 'object' ? { ...msg, height: fix(msg.height) } : msg, '*');
    }, message);
  const asJson = (h: unknown) => (typeof h === 'number' && !Number.isFinite(h) ? String(h) : h);

  it('resizes its own frame to the height the embed posts, and nothing else', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url, { waitUntil: 'load' });
    const own = await frameOf(page, 'own');
    await own.waitForSelector('svg[data-chart]', { state: 'attached' });
    const inner = () => own.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // the embed's own message: the frame takes its page's height
    await expect.poll(async () => heightOf(page, 'own'), { timeout: 10_000 }).toBe(`${await inner()}px`);
    await watch(page);

    // bad heights from the right frame
    for (const h of BAD_HEIGHTS) await post(own, { type: HEIGHT_MESSAGE, chart: 'x', height: asJson(h) });
    // not a height message
    for (const m of [null, 'mhlw-charts:height', { type: 'other', height: 400 }, { height: 401 }, { type: HEIGHT_MESSAGE }])
      await post(own, m);
    // good heights from the wrong places: an unmarked frame of the site, a marked stranger's frame, a marked
    // frame of the host's own origin, and the host page itself
    await post(await frameOf(page, 'unmarked'), { type: HEIGHT_MESSAGE, chart: 'x', height: 402 });
    await post(await frameOf(page, 'stranger'), { type: HEIGHT_MESSAGE, chart: 'x', height: 403 });
    await post(await frameOf(page, 'local'), { type: HEIGHT_MESSAGE, chart: 'x', height: 404 });
    await page.evaluate((type) => window.postMessage({ type, chart: 'x', height: 405 }, '*'), HEIGHT_MESSAGE);

    // then a good height from the right frame: once it is applied, every message before it has been handled
    // (taller than the embed, so no scroll bar reflows it and makes it post its own height again)
    await post(own, { type: HEIGHT_MESSAGE, chart: 'x', height: 1999.2 });
    await expect.poll(() => heightOf(page, 'own')).toBe('2000px');
    await page.waitForTimeout(300); // messages from the other frames' processes
    const s = await seen(page);
    expect(s.own).toEqual(['2000px']);
    expect(s.unmarked).toEqual([]);
    expect(s.stranger).toEqual([]);
    expect(s.local).toEqual([]);
    expect(await heightOf(page, 'unmarked')).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a site frame whose src is relative to the host (another origin) is never resized, whatever it posts', async () => {
    // The frame's document is on the site, but its src resolves to the host's origin: the src is what the
    // host page chose, so the site's messages are not taken for it.
    const page = await ctx.browser.newPage();
    await page.goto(host.url, { waitUntil: 'load' });
    await watch(page);
    await page.evaluate((src) => {
      const f = document.getElementById('local') as HTMLIFrameElement;
      f.contentWindow!.location.href = src; // navigates the frame without changing its src attribute
    }, `${site}en/embed/clinical-labs-totals/`);
    const local = await frameOf(page, 'local');
    await local.waitForURL(/localhost/);
    await local.waitForSelector('svg[data-chart]', { state: 'attached' });
    await post(local, { type: HEIGHT_MESSAGE, chart: 'x', height: 406 });
    await page.waitForTimeout(300);
    expect((await seen(page)).local).toEqual([]);
    await page.close();
  });
});
