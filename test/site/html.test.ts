/**
 * Every built page is valid HTML (html-validate, recommended rules; see .htmlvalidate.json: inline style
 * attributes are allowed because Plot writes them into its SVG, and titles may be long because chart titles
 * are), and the sitemap lists every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from '../e2e/browser.ts';
import { ROOT } from '../helpers.ts';
import { pages, read, urlOf } from './dist-helpers.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML', () => {
  for (const file of pages(DIST)) {
    it(`${urlOf(DIST, file)} is valid`, async () => {
      const report = await validator.validateString(read(file), join(ROOT, '.htmlvalidate-target.html'));
      const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
      expect(messages).toEqual([]);
    });
  }
});

describe('sitemap', () => {
  it('lists every page except embeds, and nothing else', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const listed = [...xml.matchAll(/<loc>http:\/\/localhost:4321(\/[^<]*)<\/loc>/g)].map((m) => m[1]).sort();
    const expected = pages(DIST)
      .map((f) => urlOf(DIST, f))
      .filter((u) => !u.includes('/embed/') && u !== '/404.html')
      .sort();
    expect(listed).toEqual(expected);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain('Sitemap: http://localhost:4321/sitemap.xml');
  });
});
