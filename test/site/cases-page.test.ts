/** The case list page as built: every case, grouped, with its note, references, change and source links. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runs } from '../../src/display/text-list.ts';
import { DIST } from '../e2e/browser.ts';
import { read } from './dist-helpers.ts';

const ja = read(join(DIST, 'datasets/clinical-research-cases/index.html'));
const en = read(join(DIST, 'en/datasets/clinical-research-cases/index.html'));

describe('case list page', () => {
  it('has the 22 cases in three lists, in order', () => {
    const ids = [...ja.matchAll(/<article class="case" id="case-([\d-]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(22);
    expect(ids[0]).toBe('1-1');
    expect(ids[21]).toBe('3-15');
    expect([...ja.matchAll(/<section class="case-group" data-group="([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'specified',
      'clinical-research',
      'not-covered',
    ]);
  });

  it('links each case to its lines in the source', () => {
    expect(ja).toMatch(/href="\/sources\/mhlw-2019-clinical-research-act-cases\/#L122">\s*原文 122行\s*<\/a>/);
    expect(ja).toMatch(/href="\/sources\/mhlw-2019-clinical-research-act-cases\/#L69">\s*新旧対照表 69行\s*<\/a>/);
  });

  it('the English twin has English labels and says the case texts are Japanese', () => {
    expect(en).toContain('<html lang="en"');
    expect(en).toContain('The case texts are in Japanese');
    expect(en).toMatch(/Specified clinical research \(3\)/);
    expect(en).toMatch(/<p lang="ja" class="case-text">/);
  });

  it('lays the filter out from the start (no shift when the script arrives), hidden without scripts', () => {
    expect(ja).toMatch(/<div class="case-filter" data-case-filter role="search"/);
    const noscript = /<noscript><style>([^<]*)<\/style><\/noscript>/.exec(ja)?.[1] ?? '';
    expect(noscript).toMatch(/\.case-filter[^{]*\{\s*display: none !important;/);
  });

  it('splits a text into plain and revised runs', () => {
    expect(runs('あいうえお', '1-3')).toEqual([
      { text: 'あ', marked: false },
      { text: 'いう', marked: true },
      { text: 'えお', marked: false },
    ]);
    expect(runs('abc', '')).toEqual([{ text: 'abc', marked: false }]);
    expect(runs('abcdef', '0-2;1-4')).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: true },
      { text: 'ef', marked: false },
    ]);
  });
});
