/**
 * A table that is found but whose values are all illegible is published as rows of missing values, never
 * dropped, and the site builds from it. The document is the 2011 handout with every value of its tables
 * made into letters (its headings, dates, periods, labels and row numbers kept): the pipeline runs on it here;
 * the site built from it is the fixture site (test/site/fixture-site.ts: the same document, with markup in five
 * labels).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_TABLES } from '../../scripts/lib/synthetic.ts';
import { built } from '../built.ts';
import { records, runTexts, SEED } from '../helpers.ts';
import type { PipelineOutput } from '../../src/pipeline/run.ts';
import { FIXTURE_DOC, illegibleValues } from './fixture-site.ts';

const doc = illegibleValues(readFileSync(SEED, 'utf8'));
let result: PipelineOutput;
let out: string;
let fixtureClean: string;

beforeAll(async () => {
  result = runTexts({ 'illegible.txt': doc }, { 'illegible.txt': SEED_TABLES });
  const fixture = await built('fixture');
  out = fixture.out;
  fixtureClean = fixture.clean!;
});

describe('a handout whose values are all illegible', () => {
  const csv = (name: string) => records(result.files.get(name)!);

  it('keeps every row, each value missing with its raw text', () => {
    const owner = csv('price-agreement-by-owner.csv');
    expect(owner).toHaveLength(75);
    expect(owner.filter((r) => r.status !== 'missing')).toEqual([]);
    expect(owner.filter((r) => r.hospitals_status !== 'missing').map((r) => r.hospitals_raw)).toEqual(['④', '④', '④']); // a circled digit is no letter
    expect(owner.find((r) => r.owner_no === '20')!.raw).toBe('OO.O OO.O OO.O'); // the raw text is kept
    const facility = csv('price-agreement-by-facility.csv');
    expect(facility).toHaveLength(9);
    expect(facility.every((r) => r.status === 'missing')).toBe(true);
    const labs = csv('clinical-labs-totals.csv');
    expect(labs.map((r) => r.date)).toEqual(['2007-01-01', '2008-01-01', '2009-01-01', '2010-01-01', '2011-01-01']);
    expect(labs.every((r) => r.labs === '' && r.status === 'missing')).toBe(true);
  });

  it('the fixture site is built from such a document: every value of its tables illegible but one row of owners', () => {
    const csvOf = (name: string) => records(readFileSync(join(fixtureClean, name), 'utf8'));
    for (const name of ['price-agreement-by-owner.csv', 'price-agreement-by-facility.csv', 'clinical-labs-totals.csv']) {
      expect(csvOf(name).length, name).toBeGreaterThan(0);
      expect(
        csvOf(name).every((r) => r.source_doc === FIXTURE_DOC.replace(/\.txt$/, '')),
        name,
      ).toBe(true);
      // all but the three values of the one owner row the fixture keeps legible (its label holds markup)
      expect(
        csvOf(name).filter((r) => r.status !== 'missing' && !r.owner_ja?.includes('<script>')),
        name,
      ).toEqual([]);
    }
    expect(csvOf('price-agreement-by-owner.csv')).toHaveLength(75);
    expect(csvOf('price-agreement-by-owner.csv').filter((r) => r.status !== 'missing')).toHaveLength(3);
  });

  it('builds a site whose pages say what is missing', () => {
    const page = readFileSync(join(out, 'datasets/price-agreement/index.html'), 'utf8');
    expect(page).toContain('data-chart="price-agreement-by-owner"');
    expect(page).toContain('欠損');
    expect(readFileSync(join(out, 'en/datasets/clinical-labs/index.html'), 'utf8')).toContain('missing');
    expect(readFileSync(join(out, 'charts/price-agreement-by-facility.svg'), 'utf8')).toContain('<svg');
  });
});
