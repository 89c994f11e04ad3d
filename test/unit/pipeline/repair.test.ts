import { describe, expect, it } from 'vitest';
import { readCount, readRate, REPAIR_RULES } from '../../../src/pipeline/repair.ts';
import { matchLabel, LABEL_RULES } from '../../../src/pipeline/labels.ts';
import { OWNERS } from '../../../src/datasets/price-agreement-by-owner/glossary.ts';
import { SERVICES } from '../../../src/datasets/outsourcing-rates/glossary.ts';

describe('readRate: each rule fixes its case and leaves an ambiguous one alone', () => {
  const fixes: [string, number, string][] = [
    ['41.5%', 41.5, ''],
    ['(56.50/o)', 56.5, 'percent-sign-stand-in'],
    ['(59.20/6)', 59.2, 'percent-sign-stand-in'],
    ['35 3%', 35.3, 'decimal-point-stand-in'],
    ['35。 9%', 35.9, 'decimal-point-stand-in'],
    ['i00.0', 100, 'letter-for-one'],
    ['l2.5', 12.5, 'letter-for-one'],
    ['3017', 30.7, 'one-for-decimal-point'],
    ['5118', 51.8, 'one-for-decimal-point'],
    ['３５．３', 35.3, 'full-width-digits'],
  ];
  for (const [raw, value, rule] of fixes) {
    it(`"${raw}" → ${value}${rule ? ` (${rule})` : ''}`, () => {
      const r = readRate(raw);
      expect(r.value).toBe(value);
      expect(r.status).toBe(rule ? 'repaired' : 'read');
      if (rule) expect(r.rules).toContain(rule);
    });
  }

  const ambiguous: [string, RegExp][] = [
    ['441141', /no valid reading/], // no single "1" makes a valid rate
    ['211', /ambiguous: "211" reads as 2.1 or 21.1/], // "1" for the point → 2.1; a lost point → 21.1
    ['511', /ambiguous/],
    ['100', /no valid reading/], // only a lost point (10.0) would make it a rate: not repaired
    ['ｎ υ', /no valid reading/],
    ['‖.0', /no valid reading/],
    ['101.5', /no valid reading/], // over 100
    ['35 35', /no valid reading/],
  ];
  for (const [raw, note] of ambiguous) {
    it(`"${raw}" stays missing`, () => {
      const r = readRate(raw);
      expect(r.status).toBe('missing');
      expect(r.value).toBeNull();
      expect(r.note.en).toMatch(note);
      expect(r.note.ja).toMatch(/読め/);
    });
  }
});

describe('readCount', () => {
  it('reads printed counts', () => {
    expect(readCount('(2,690)')).toMatchObject({ value: 2690, status: 'read' });
    expect(readCount('(21)')).toMatchObject({ value: 21, status: 'read' });
  });
  it('repairs a circled digit', () => expect(readCount('④')).toMatchObject({ value: 4, status: 'repaired', rules: ['circled-digit'] }));
  it('repairs a lost closing parenthesis', () =>
    expect(readCount('(69')).toMatchObject({ value: 69, status: 'repaired', rules: ['missing-closing-parenthesis'] }));
  it('leaves "(1401" missing: 140 with ")" read as 1, or 1401 with ")" lost', () => {
    const r = readCount('(1401');
    expect(r.status).toBe('missing');
    expect(r.note).toEqual({
      en: 'ambiguous: "(1401" reads as 1401 or 140',
      ja: '「(1401」は1401とも140とも読めるため、一つに決められない',
    });
  });
  it('leaves debris missing', () => {
    for (const raw of ['(D', '(2冷', '|■lt283p']) expect(readCount(raw).status).toBe('missing');
  });
});

describe('labels', () => {
  it('repairs 日立/目立 → 国立', () => {
    expect(matchLabel('国 ((独)日立病院機構)', OWNERS)).toMatchObject({
      entry: { ja: '国（（独）国立病院機構）' },
      rule: 'kokuritsu-confusion',
    });
    expect(matchLabel('国 (目立大学法人)', OWNERS)).toMatchObject({ entry: { ja: '国（国立大学法人）' }, rule: 'kokuritsu-confusion' });
  });
  it('repairs one lost character', () => {
    expect(matchLabel('医療用ガス供設備保守点検', SERVICES)).toMatchObject({
      entry: { ja: '医療用ガス供給設備保守点検' },
      rule: 'one-character-edit',
    });
    expect(matchLabel('市町梓', OWNERS)?.entry.ja).toBe('市町村');
  });
  it('matches a truncated label only when one entry fits', () => {
    expect(matchLabel('地方独 =行 職海た|', OWNERS)).toMatchObject({ entry: { ja: '地方独立行政法人' }, rule: 'truncated-label' });
    expect(matchLabel('国 (', OWNERS)).toBeNull(); // five owners start with 国(
    expect(matchLabel('院内清掃指導', SERVICES)).toBeNull(); // a longer label that only starts like 院内清掃
    expect(matchLabel('地方独立行政法人立病院機構', OWNERS)).toBeNull();
  });
  it('leaves short or unknown labels alone', () => {
    expect(matchLabel('公', OWNERS)).toBeNull();
    expect(matchLabel('職海た', OWNERS)).toBeNull();
    expect(matchLabel('会杜', OWNERS)).toBeNull(); // two characters: too short for a one-character repair
  });
  it('documents every rule', () => {
    for (const rule of [
      'percent-sign-stand-in',
      'decimal-point-stand-in',
      'letter-for-one',
      'one-for-decimal-point',
      'circled-digit',
      'missing-closing-parenthesis',
      'closing-parenthesis-as-one',
      'full-width-digits',
    ]) {
      expect(REPAIR_RULES[rule]).toBeTruthy();
    }
    expect(Object.keys(LABEL_RULES)).toEqual(['kokuritsu-confusion', 'one-character-edit', 'truncated-label']);
  });
});
