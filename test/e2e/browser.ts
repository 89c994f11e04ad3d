/**
 * Shared by the browser tests: serve dist/ (built by test/global-setup.ts) on loopback, and launch Debian's Chromium
 * (CHROME_PATH or /usr/bin/chromium) through playwright-core. Without a browser the tests say so and skip,
 * except under CI=true, where a missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME, CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';

export const HAVE_BROWSER = existsSync(CHROME);

if (!HAVE_BROWSER) {
  if (process.env.CI === 'true')
    throw new Error(`browser tests: no Chromium at ${CHROME} (set CHROME_PATH or install Debian's chromium); CI=true requires one`);
  console.warn(`browser tests skipped: no Chromium at ${CHROME} (set CHROME_PATH or apt-get install chromium)`);
}

export const DIST = join(ROOT, 'dist');

export { parseHeaders } from '../../scripts/lib/static-server.ts';

/** A static server for a built site on 127.0.0.1 and a free port (`base` is the site's BASE_PATH); it sends
 * the headers of dist/_headers as a static host would. */
export function serveDist(dist = DIST, base = '/'): ReturnType<typeof serveStatic> {
  return serveStatic(dist, base);
}

/** Waits until the page's scripts, added by the loader after the first paint, have run (site.js sets <html data-ready>). */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 10_000 });
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: CHROMIUM_ARGS,
  });
}
