/** Corrections and supplements: checked against the dataset's contract, then applied (fixtures: test/fixtures). */
import { describe, expect, it } from 'vitest';
import { extractOutsourcing } from '../../../src/datasets/outsourcing-rates/extract.ts';
import { spec as outsourcingSpec } from '../../../src/datasets/outsourcing-rates/spec.ts';
import { extractOwner } from '../../../src/datasets/price-agreement-by-owner/extract.ts';
import { spec as ownerSpec } from '../../../src/datasets/price-agreement-by-owner/spec.ts';
import { applyCorrections, applySupplements, parseCorrections, parseSupplements, quoteStates } from '../../../src/pipeline/fixes.ts';
import { docOf, fixture } from '../../helpers.ts';

const owner = () => extractOwner(docOf(fixture('price-agreement-excerpt.txt'), 'h.txt'))!.dataset;
const correction = (value: string, field = 'hospitals', extra = '') =>
  `- match: { owner_ja: 市町村 }\n  field: ${field}\n  expect: "|■lt283p"\n  value:${value}\n  reason: the digits are legible between debris${extra}\n  reason_ja: 数字は崩れの間に読める\n`;

describe('corrections', () => {
  it('applies a correction to every row of the cell', () => {
    const ds = owner();
    applyCorrections(ds, parseCorrections(correction(' 283'), 'c.yml', ownerSpec), 'c.yml');
    const cells = ds.rows.filter((r) => r.keys.owner_ja === '市町村').map((r) => r.cells.hospitals!);
    expect(cells.map((c) => [c.value, c.status, c.raw, c.rule])).toEqual(Array(3).fill([283, 'corrected', '|■lt283p', 'correction']));
  });

  it('withdraws a value only with an explicit null', () => {
    const ds = owner();
    applyCorrections(ds, parseCorrections(correction(' null'), 'c.yml', ownerSpec), 'c.yml');
    expect(ds.rows.find((r) => r.keys.owner_ja === '市町村')!.cells.hospitals).toMatchObject({
      value: null,
      status: 'missing',
      rule: 'correction',
    });
    expect(() => parseCorrections(correction(''), 'c.yml', ownerSpec)).toThrow(
      'c.yml: entry 1: value is empty; give the corrected value, or write `value: null` to withdraw the value',
    );
    expect(() => parseCorrections(correction(' ~'), 'c.yml', ownerSpec)).toThrow('value is empty');
  });

  // input → message: each is refused before it touches a cell, with the contract's constraint.
  const refused: [string, string, RegExp][] = [
    ['a negative count', correction(' -1'), /entry 1: hospitals must be at least 0, not -1/],
    ['a count beyond any integer', correction(' 1e308'), /entry 1: hospitals must be an integer, not 1e\+308/],
    ['a count with a decimal', correction(' 140.5'), /entry 1: hospitals must be an integer, not 140.5/],
    ['a rate over 100', correction(' 150', 'rate_pct'), /entry 1: rate_pct must be at most 100, not 150/],
    ['a rate with two decimals', correction(' 35.25', 'rate_pct'), /entry 1: rate_pct has at most 1 decimal, not 35.25/],
    ['a text value', correction(' "283"'), /invalid correction: 0.value: Expected number, received string/],
    [
      'a column that is not a value',
      correction(' 1', 'owner_no'),
      /entry 1: field owner_no is not a value column of price-agreement-by-owner \(its value columns: hospitals, rate_pct\)/,
    ],
    [
      'a match on an unknown column',
      correction(' 283').replace('owner_ja', 'owner'),
      /entry 1: match: owner is not a key column of price-agreement-by-owner/,
    ],
    ['no reason', '- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: x\n  value: 1\n', /invalid correction: 0.reason: Required/],
    [
      'no reason in Japanese',
      '- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: x\n  value: 1\n  reason: a reason long enough\n',
      /invalid correction: 0.reason_ja: Required/,
    ],
    [
      'an empty match',
      '- match: {}\n  field: hospitals\n  expect: x\n  value: 1\n  reason: a reason long enough\n',
      /match names at least one column/,
    ],
    ['not a list', 'match: {}\n', /a corrections file is a list of entries/],
    ['broken YAML', '- [unclosed', /c.yml: not valid YAML/],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => parseCorrections(text, 'c.yml', ownerSpec)).toThrow(message);
    });
  }

  it('fails when the raw text no longer matches its expect', () => {
    const c = parseCorrections(correction(' 283').replace('|■lt283p', '(283)'), 'c.yml', ownerSpec);
    expect(() => applyCorrections(owner(), c, 'data/corrections/x.yml')).toThrow(
      'data/corrections/x.yml: correction for owner_ja=市町村 (hospitals) expects the raw text "(283)" but the source now reads "|■lt283p": review it',
    );
  });

  it('fails when it matches no cell', () => {
    const c = parseCorrections(correction(' 1').replace('市町村', '町村'), 'c.yml', ownerSpec);
    expect(() => applyCorrections(owner(), c, 'c.yml')).toThrow('matches no cell');
  });
});

describe('supplements', () => {
  const ds = () => extractOutsourcing(docOf(fixture('outsourcing-excerpt.txt')))!.dataset;
  // the one supplement format: key columns, then field, value, url, quote, accessed and the source
  const head = 'service_ja,survey_year,field,value,url,quote,accessed,publisher,title,published,kind\n';
  const SOURCE = '新聞,記事,2013-04-08,secondary';
  const row = (
    value: string,
    url = 'http://example.org/a',
    quote = '「1991年(19.9%)」',
    accessed = '2026-11-23',
    field = 'rate_pct',
    source = SOURCE,
  ) => `${head}患者給食,1991,${field},${value},${url},${quote},${accessed},${source}\n`;

  it('fills a missing cell as sourced, with url and quote', () => {
    const d = ds();
    applySupplements(d, parseSupplements(row('19.9'), 's.csv', outsourcingSpec), 's.csv');
    const cell = d.rows.find((r) => r.keys.service_ja === '患者給食' && r.keys.survey_year === 1991)!.cells.rate_pct!;
    expect(cell).toMatchObject({
      value: 19.9,
      status: 'sourced',
      url: 'http://example.org/a',
      quote: '「1991年(19.9%)」',
      accessed: '2026-11-23',
      source: { publisher: '新聞', title: '記事', published: '2013-04-08', kind: 'secondary' },
    });
  });

  const refused: [string, string, RegExp][] = [
    ['an empty value', row(''), /row 2: rate_pct is empty/],
    ['a hexadecimal value', row('0x20', undefined, '0x20'), /row 2: rate_pct must be a plain number \(digits and a point\), not "0x20"/],
    ['a value in exponent form', row('1e1', undefined, '10'), /not "1e1"/],
    ['a rate over 100', row('150', undefined, '150%'), /row 2: rate_pct must be at most 100, not 150/],
    ['a javascript: URL', row('19.9', 'javascript:alert(1)'), /row 2: url must be an http or https address, not "javascript:alert\(1\)"/],
    ['a URL that is no URL', row('19.9', 'not-a-url'), /row 2: url must be an http or https address/],
    ['an empty quote', row('19.9', undefined, ''), /row 2: quote is empty/],
    ['a quote that does not state the value', row('19.9', undefined, '「3.4倍に達した」'), /row 2: the quote does not state 19.9/],
    [
      'a date that does not exist',
      row('19.9', undefined, undefined, '2026-13-45'),
      /row 2: accessed must be a date YYYY-MM-DD, not "2026-13-45"/,
    ],
    ['a date in another form', row('19.9', undefined, undefined, '23/11/2026'), /accessed must be a date YYYY-MM-DD/],
    [
      'a column that is not a value',
      row('19.9', undefined, undefined, undefined, 'respondents'),
      /field respondents is not a value column of outsourcing-rates/,
    ],
    [
      'a header without accessed',
      'service_ja,survey_year,field,value,url,quote\n患者給食,1991,rate_pct,19.9,http://a.b/,19.9\n',
      /the header lacks accessed, publisher, title, published, kind/,
    ],
    [
      'an unknown kind of source',
      row('19.9', undefined, undefined, undefined, undefined, 'p,t,unknown,blog'),
      /row 2: kind must be one of primary, secondary, tertiary, not "blog"/,
    ],
    ['an empty publisher', row('19.9', undefined, undefined, undefined, undefined, ',t,unknown,primary'), /row 2: publisher is empty/],
    [
      'a publication date in another form',
      row('19.9', undefined, undefined, undefined, undefined, 'p,t,8 April 2013,primary'),
      /row 2: published must be a date YYYY-MM-DD or "unknown"/,
    ],
    [
      'a key column the dataset lacks',
      row('19.9').replace('service_ja', 'service'),
      /header: service is not a key column of outsourcing-rates/,
    ],
  ];
  for (const [what, text, message] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => parseSupplements(text, 's.csv', outsourcingSpec)).toThrow(message);
    });
  }

  it('needs a note in both languages, or none', () => {
    const head2 = 'service_ja,survey_year,field,value,url,quote,accessed,publisher,title,published,kind,note,note_ja\n';
    expect(() =>
      parseSupplements(`${head2}患者給食,1991,rate_pct,19.9,http://a.b/,19.9,2026-11-23,${SOURCE},a note,\n`, 's.csv', outsourcingSpec),
    ).toThrow(/a note is given in both languages/);
    const [s] = parseSupplements(
      `${head2}患者給食,1991,rate_pct,19.9,http://a.b/,19.9,2026-11-23,${SOURCE},a note,注記\n`,
      's.csv',
      outsourcingSpec,
    );
    expect(s!.note).toEqual({ en: 'a note', ja: '注記' });
  });

  it('refuses a value the text already has', () => {
    const d = ds();
    const first = d.rows.find((r) => r.keys.service_ja === '患者給食' && r.keys.survey_year === 1991)!;
    first.cells.rate_pct = { ...first.cells.rate_pct!, value: 50, status: 'read', raw: '50.0' };
    expect(() => applySupplements(d, parseSupplements(row('19.9'), 's.csv', outsourcingSpec), 's.csv')).toThrow(/the text has this value/);
  });

  it('reads the number a quote states in any width and with ・ as the decimal point', () => {
    expect(quoteStates('12月取引分妥結率が57・9%だった', 57.9)).toBe(true);
    expect(quoteStates('妥結率は５７．９％', 57.9)).toBe(true);
    expect(quoteStates('全国に2,690施設', 2690)).toBe(true);
    expect(quoteStates('全国に924施設あります', 924)).toBe(true);
    expect(quoteStates('70%を超え', 70.5)).toBe(false);
    expect(quoteStates('11.2ポイント上昇', 2.2)).toBe(false);
  });
});
