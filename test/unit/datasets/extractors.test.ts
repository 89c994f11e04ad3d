/** Each extractor on its fixture excerpt (see test/fixtures/README.md). */
import { describe, expect, it } from 'vitest';
import { ERAS } from '../../../src/pipeline/eras.ts';
import { extractClinicalLabs, totalCandidate } from '../../../src/datasets/clinical-labs-totals/extract.ts';
import { extractOutsourcing } from '../../../src/datasets/outsourcing-rates/extract.ts';
import { extractFacility } from '../../../src/datasets/price-agreement-by-facility/extract.ts';
import { extractOwner, placeRates } from '../../../src/datasets/price-agreement-by-owner/extract.ts';
import { docOf, fixture } from '../../helpers.ts';

const heisei = ERAS.find((e) => e.name === '平成')!;

describe('outsourcing', () => {
  const ds = extractOutsourcing(docOf(fixture('outsourcing-excerpt.txt')))!.dataset;
  it('reads 15 services × 7 waves in source order', () => {
    expect(ds.rows).toHaveLength(105);
    expect([...new Set(ds.rows.map((r) => r.keys.service_ja))]).toHaveLength(15);
    expect(ds.rows.slice(0, 7).map((r) => r.keys.survey_year)).toEqual([1991, 1994, 1997, 2000, 2003, 2006, 2009]);
    expect(ds.rows[0]!.keys).toMatchObject({
      service_ja: '寝具類洗濯・賃貸',
      service_en: 'Bedding laundry and rental',
      survey_ja: '平成3年',
      respondents: 1010,
    });
  });
  it('repairs 医療用ガス供設備保守点検 and records the repair', () => {
    expect(ds.rows.some((r) => r.keys.service_ja === '医療用ガス供給設備保守点検' && r.keys.label_raw === '医療用ガス供設備保守点検')).toBe(
      true,
    );
    expect(ds.labelRepairs).toEqual([
      expect.objectContaining({
        raw: '医療用ガス供設備保守点検',
        value: '医療用ガス供給設備保守点検',
        rule: 'one-character-edit',
        line: 11,
      }),
    ]);
  });
  it('has every rate missing, with why', () => {
    expect(ds.rows.every((r) => r.cells.rate_pct!.status === 'missing' && r.cells.rate_pct!.value === null)).toBe(true);
    expect(ds.rows[0]!.cells.rate_pct!.note.en).toMatch(/image/);
    expect(ds.rows[0]!.cells.rate_pct!.note.ja).toMatch(/画像/);
  });
  it('keeps the 資料 note', () => {
    expect(ds.notes[0]!.text).toBe('(資料 :(財)医療関連サービス振興会「平成21年度医療関連サービス実態調査報告書」)');
  });
  it('returns null for a document without the table', () => {
    expect(extractOutsourcing(docOf(fixture('price-agreement-excerpt.txt')))).toBeNull();
  });
});

describe('clinical labs', () => {
  const ds = extractClinicalLabs(docOf(fixture('clinical-labs-excerpt.txt')), heisei)!.dataset;
  it('gives one total per 1 January, confirmed where breakdowns agree', () => {
    expect(ds.rows.map((r) => [r.keys.date, r.cells.labs!.value, r.keys.confirmed_by])).toEqual([
      ['2007-01-01', 926, '経営主体別; 従事者数別'],
      ['2008-01-01', 918, '登録検査業務数別'],
      ['2009-01-01', 894, '従事者数別; 登録検査業務数別'],
      ['2010-01-01', 887, '従事者数別'],
      ['2011-01-01', null, ''],
    ]);
    expect(ds.rows[0]!.cells.labs).toMatchObject({ status: 'read', raw: '926', line: 14 });
  });
  it('keeps values whose column cannot be told as fragments', () => {
    expect(ds.fragments.some((f) => f.raw === '平成19年1月1日 登録検査業務別: 381 585 569 254 635')).toBe(true);
    expect(ds.fragments.some((f) => f.raw.startsWith('平成23年1月1日 従事者数別: 属 247 144 228 49 880'))).toBe(true);
  });
  it('keeps the notes', () => {
    expect(ds.notes.map((n) => n.text)).toContain('(4)登録検査業務数別: (注)()内は、血清分離のみを行っている衛生検査所の再掲である。');
  });
  it('takes a total only where it can be told from the other columns', () => {
    const t = (s: string) => s.split(' ').map((text) => ({ text, line: 1 }));
    expect(totalCandidate(t('| 9 625 9 926'))).toMatchObject({ value: 926, strength: 'strong' });
    expect(totalCandidate(t('9 623 8'))).toBeNull(); // the last value is less than the others: not the total
    expect(totalCandidate(t('286'))).toMatchObject({ value: 286, strength: 'weak' });
    expect(totalCandidate(t('1) 62'))).toBeNull(); // debris
  });
});

describe('price agreement by facility', () => {
  const ds = extractFacility(docOf(fixture('price-agreement-excerpt.txt')))!.dataset;
  it('reads 9 categories for 2010-12 in source order', () => {
    expect(ds.rows.map((r) => [r.keys.facility_ja, r.cells.rate_pct!.value, r.cells.rate_pct!.status])).toEqual([
      ['病院（総計）', 41.5, 'read'],
      ['200床以上', 35.3, 'repaired'],
      ['その他', 63.5, 'read'],
      ['診療所', 84.1, 'read'],
      ['（医療機関 計）', 56.5, 'repaired'],
      ['チェーン薬局（20店舗以上）', 35.9, 'repaired'],
      ['その他の薬局', 66.1, 'read'],
      ['（保険薬局 計）', 59.2, 'repaired'],
      ['総合計', 57.9, 'read'],
    ]);
    expect(new Set(ds.rows.map((r) => r.keys.period))).toEqual(new Set(['2010-12']));
  });
  it('keeps the survey description (54 wholesalers, 100% response)', () => {
    expect(ds.notes.map((n) => n.text)).toContain('卸連加盟会社54社を対象に54社から回答 (回収率 100%)');
  });
});

describe('price agreement by owner', () => {
  const ds = extractOwner(docOf(fixture('price-agreement-excerpt.txt')))!.dataset;
  it('reads 25 owners × 3 periods', () => {
    expect(ds.rows).toHaveLength(75);
    expect(ds.meta[0]!.periods).toEqual([
      { period: '2010-06', periodJa: 'H22.6' },
      { period: '2010-09', periodJa: 'H22.9' },
      { period: '2010-12', periodJa: 'H22.12' },
    ]);
    expect([...new Set(ds.rows.map((r) => r.keys.owner_no))]).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
  it('takes lost row numbers from the sequence and says so', () => {
    const row = (no: number) => ds.rows.find((r) => r.keys.owner_no === no)!;
    expect(row(11).keys).toMatchObject({
      owner_ja: '北海道社会事業協会',
      owner_no_note: 'row number not in the text; taken from the sequence',
    });
    expect(row(17).keys).toMatchObject({
      owner_ja: '共済組合・その連合会',
      owner_no_note: 'row number read as 7; taken from the sequence',
    });
    expect(row(12).keys.owner_no_note).toBe('');
  });
  it('places debris cells by position and leaves them missing', () => {
    const t = (s: string) => s.split(' ').map((text, i) => ({ text, line: 10 + i }));
    expect(placeRates('d', t('1.4 ■ ′ 3.5'), 3, 1).map((c) => c.value)).toEqual([1.4, null, 3.5]);
    expect(placeRates('d', t('ｎ υ 2.5 3.3'), 3, 1).map((c) => [c.value, c.raw])).toEqual([
      [null, 'ｎ υ'],
      [2.5, '2.5'],
      [3.3, '3.3'],
    ]);
    // two legible values and nothing else: which period was lost cannot be told
    expect(placeRates('d', t('20.6 35.3'), 3, 1).map((c) => c.value)).toEqual([null, null, null]);
  });
});
