/**
 * A table that is found but whose values are all illegible is published as rows of missing values, never
 * dropped, and the site builds from it. The document is the 2011 handout with every value of its tables
 * made into letters (its headings, dates, periods, labels and row numbers kept).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TABLES } from '../../scripts/lib/synthetic.ts';
import { buildSite } from '../e2e/browser.ts';
import { records, registerOf, runTexts, SEED } from '../helpers.ts';
import type { PipelineOutput } from '../../src/pipeline/run.ts';

const DATE_ROW = /^(\s*\d{1,2}\s*[._\s]\s*\d{1,2}\s*[._\s]\s*\d{1,2})(?=\s|$)(.*)$/;
// A value token (OCR'd digits, letters read as 1, points, percent and parentheses), and the same in letters.
const VALUE = /^[(（]?(?=[\d０-９iIl.]*[\d０-９])[\d０-９iIl][\d０-９iIl.,．。%％/o6]*[)）]?$/;
const blank = (t: string) => t.replace(/[\d０-９iIl]/g, 'O');

/** Every value token in letters: lab rows after their date; price-agreement rows but their row number. */
export function illegibleValues(text: string): string {
  const lines = text.split('\n');
  const labs = lines.findIndex((l) => l.includes('衛生検査所の推移'));
  const price = lines.findIndex((l) => l.includes('価格妥結状況調査結果概要'));
  return lines
    .map((line, i) => {
      if (i > labs && i < labs + 120) {
        const d = DATE_ROW.exec(line);
        if (d) return `${d[1]}${d[2]!.replace(/\S+/g, (t) => (VALUE.test(t) ? blank(t) : t))}`;
        return line.replace(/(^|\s)(\S+)(?=\s|$)/g, (m, s: string, t: string) =>
          VALUE.test(t) && !/^[(（]\d[)）]$/.test(t) ? `${s}${blank(t)}` : m,
        );
      }
      if (i > price && !/取引分|年度|H\d/.test(line)) {
        // Counts glued to their label (`機構)(136)`) too.
        line = line.replace(/([)）])([(（][\d０-９][\d０-９,]*[)）])/g, (_m, a: string, c: string) => `${a}${blank(c)}`);
        return line.replace(/(^|\s)(\S+)(?=\s|$)/g, (m, s: string, t: string, at: number) =>
          VALUE.test(t) && !(at === 0 && /^\d{1,2}$/.test(t)) ? `${s}${blank(t)}` : m,
        );
      }
      return line;
    })
    .join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'mhlw-illegible-'));
const raw = join(work, 'raw');
const clean = join(work, 'clean');
const out = join(work, 'dist');
const doc = illegibleValues(readFileSync(SEED, 'utf8'));
let result: PipelineOutput;

beforeAll(() => {
  result = runTexts({ 'illegible.txt': doc }, { 'illegible.txt': SEED_TABLES });
  mkdirSync(raw);
  writeFileSync(join(raw, 'illegible.txt'), doc);
  writeFileSync(join(raw, 'sources.json'), JSON.stringify(registerOf({ 'illegible.txt': doc }, { 'illegible.txt': SEED_TABLES }), null, 2));
  mkdirSync(clean);
  for (const [name, content] of result.files) writeFileSync(join(clean, name), content);
  buildSite({ DATA_DIR: clean, RAW_DIR: raw, OUT_DIR: out });
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

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

  it('builds a site whose pages say what is missing', () => {
    const page = readFileSync(join(out, 'datasets/price-agreement/index.html'), 'utf8');
    expect(page).toContain('data-chart="price-agreement-by-owner"');
    expect(page).toContain('欠損');
    expect(readFileSync(join(out, 'en/datasets/clinical-labs/index.html'), 'utf8')).toContain('missing');
    expect(readFileSync(join(out, 'charts/price-agreement-by-facility.svg'), 'utf8')).toContain('<svg');
  });
});
