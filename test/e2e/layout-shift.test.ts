/**
 * Pages that arrive in pieces do not shift. On a slow phone the browser paints a page before its HTML has all
 * arrived; a table laid out by its content then widens its columns as later rows come, and what is on screen
 * moves (the downloads catalogue did: CLS up to 0.012 in the bench, 0.008 on a throttled phone). Here each page's
 * HTML is sent in two parts with a pause between them, cut in the middle of its body, and the layout shifts the
 * browser reports on a 412 px phone must add up to 0.
 */
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { pages, urlOf } from '../site/dist-helpers.ts';
import { DIST, HAVE_BROWSER, launch, ready, serveDist } from './browser.ts';

/** Every page of the build in both languages but the embeds, of which the first per language stands for all (they
 * share one layout); the 404 page is a file, not a folder's index. */
const ALL = pages(DIST)
  .map((f) => urlOf(DIST, f))
  .filter((p) => p.endsWith('/'));
const PATHS = [
  ...ALL.filter((p) => !/\/embed\//.test(p)),
  ...['/embed/', '/en/embed/'].flatMap((e) => ALL.filter((p) => p.startsWith(e)).slice(0, 1)),
];

/** Cut at the start of a tag near the middle of the body (inside the first table when there is one). */
function cut(html: string): number {
  const body = html.indexOf('<body');
  const table = html.indexOf('<tbody', body);
  const from = table > 0 ? html.indexOf('<tr', html.indexOf('<tr', table + 1) + 1) : body + Math.floor((html.length - body) / 2);
  const at = html.indexOf('<', from);
  return at > 0 ? at : html.length;
}

describe.skipIf(!HAVE_BROWSER)('no layout shift while a page arrives', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveDist>>;
  let slow: Server;
  let origin: string;

  beforeAll(async () => {
    site = await serveDist();
    const upstream = new URL(site.url);
    // pages from dist/ in two parts; everything else passed through to the static server
    slow = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path.endsWith('/')) {
        const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
        const at = cut(html);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(html.slice(0, at));
        setTimeout(() => res.end(html.slice(at)), 300);
        return;
      }
      const up = request(
        { host: upstream.hostname, port: upstream.port, path: req.url, headers: { 'accept-encoding': 'identity' } },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      up.end();
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => slow?.close(r));
    await site?.close();
  });

  it('covers every page type in both languages', () => {
    for (const p of ['/', '/en/', '/downloads/', '/en/quality/', '/datasets/price-agreement/', '/en/about/']) expect(PATHS, p).toContain(p);
    expect(PATHS.filter((p) => p.includes('/embed/'))).toHaveLength(2);
  });

  it('cuts each page inside its body', () => {
    for (const p of PATHS) {
      const html = readFileSync(join(DIST, p, 'index.html'), 'utf8');
      const at = cut(html);
      expect(at, p).toBeGreaterThan(html.indexOf('<body'));
      expect(at, p).toBeLessThan(html.length);
    }
  });

  for (const path of PATHS)
    it(`${path} on a 412 px phone: CLS 0`, async () => {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[])
            w.shifts.push({ value: e.value, nodes: e.sources.map((s) => (s.node?.textContent ?? '').trim().slice(0, 40)) });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(origin + path);
      await ready(page);
      const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts);
      await context.close();
      expect(shifts, `${path} shifted`).toEqual([]);
    });
});
