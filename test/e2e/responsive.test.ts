/**
 * Every page of the build, in both languages, on a 360 px phone and a 1280 px screen (and the narrowest,
 * 320 px): no page scrolls sideways; chart text renders between 10 and 16 CSS px (its font size through the
 * SVG's screen transform); no chart label ends with "…"; an embed's title is larger than its chart text; every
 * link, button and control is a target of at least 24 × 24 px or has the room around it WCAG 2.2 allows; a table
 * laid out only when it scrolls near is never taller than the height it stands in with.
 * Reviewed once by eye with screenshots (test/e2e/REVIEW.md); asserted here through the DOM.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pages, urlOf } from '../site/dist-helpers.ts';
import { DIST, HAVE_BROWSER } from './browser.ts';
import { useSiteInBrowser } from './site-in-browser.ts';

const PATHS = pages(DIST)
  .map((f) => urlOf(DIST, f))
  .filter((p) => !p.endsWith('404.html'));

interface Measure {
  scroll: number;
  width: number;
  sizes: { chart: string; text: string; px: number }[];
  ellipses: string[];
  embedTitle: number | null;
  targets: string[];
  standIns: string[];
}

/** Measured in the page: the document's width, and each visible chart text's rendered size. */
async function measure(page: Page): Promise<Measure> {
  return page.evaluate(`(() => {
    const sizes = [];
    const ellipses = [];
    for (const svg of document.querySelectorAll('svg[data-chart]')) {
      if (svg.getAttribute('aria-hidden') === 'true') continue; // home thumbnails carry no text
      const box = svg.getBoundingClientRect();
      if (!box.width || getComputedStyle(svg).display === 'none') continue;
      for (const t of svg.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        if (!r.width || !t.textContent.trim()) continue;
        const ctm = t.getScreenCTM();
        const scale = Math.hypot(ctm.a, ctm.b);
        sizes.push({ chart: svg.getAttribute('data-chart') + '/' + svg.getAttribute('data-layout'), text: t.textContent.slice(0, 30), px: parseFloat(getComputedStyle(t).fontSize) * scale });
        if (/…$/.test(t.textContent.trim())) ellipses.push(t.textContent);
      }
    }
    // WCAG 2.2 target size (2.5.8): every link, button and control at least 24 × 24 px, or with room around it
    // (a 24 px circle on its centre meets no other target nor another small one's circle), or a link inside a
    // sentence (its height is the line's).
    const targets = [];
    const boxes = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab]')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ e, r }) => r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden');
    const small = (r) => r.width < 23.95 || r.height < 23.95;
    const inSentence = (e) => e.tagName === 'A' && getComputedStyle(e).display.startsWith('inline') &&
      (e.parentElement.textContent || '').replace(e.textContent || '', '').trim().length > 1;
    for (const { e, r } of boxes) {
      if (!small(r) || inSentence(e)) continue;
      const cx = r.x + r.width / 2, cy = r.y + r.height / 2;
      const near = boxes.find(({ e: o, r: q }) => {
        if (o === e || o.contains(e) || e.contains(o)) return false;
        const dx = Math.max(q.x - cx, 0, cx - (q.x + q.width)), dy = Math.max(q.y - cy, 0, cy - (q.y + q.height));
        if (dx * dx + dy * dy < 144) return true;
        return small(q) && (q.x + q.width / 2 - cx) ** 2 + (q.y + q.height / 2 - cy) ** 2 < 576;
      });
      if (near) targets.push(e.tagName + ' "' + (e.textContent || '').trim().slice(0, 20) + '" ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px, near "' + (near.e.textContent || '').trim().slice(0, 20) + '"');
    }
    // A table laid out when it scrolls near (.rows-later) stands in at least as tall as it is: a shorter stand-in
    // lets its links overflow onto the next table's while an audit measures them.
    const standIns = [];
    for (const e of document.querySelectorAll('.rows-later')) {
      const standIn = parseFloat(getComputedStyle(e).containIntrinsicHeight.replace('auto', ''));
      e.style.contentVisibility = 'visible';
      const real = e.getBoundingClientRect().height;
      e.style.contentVisibility = '';
      if (!(real <= standIn)) standIns.push((e.querySelector('h2, h3')?.textContent || '').trim().slice(0, 30) + ': ' + Math.round(real) + ' px tall, stand-in ' + standIn + ' px');
    }
    const h1 = document.querySelector('main[data-embed] h1');
    return {
      scroll: document.documentElement.scrollWidth,
      width: document.documentElement.clientWidth,
      sizes,
      ellipses,
      embedTitle: h1 ? parseFloat(getComputedStyle(h1).fontSize) : null,
      targets,
      standIns,
    };
  })()`);
}

describe.skipIf(!HAVE_BROWSER)('every page from 320 to 1280 px', () => {
  const ctx = useSiteInBrowser();

  it('covers every page type in both languages', () => {
    for (const p of [
      '/',
      '/datasets/price-agreement/',
      '/datasets/clinical-research-cases/',
      '/quality/',
      '/downloads/',
      '/sources/mhlw-2011-keizaika-handout/',
      '/embed/price-agreement-by-owner/',
    ]) {
      expect(PATHS).toContain(p);
      expect(PATHS).toContain(`/en${p}`);
    }
  });

  // Each page is loaded once, at the narrowest width, and measured there and after each widening (as a phone
  // turned sideways or a window made wider would lay it out again): four loads per page cost as much as the rest
  // of the browser tests, and a page that lays out right only when loaded at a width would fail here too.
  const WIDTHS = [320, 360, 768, 1280];
  it(`at ${WIDTHS.join(', ')} px: no sideways scroll, chart text 10–16 px, no label cut with "…", targets ≥ 24 px`, async () => {
    const context = await ctx.browser.newContext({ viewport: { width: WIDTHS[0]!, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const charts = new Map(WIDTHS.map((w) => [w, 0]));
    for (const path of PATHS) {
      await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await page.goto(ctx.site.url + path, { waitUntil: 'load' });
      for (const width of WIDTHS) {
        if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: 900 });
        const at = `${path} at ${width} px`;
        const m = await measure(page);
        if (m.scroll > m.width) problems.push(`${at}: scrolls sideways (${m.scroll} > ${m.width} px)`);
        for (const s of m.sizes) if (s.px < 9.95 || s.px > 16.05) problems.push(`${at} ${s.chart}: "${s.text}" at ${s.px.toFixed(1)} px`);
        for (const e of m.ellipses) problems.push(`${at}: label cut: "${e}"`);
        for (const t of m.targets) problems.push(`${at}: target under 24 × 24 px without room around it: ${t}`);
        for (const t of m.standIns) problems.push(`${at}: lazily laid out table taller than its stand-in: ${t}`);
        if (m.embedTitle !== null) {
          const largest = Math.max(...m.sizes.map((s) => s.px));
          if (!(m.embedTitle > largest))
            problems.push(`${at}: embed title ${m.embedTitle} px is not larger than its chart text (${largest.toFixed(1)} px)`);
        }
        charts.set(width, charts.get(width)! + new Set(m.sizes.map((s) => s.chart)).size);
      }
    }
    expect(problems).toEqual([]);
    // the charts were measured at every width, in the layout each width picks
    for (const [width, n] of charts) expect(n, `${width} px`).toBeGreaterThan(10);
    await context.close();
  }, 300_000);

  it('picks the narrow layout on a phone and the wide one on a screen', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${ctx.site.url}/datasets/price-agreement/`);
    const shown = () =>
      page.evaluate(
        `[...document.querySelectorAll('figure.chart svg[data-chart]')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.getAttribute('data-layout'))`,
      );
    // one layout shown per chart of the page
    const charts = await page.locator('figure.chart').count();
    expect(charts).toBeGreaterThan(1);
    expect(await shown()).toEqual(Array(charts).fill('narrow'));
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await shown()).toEqual(Array(charts).fill('wide'));
    await context.close();
  });
});
