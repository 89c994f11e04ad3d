/**
 * Expected values, checked by hand against data/raw/mhlw-2011-keizaika-handout.txt (line numbers given),
 * for every legible cell of the two price-agreement tables, the survey waves and the lab totals.
 */
import { describe, expect, it } from 'vitest';
import { records, runProject } from '../helpers.ts';

const out = runProject();
const csv = (name: string) => records(out.files.get(name)!);

describe('price agreement by owner (lines 704–786)', () => {
  // [row no, owner, hospitals, [H22.6, H22.9, H22.12]]; null = missing (debris or ambiguous in the text)
  const expected: [number, string, number | null, (number | null)[]][] = [
    [0, '病院', 2690, [20.6, 31.5, 35.3]],
    [1, '国（厚生労働省、国立高度専門医療研究センター）', 21, [99.8, 99.9, 100.0]],
    [2, '国（（独）国立病院機構）', 136, [98.6, 99.9, 99.9]],
    [3, '国（国立大学法人）', 42, [53.3, null, 64.6]],
    [4, '国（（独）労働者健康福祉機構）', 31, [3.3, 8.8, 6.3]],
    [5, '国（その他）', 6, [81.9, 100.0, 78.4]],
    [6, '都道府県', 140, [30.7, 51.8, null]],
    [7, '市町村', 283, [null, null, 32.8]],
    [8, '地方独立行政法人', null, [null, null, null]],
    [9, '日赤', 69, [1.4, null, 3.5]],
    [10, '済生会', 50, [null, 2.5, 3.3]],
    [11, '北海道社会事業協会', 6, [0.0, null, null]],
    [12, '厚生連', 78, [0.3, 0.2, 3.0]],
    [13, '全社連', 30, [34.4, 80.1, 85.5]],
    [14, '厚生団', null, [0.1, 0.2, 0.1]],
    [15, '船員保険会', 3, [0.0, 0.0, 0.0]],
    [16, '健保組合・その連合会', 4, [0.7, 0.1, 31.2]],
    [17, '共済組合・その連合会', 36, [0.3, 0.4, 0.3]],
    [18, '国民健康保険組合', 1, [0.0, 0.0, 0.0]],
    [19, '公益法人', 191, [9.8, null, 22.3]],
    [20, '医療法人', 1307, [19.4, 38.5, 53.9]],
    [21, '学校法人', 77, [2.0, 4.3, 9.5]],
    [22, '会社', 20, [9.4, 18.1, 36.6]],
    [23, 'その他の法人', 82, [16.0, null, 32.7]],
    [24, '個人', 39, [24.0, 52.8, 83.7]],
  ];
  const rows = csv('price-agreement-by-owner.csv');
  const num = (s: string | undefined) => (s === '' || s === undefined ? null : Number(s));

  it('has 25 owners × 3 periods in source order', () => {
    expect(rows).toHaveLength(75);
    expect(rows.map((r) => `${r.owner_no}/${r.period}`)).toEqual(expected.flatMap(([no]) => ['2010-06', '2010-09', '2010-12'].map((p) => `${no}/${p}`)));
    expect(rows.slice(0, 3).map((r) => r.period_ja)).toEqual(['H22.6', 'H22.9', 'H22.12']);
  });
  for (const [no, ja, hospitals, rates] of expected) {
    it(`row ${no} ${ja}`, () => {
      const mine = rows.filter((r) => Number(r.owner_no) === no);
      expect(mine.map((r) => r.owner_ja)).toEqual([ja, ja, ja]);
      expect(mine.map((r) => num(r.hospitals))).toEqual([hospitals, hospitals, hospitals]);
      expect(mine.map((r) => num(r.rate_pct))).toEqual(rates);
      for (const r of mine) {
        expect(r.status === 'missing').toBe(r.rate_pct === '');
        expect(r.source_doc).toBe('mhlw-2011-keizaika-handout');
        expect(Number(r.source_line)).toBeGreaterThanOrEqual(704);
        expect(Number(r.source_line)).toBeLessThanOrEqual(786);
      }
    });
  }
  it('records the repairs and corrections with their raw text', () => {
    const cell = (no: number, p: string) => rows.find((r) => Number(r.owner_no) === no && r.period === p)!;
    expect(cell(5, '2010-09')).toMatchObject({ rate_pct: '100.0', status: 'repaired', raw: 'i00.0', rule: 'letter-for-one', source_line: '731' });
    expect(cell(6, '2010-06')).toMatchObject({ rate_pct: '30.7', status: 'repaired', raw: '3017', rule: 'one-for-decimal-point', source_line: '733' });
    expect(cell(6, '2010-12')).toMatchObject({ rate_pct: '', status: 'missing', raw: '441141' });
    expect(cell(6, '2010-06')).toMatchObject({ hospitals: '140', hospitals_status: 'corrected', hospitals_raw: '(1401', hospitals_rule: 'correction' });
    expect(cell(10, '2010-06')).toMatchObject({ status: 'missing', raw: 'ｎ υ' });
    expect(cell(16, '2010-06')).toMatchObject({ hospitals: '4', hospitals_status: 'repaired', hospitals_raw: '④', hospitals_rule: 'circled-digit' });
    expect(cell(2, '2010-06')).toMatchObject({ owner_en: 'National: National Hospital Organization', label_raw: '国 ((独)日立病院機構)' });
  });
});

describe('price agreement by facility (lines 670–688)', () => {
  it('reads every cell', () => {
    expect(csv('price-agreement-by-facility.csv').map((r) => [r.facility_ja, r.period, r.rate_pct, r.status, r.raw, r.source_line])).toEqual([
      ['病院（総計）', '2010-12', '41.5', 'read', '41.5%', '672'],
      ['200床以上', '2010-12', '35.3', 'repaired', '35 3%', '674'],
      ['その他', '2010-12', '63.5', 'read', '63.5%', '676'],
      ['診療所', '2010-12', '84.1', 'read', '84.1%', '678'],
      ['（医療機関 計）', '2010-12', '56.5', 'repaired', '(56.50/o)', '680'],
      ['チェーン薬局（20店舗以上）', '2010-12', '35.9', 'repaired', '35。 9%', '682'],
      ['その他の薬局', '2010-12', '66.1', 'read', '66.1%', '684'],
      ['（保険薬局 計）', '2010-12', '59.2', 'repaired', '(59.20/6)', '686'],
      ['総合計', '2010-12', '57.9', 'read', '57.9%', '688'],
    ]);
  });
});

describe('outsourcing (lines 1–42)', () => {
  const rows = csv('outsourcing-rates.csv');
  it('has the 7 waves with hospitals answering', () => {
    const waves = rows.filter((r) => r.service_ja === '患者給食').map((r) => [r.survey_year, r.survey_ja, r.respondents, r.wave_line]);
    expect(waves).toEqual([
      ['1991', '平成3年', '1010', '33'],
      ['1994', '平成6年', '801', '34'],
      ['1997', '平成9年', '725', '35'],
      ['2000', '平成12年', '1111', '36'],
      ['2003', '平成15年', '714', '37'],
      ['2006', '平成18年', '697', '38'],
      ['2009', '平成21年', '960', '39'],
    ]);
  });
  it('has the three supplemented values as sourced, the rest missing', () => {
    const sourced = rows.filter((r) => r.status === 'sourced');
    expect(sourced.map((r) => [r.service_ja, r.survey_year, r.rate_pct])).toEqual([
      ['患者給食', '1991', '19.9'],
      ['患者給食', '2003', '53.8'],
      ['患者給食', '2009', '62.3'],
    ]);
    for (const r of sourced) {
      expect(r.source_url).toMatch(/^http/);
      expect(r.source_quote).toContain(`${r.rate_pct}%`);
    }
    expect(rows.filter((r) => r.status === 'missing')).toHaveLength(102);
    expect(rows.filter((r) => r.status === 'missing').every((r) => r.rate_pct === '')).toBe(true);
  });
});

describe('clinical labs (lines 93–204)', () => {
  it('has the totals of 2007–2010 and 2011 missing', () => {
    expect(csv('clinical-labs-totals.csv').map((r) => [r.date, r.date_ja, r.labs, r.status])).toEqual([
      ['2007-01-01', '平成19年1月1日', '926', 'read'],
      ['2008-01-01', '平成20年1月1日', '918', 'read'],
      ['2009-01-01', '平成21年1月1日', '894', 'read'],
      ['2010-01-01', '平成22年1月1日', '887', 'read'],
      ['2011-01-01', '平成23年1月1日', '', 'missing'],
    ]);
  });
});

describe('checks', () => {
  const byId = new Map(out.quality.checks.map((c) => [c.id, c]));
  it('the owner table all-hospitals 2010-12 rate equals the facility table 200床以上 rate', () => {
    expect(byId.get('price-agreement-all-hospitals-2010-12')).toMatchObject({ result: 'pass', compared: { owner_all_hospitals: 35.3, facility_200_beds: 35.3 } });
  });
  it('hospital counts: reported incomplete with what is known', () => {
    expect(byId.get('price-agreement-hospital-counts')).toMatchObject({ result: 'incomplete', compared: { total: 2690, sum: 2652, known: 22, owners: 24, missing: ['地方独立行政法人', '厚生団'] } });
  });
  it('lab totals: which breakdowns agree', () => {
    expect(byId.get('clinical-labs-total-2007-01-01')).toMatchObject({ result: 'pass' });
    expect(byId.get('clinical-labs-total-2007-01-01')!.detail).toMatch(/926 printed alike in 経営主体別, 従事者数別; not counted .*登録検査業務数別 286/);
    expect(byId.get('clinical-labs-total-2011-01-01')).toMatchObject({ result: 'incomplete' });
  });
  it('counts statuses per dataset', () => {
    expect(out.quality.datasets['price-agreement-by-owner']!.statuses).toEqual({
      rate_pct: { read: 58, repaired: 4, corrected: 0, sourced: 0, missing: 13 },
      hospitals: { read: 18, repaired: 3, corrected: 2, sourced: 0, missing: 2 },
    });
    expect(out.quality.datasets['outsourcing-rates']!.statuses.rate_pct).toEqual({ read: 0, repaired: 0, corrected: 0, sourced: 3, missing: 102 });
  });
});
