/** For the browser tests' describe blocks (kept apart from browser.ts, which the global setup imports). */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch, serveDist } from './browser.ts';

/**
 * For a describe block: serves dist/ and launches Chromium before its tests, closes both after. The returned
 * object is filled in by then (`ctx.browser`, `ctx.site`).
 */
export function useSiteInBrowser(): { browser: Browser; site: Awaited<ReturnType<typeof serveDist>> } {
  const ctx = {} as { browser: Browser; site: Awaited<ReturnType<typeof serveDist>> };
  beforeAll(async () => {
    ctx.site = await serveDist();
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.site?.close();
  });
  return ctx;
}
