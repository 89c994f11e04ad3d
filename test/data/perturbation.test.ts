/**
 * Read, don't know: a handout of the same layout with other numbers comes out with those numbers.
 * The seed document is copied and changed in memory (each change below); the outputs must follow.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { records, runTexts, SEED } from '../helpers.ts';

const seed = readFileSync(SEED, 'utf8');

function change(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the seed no longer holds "${from}"`);
  return text.replace(from, to);
}

let text = seed;
text = change(text, '病      院 (2,690) 20.6 31.5 35.3', '病      院 (2,702) 21.7 32.6 36.4');
text = change(text, '200床 以上 35 3%', '200床 以上 36 4%');
text = change(text, '国 ((独)日立病院機構)(136) 98.6 99.9 99.9', '国 ((独)日立病院機構)(148) 97.5 98.8 99.0');
text = change(text, '6 都1道府県●(1401 3017 5118 441141', '6 都1道府県●(1401 3216 5118 42.1');
text = change(text, '20 医療法人 (1,307) 19.4 38.5 53.9', '20 医療法人 (1,295) 18.3 37.4 52.8');
text = change(text, 'S平成 3年調査 1,010病院', 'S平成 3年調査 1,234病院');
text = change(text, '22 1 1 240 887', '22 1 1 240 872');
text = change(text, '20.1 1 294 240 918', '20.1 1 294 240 931');
text = change(text, '診   療   所 84.1%', '診   療   所 82.0%');
// Shift the whole document down by three lines: line numbers must follow too.
text = `前書き\n\n追加の行\n${text}`;

const base = runTexts({ 'handout.txt': seed });
const moved = runTexts({ 'handout.txt': text });
const csv = (o: typeof base, name: string) => records(o.files.get(name)!);

describe('a handout with other numbers', () => {
  it('gives the new owner values and counts', () => {
    const rows = csv(moved, 'price-agreement-by-owner.csv');
    const get = (no: string) => rows.filter((r) => r.owner_no === no);
    expect(get('0').map((r) => [r.hospitals, r.rate_pct])).toEqual([['2702', '21.7'], ['2702', '32.6'], ['2702', '36.4']]);
    expect(get('2').map((r) => [r.hospitals, r.rate_pct])).toEqual([['148', '97.5'], ['148', '98.8'], ['148', '99.0']]);
    expect(get('6').map((r) => [r.rate_pct, r.status])).toEqual([['32.6', 'repaired'], ['51.8', 'repaired'], ['42.1', 'read']]);
    expect(get('20').map((r) => [r.hospitals, r.rate_pct])).toEqual([['1295', '18.3'], ['1295', '37.4'], ['1295', '52.8']]);
  });
  it('gives the new facility values and keeps the check meaningful', () => {
    const rows = csv(moved, 'price-agreement-by-facility.csv');
    expect(rows.find((r) => r.facility_ja === '200床以上')!.rate_pct).toBe('36.4');
    expect(rows.find((r) => r.facility_ja === '診療所')!.rate_pct).toBe('82.0');
    expect(moved.quality.checks.find((c) => c.id === 'price-agreement-all-hospitals-2010-12')!.result).toBe('pass');
  });
  it('gives the new survey respondents and lab totals', () => {
    expect(csv(moved, 'outsourcing-rates.csv')[0]!.respondents).toBe('1234');
    const labs = csv(moved, 'clinical-labs-totals.csv');
    expect(labs.map((r) => r.labs)).toEqual(['926', '931', '894', '872', '']);
  });
  it('moves every source line with the text', () => {
    const a = csv(base, 'price-agreement-by-owner.csv');
    const b = csv(moved, 'price-agreement-by-owner.csv');
    a.forEach((r, i) => expect(Number(b[i]!.source_line)).toBe(Number(r.source_line) + 3));
    const la = csv(base, 'clinical-labs-totals.csv');
    const lb = csv(moved, 'clinical-labs-totals.csv');
    la.forEach((r, i) => r.source_line && expect(Number(lb[i]!.source_line)).toBe(Number(r.source_line) + 3));
  });
  it('reports a failed check instead of hiding it', () => {
    const broken = runTexts({ 'h.txt': change(seed, '200床 以上 35 3%', '200床 以上 34.9%') });
    expect(broken.quality.checks.find((c) => c.id === 'price-agreement-all-hospitals-2010-12')).toMatchObject({
      result: 'fail',
      compared: { owner_all_hospitals: 35.3, facility_200_beds: 34.9 },
    });
  });
  it('reports breakdowns that disagree on a total', () => {
    const broken = runTexts({ 'h.txt': change(seed, '19 1 1 236 926', '19 1 1 236 927') });
    const labs = csv(broken, 'clinical-labs-totals.csv');
    expect(labs[0]).toMatchObject({ labs: '', status: 'missing' });
    expect(broken.quality.checks.find((c) => c.id === 'clinical-labs-total-2007-01-01')!.result).toBe('fail');
  });
  it('handles two handouts of the same layout, each with its own provenance', () => {
    const two = runTexts({ 'a.txt': seed, 'b.txt': text });
    const rows = csv(two, 'price-agreement-by-owner.csv');
    expect(rows).toHaveLength(150);
    expect(new Set(rows.map((r) => r.source_doc))).toEqual(new Set(['a', 'b']));
  });
});
