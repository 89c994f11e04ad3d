import { describe, expect, it } from 'vitest';
import { applyCorrections, applySupplements, parseCorrections, parseSupplements } from '../../src/pipeline/fixes.ts';
import { extractOwner } from '../../src/pipeline/tables/price-agreement-owner.ts';
import { extractOutsourcing } from '../../src/pipeline/tables/outsourcing.ts';
import { docOf, fixture } from '../helpers.ts';

const owner = () => extractOwner(docOf(fixture('price-agreement-excerpt.txt'), 'h.txt'))!;

describe('corrections', () => {
  it('applies a correction to every row of the cell', () => {
    const ds = owner();
    applyCorrections(ds, parseCorrections('- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: "|■lt283p"\n  value: 283\n  reason: the digits are legible between debris\n', 'c.yml'), 'c.yml');
    const cells = ds.rows.filter((r) => r.keys.owner_ja === '市町村').map((r) => r.cells.hospitals!);
    expect(cells.map((c) => [c.value, c.status, c.raw, c.rule])).toEqual(Array(3).fill([283, 'corrected', '|■lt283p', 'correction']));
  });
  it('fails when the raw text no longer matches its expect', () => {
    const ds = owner();
    const c = parseCorrections('- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: "(283)"\n  value: 283\n  reason: the digits are legible between debris\n', 'c.yml');
    expect(() => applyCorrections(ds, c, 'data/corrections/x.yml')).toThrow('data/corrections/x.yml: correction for owner_ja=市町村 (hospitals) expects the raw text "(283)" but the source now reads "|■lt283p": review it');
  });
  it('fails when it matches no cell', () => {
    const c = parseCorrections('- match: { owner_ja: 町村 }\n  field: hospitals\n  expect: x\n  value: 1\n  reason: a reason long enough\n', 'c.yml');
    expect(() => applyCorrections(owner(), c, 'c.yml')).toThrow('matches no cell');
  });
  it('validates entries with zod', () => {
    expect(() => parseCorrections('- match: {}\n  field: hospitals\n  expect: x\n  value: 1\n', 'c.yml')).toThrow(/c.yml: invalid correction: .*match names at least one column.*reason: Required/);
    expect(() => parseCorrections('- [unclosed', 'c.yml')).toThrow('c.yml: not valid YAML');
  });
});

describe('supplements', () => {
  const ds = () => extractOutsourcing(docOf(fixture('outsourcing-excerpt.txt')))!;
  const head = 'service_ja,survey_year,field,value,url,quote,accessed\n';
  it('fills a missing cell as sourced, with url and quote', () => {
    const d = ds();
    applySupplements(d, parseSupplements(`${head}患者給食,1991,rate_pct,19.9,http://example.org/a,「(19.9%)」,2026-11-23\n`, 's.csv'), 's.csv');
    const cell = d.rows.find((r) => r.keys.service_ja === '患者給食' && r.keys.survey_year === 1991)!.cells.rate_pct!;
    expect(cell).toMatchObject({ value: 19.9, status: 'sourced', url: 'http://example.org/a', quote: '「(19.9%)」', accessed: '2026-11-23' });
  });
  it('refuses a value the text already has', () => {
    const d = ds();
    d.rows[0]!.cells.rate_pct = { ...d.rows[0]!.cells.rate_pct!, value: 50, status: 'read', raw: '50.0' };
    expect(() => applySupplements(d, parseSupplements(`${head}寝具類洗濯・賃貸,1991,rate_pct,19.9,http://example.org/a,q,2026-11-23\n`, 's.csv'), 's.csv')).toThrow(/the text has this value/);
  });
  it('requires a URL, a quote and a date', () => {
    expect(() => parseSupplements(`${head}患者給食,1991,rate_pct,19.9,not-a-url,,23/11/2026\n`, 's.csv')).toThrow(/s.csv: row 2: url: Invalid url; quote: .*accessed: accessed is a date YYYY-MM-DD/);
  });
});
