/**
 * The README's "Adding a dataset", followed to the letter on a copy of the project: the fixture dataset of
 * test/fixtures/example-dataset/ (its folder and its document) is added with its registry lines; the type
 * checker then asks for the words of its page, and once they are there the dataset has its page, chart,
 * table, downloads, embed and source-viewer marks in the built site. The copy, its type checks and its site
 * are the fixture site's (test/site/fixture-site.ts, built by the global setup under BASE_PATH=mhlw).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Built } from '../builds.ts';
import { built } from '../built.ts';
import { BASE } from './fixture-site.ts';

let fixture: Built;
let out: string;
let clean: string;
beforeAll(async () => {
  fixture = await built('fixture');
  out = fixture.out;
  clean = fixture.clean!;
});

const page = (p: string) => readFileSync(join(out, p), 'utf8');

describe('adding a dataset (README: "Adding a dataset")', () => {
  it('the type checker asks for the words of its page, and is content once they are there', () => {
    const without = fixture.typecheckWithoutWords!;
    const withWords = fixture.typecheckWithWords!;
    expect(without.status).not.toBe(0);
    expect(without.stdout).toMatch(/src\/datasets\/example-beds\/view\.ts.*"example-beds".*not assignable/);
    expect(withWords.stdout + withWords.stderr).toBe('');
    expect(withWords.status).toBe(0);
  });

  it('its CSV is published with its values and statuses', () => {
    const csv = readFileSync(join(clean, 'example-beds.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'year,beds,status,raw,rule,note,note_ja,source_doc,source_line,source_url,source_quote,source_accessed,source_publisher,source_title,source_published,source_kind',
    );
    expect(csv).toContain('2008,1234,read,"1,234",,,,example-handout,7,,,');
    expect(csv).toMatch(/\n2009,,missing,"1,2S0",/);
  });

  it('has its page in both languages, with its chart, table and downloads', () => {
    for (const [p, title] of [
      ['datasets/example-beds/index.html', '例示病院の病床数'],
      ['en/datasets/example-beds/index.html', 'Beds of the example hospitals'],
    ] as const) {
      const html = page(p);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain('data-chart="example-beds"');
      expect(html).toContain('id="table-example-beds"');
      expect(html).toContain('downloads/example-beds.csv');
      expect(html).toContain('downloads/example-beds.excel-cp932.csv');
    }
    expect(page('index.html')).toContain(`href="${BASE}datasets/example-beds/"`);
  });

  it('has its embed, SVG, PNG and downloads', () => {
    expect(page('embed/example-beds/index.html')).toContain('data-embed="example-beds"');
    expect(page('en/charts/example-beds.svg')).toContain('Beds of the example hospitals');
    expect(readFileSync(join(out, 'charts/example-beds.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(page('downloads/example-beds.excel-utf8.csv').charCodeAt(0)).toBe(0xfeff);
  });

  it('marks the lines its values cite in the source viewer', () => {
    const html = page('sources/example-handout/index.html');
    expect(html).toMatch(/<li id="L7" class="cited">/);
    expect(html).toMatch(/<li id="L9" class="cited">/);
    expect(html).not.toMatch(/<li id="L1" class="cited">/);
  });
});
