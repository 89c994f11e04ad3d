/** The 2019 case examples (data/raw/mhlw-2019-clinical-research-act-cases.txt, checked by hand). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClinicalResearchCases, joinMarked, parseCell, qaRefs } from '../../../src/datasets/clinical-research-cases/extract.ts';
import { docOf, ROOT } from '../../helpers.ts';

const text = readFileSync(join(ROOT, 'data/raw/mhlw-2019-clinical-research-act-cases.txt'), 'utf8');
const ds = extractClinicalResearchCases(docOf(text, 'notice.txt'))!.dataset;
const rows = ds.rows.map((r) => r.keys as Record<string, string | number | null>);
const byId = (id: string) => rows.find((r) => r.case_id === id)!;

const IDS = ['1-1', '1-2', '1-3', '2-1', '2-2', '2-3', '2-4', ...Array.from({ length: 15 }, (_, i) => `3-${i + 1}`)];

describe('clinical research cases', () => {
  it('has the 22 cases of the revised list in source order, in three lists', () => {
    expect(rows.map((r) => r.case_id)).toEqual(IDS);
    expect(rows.map((r) => r.list)).toEqual([
      ...Array(3).fill('specified'),
      ...Array(4).fill('clinical-research'),
      ...Array(15).fill('not-covered'),
    ]);
    expect(byId('1-1')).toMatchObject({ list_ja: '特定臨床研究', list_en: 'Specified clinical research', list_heading_ja: '特定リスト' });
    expect(byId('3-1').list_heading_ja).toBe('対象外リスト');
  });

  it('marks the five 新設 cases new and the rest revised', () => {
    expect(rows.filter((r) => r.change === 'new').map((r) => r.case_id)).toEqual(['1-3', '2-4', '3-8', '3-14', '3-15']);
    expect(rows.filter((r) => r.change === 'revised')).toHaveLength(17);
  });

  it('gives the previous numbers, including the renumbered 3-(8)…3-(12) → 3-9…3-13', () => {
    expect(['3-9', '3-10', '3-11', '3-12', '3-13'].map((id) => byId(id).old_no)).toEqual(['3-(8)', '3-(9)', '3-(10)', '3-(11)', '3-(12)']);
    expect(byId('1-1').old_no).toBe('1-(1)');
    expect(byId('2-1').old_no).toBe('2-(1)'); // its previous wording sits on a row of its own after a page break
    expect(byId('3-7').old_no).toBe('3-(7)');
    expect(rows.filter((r) => r.change === 'new').every((r) => r.old_no === '' && r.case_before_ja === '')).toBe(true);
  });

  it('has the previous wording of every revised case', () => {
    for (const r of rows.filter((x) => x.change === 'revised'))
      expect(String(r.case_before_ja).length, String(r.case_id)).toBeGreaterThan(10);
    expect(byId('2-1').case_before_ja).toBe('医薬品を人に対して用いることにより、当該医薬品の薬物動態に係る評価を行う研究');
    expect(byId('3-7').case_before_ja).toMatch(
      /いわゆるバイオマーカーの探索的な検討に係る研究 ※ 医薬品の有効性・安全性を明らかにしようとするものではないため$/,
    );
  });

  it('has the notes of the revised 事例集, and the Q&A they cite', () => {
    const withNotes = rows.filter((r) => r.note_ja !== '').map((r) => r.case_id);
    expect(withNotes).toEqual([
      '1-1',
      '1-2',
      '1-3',
      '2-1',
      '2-2',
      '2-3',
      '3-1',
      '3-2',
      '3-3',
      '3-4',
      '3-5',
      '3-6',
      '3-7',
      '3-9',
      '3-10',
      '3-11',
      '3-13',
      '3-14',
    ]);
    expect(byId('2-1')).toMatchObject({ note_ja: '(QAその1問2-1参照)', qa_refs: 'QAその1問2-1' });
    expect(byId('1-2').qa_refs).toBe('QAその3問47-1');
    expect(qaRefs('(QA その 1 問 3-4 参照)、(QAその2問30参照)')).toBe('QAその1問3-4; QAその2問30');
  });

  it('leaves no HTML in any text', () => {
    for (const r of rows)
      for (const k of ['case_ja', 'note_ja', 'case_before_ja', 'note_revised_ja']) expect(String(r[k])).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('keeps the underlined (revised) passages as ranges of the texts', () => {
    const r = byId('3-10');
    const [a, b] = String(r.case_underline).split('-').map(Number) as [number, number];
    expect(String(r.case_ja).slice(a, b)).toBe('法に規定する臨床研究に該当しない。');
    const before = byId('3-11');
    for (const range of String(before.case_before_underline).split(';')) {
      const [x, y] = range.split('-').map(Number) as [number, number];
      expect(y).toBeLessThanOrEqual(String(before.case_before_ja).length);
      expect(x).toBeLessThan(y);
    }
  });

  it('publishes the comparison table wording, mending a character doubled at a line break', () => {
    expect(byId('1-2').case_ja).toContain('対照薬が適応外使用である又は');
    expect(byId('1-2').text_note).toMatch(/doubled at a line break/);
    expect(byId('3-3').case_ja).toContain('患者から、いわゆる');
    expect(byId('3-15').text_note).toMatch(/print this case differently/);
  });

  it('parses a cell with its underlines', () => {
    expect(parseCell('<p>(1-1) <u>前半</u>と<u>後半</u></p>')).toEqual({
      text: '(1-1) 前半と後半',
      marks: [
        [6, 8],
        [9, 11],
      ],
    });
    expect(joinMarked(parseCell('<u>あい</u>'), parseCell('<u>う</u>え'))).toEqual({ text: 'あいうえ', marks: [[0, 3]], joins: [2] });
  });

  it('reads another wording of the same layout (read, not known)', () => {
    const other = text
      .replace(/マッサージチェアの心地良さ/g, '電動ベッドの寝心地')
      .replace(/\(QAその1問2-6参照\)/g, '(QAその4問9参照)')
      .replace(/PET検査用放射性医薬品/g, 'SPECT検査用放射性医薬品');
    const alt = extractClinicalResearchCases(docOf(other, 'other.txt'))!.dataset.rows.map((r) => r.keys);
    expect(alt).toHaveLength(22);
    const c34 = alt.find((r) => r.case_id === '3-4')!;
    expect(c34.case_ja).toBe('医療機器である電動ベッドの寝心地のみに関する調査は、法に規定する臨床研究に該当しない。');
    expect(c34.case_before_ja).toBe('医療機器である電動ベッドの寝心地のみに関する調査');
    expect(c34.qa_refs).toBe('QAその4問9');
    expect(String(alt.find((r) => r.case_id === '3-9')!.case_ja).startsWith('SPECT検査用放射性医薬品')).toBe(true);
  });

  it('returns null for a document without the case lists', () => {
    expect(extractClinicalResearchCases(docOf('なにもない\n', 'x.txt'))).toBeNull();
    expect(extractClinicalResearchCases(docOf('新旧対照表\nなにもない\n', 'x.txt'))!.problems).toEqual([
      expect.stringMatching(/does not follow the comparison table: the document is cut off/),
    ]);
  });
});
