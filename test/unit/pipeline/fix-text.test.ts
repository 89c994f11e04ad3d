/**
 * Fix files as RFC 4180 reads them (issue 27.6) and the limits of the text a reader sees (issue 27.7):
 * supplements, context values and corrections, each through its real parser. The rows are made here, after
 * the shape of data/supplements/outsourcing-rates.csv and data/corrections/price-agreement-by-owner.yml.
 */
import { describe, expect, it } from 'vitest';
import { spec as outsourcingSpec } from '../../../src/datasets/outsourcing-rates/spec.ts';
import { spec as ownerSpec } from '../../../src/datasets/price-agreement-by-owner/spec.ts';
import { contextSpec } from '../../../src/datasets/context/reader.ts';
import { contextRow as contextRowFor } from '../../../src/pipeline/context.ts';
import { emptyDataset } from '../../../src/pipeline/dataset.ts';
import { lineEnding, readCsvRecords } from '../../../src/pipeline/csv-records.ts';
import { applySupplements, parseCorrections, parseSupplements } from '../../../src/pipeline/fixes.ts';
import { TEXT_LIMITS } from '../../../src/pipeline/text-fields.ts';

// the one supplement format: key columns, then the value and its source
const SUPPLEMENT_HEAD = [
  'service_ja',
  'survey_year',
  'field',
  'value',
  'url',
  'quote',
  'accessed',
  'publisher',
  'title',
  'published',
  'kind',
  'note',
  'note_ja',
];
const supplement = (over: Record<string, string> = {}) => {
  const r: Record<string, string> = {
    service_ja: '患者給食',
    survey_year: '1991',
    field: 'rate_pct',
    value: '19.9',
    url: 'https://example.org/a',
    quote: '「1991年(19.9%)」',
    accessed: '2026-11-23',
    publisher: '新聞',
    title: '記事',
    published: '2013-04-08',
    kind: 'secondary',
    note: 'a note',
    note_ja: '注記',
    ...over,
  };
  return SUPPLEMENT_HEAD.map((c) => `"${r[c]!.replace(/"/g, '""')}"`).join(',');
};
const supplements = (rows: string[], eol = '\n') =>
  parseSupplements([SUPPLEMENT_HEAD.join(','), ...rows, ''].join(eol), 's.csv', outsourcingSpec);

const CONTEXT_HEAD = [
  'series',
  'period',
  'field',
  'value',
  'url',
  'quote',
  'accessed',
  'publisher',
  'title',
  'published',
  'kind',
  'note',
  'note_ja',
];
const contextRow = (over: Record<string, string> = {}) => {
  const r: Record<string, string> = {
    series: 'total',
    period: '2018',
    field: 'value',
    value: '918',
    url: 'https://example.org/a',
    quote: '全国に918施設',
    accessed: '2026-11-23',
    publisher: '協会',
    title: 'unknown',
    published: 'unknown',
    kind: 'primary',
    note: '',
    note_ja: '',
    ...over,
  };
  return CONTEXT_HEAD.map((c) => `"${r[c]!.replace(/"/g, '""')}"`).join(',');
};
const SERIES = { total: { ja: '合計', en: 'Total' } };
const CONTEXT_SPEC = contextSpec({
  id: 'x-context',
  title: 'x',
  title_ja: 'x',
  description: 'x',
  kind: 'count',
  value: { title: 'n', title_ja: 'n', description: 'n' },
  series: SERIES,
  period: 'year',
});
/** A context file read as the pipeline reads one: its supplements, each making its row. */
const context = (rows: string[], eol = '\n') => {
  const ds = emptyDataset('x-context');
  const list = parseSupplements([CONTEXT_HEAD.join(','), ...rows, ''].join(eol), 'x-context.csv', CONTEXT_SPEC);
  applySupplements(ds, list, 'x-context.csv', contextRowFor(SERIES, 'year'));
  return ds;
};

describe('CSV per RFC 4180', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reads a file ending its lines with %s, a quoted field holding CR, LF and CRLF kept as written', (_, eol) => {
    const note = 'first line\rsecond\nthird\r\nfourth';
    const [a, b] = supplements([supplement({ note, note_ja: '一行目\r二行目' }), supplement({ survey_year: '1994' })], eol);
    expect(a!.note).toEqual({ en: note, ja: '一行目\r二行目' });
    expect(b!.match).toEqual({ service_ja: '患者給食', survey_year: '1994' });
    const ds = context([contextRow({ publisher: '協会\r本部' }), contextRow({ period: '2019', publisher: 'p\r\nq' })], eol);
    expect(ds.rows.map((r) => r.cells.value!.source!.publisher)).toEqual(['協会\r本部', 'p\r\nq']);
  });

  it('decides the line ending by the first one outside quotes', () => {
    expect(lineEnding('a,"x\r\ny"\nb')).toBe('\n');
    expect(lineEnding('a,"x\ny"""\r\nb')).toBe('\r\n');
    expect(lineEnding('"a\n"\rb')).toBe('\r');
    expect(lineEnding('a,b')).toBe('\n');
  });

  it('names a bad row by its record number, and its line where they differ', () => {
    const twoLineNote = supplement({ note: 'a\rb\r\nc', note_ja: '注' });
    expect(() => supplements([twoLineNote, supplement({ value: '150', quote: '150%' })])).toThrow(
      's.csv: row 3 (line 5): rate_pct must be at most 100, not 150',
    );
    expect(() => supplements([supplement({ value: '150', quote: '150%' })])).toThrow('s.csv: row 2: rate_pct must be at most 100');
    expect(() => context([contextRow({ note: 'x\ry', note_ja: 'z' }), contextRow({ period: '2019', kind: 'blog' })], '\r\n')).toThrow(
      'x-context.csv: row 3 (line 4): kind must be one of',
    );
    // Blank lines are not records.
    expect(() => supplements(['', supplement({ value: '150', quote: '150%' })])).toThrow(
      's.csv: row 2 (line 3): rate_pct must be at most 100',
    );
  });

  it('refuses a row with too few or too many fields, an unterminated quote and a doubled column, naming the row', () => {
    expect(() => supplements([supplement(), '患者給食,1994,rate_pct'])).toThrow('s.csv: row 3: 3 fields, but the header has 13');
    expect(() => supplements([`${supplement()},extra`])).toThrow('s.csv: row 2: 14 fields, but the header has 13');
    expect(() => supplements([supplement(), '"患者給食,1994'])).toThrow(/s\.csv: row 3: Quoted field unterminated/);
    expect(() => parseSupplements('field,value,field\n', 's.csv', outsourcingSpec)).toThrow(
      's.csv: header: the column field appears twice',
    );
    expect(() => parseSupplements('\n\n', 's.csv', outsourcingSpec)).toThrow('s.csv: the file is empty');
  });

  it('passes over a byte-order mark', () => {
    const [s] = parseSupplements(`\uFEFF${SUPPLEMENT_HEAD.join(',')}\r\n${supplement()}\r\n`, 's.csv', outsourcingSpec);
    expect(s!.value).toBe(19.9);
  });

  it('reads the CSV records of a file with their numbers and lines', () => {
    expect(readCsvRecords('a,b\r\n"1\r2",3\r\n\r\n4,5\r\n', 'f.csv').rows).toEqual([
      { values: { a: '1\r2', b: '3' }, record: 2, line: 2 },
      { values: { a: '4', b: '5' }, record: 3, line: 5 },
    ]);
  });
});

describe('length limits of fix text', () => {
  const text = (n: number) => 'あ'.repeat(n - 1) + '𠮷'; // a character outside the BMP counts once

  it.each(['quote', 'note', 'note_ja', 'url'] as const)('a supplement: %s at its limit is read, one over is refused', (field) => {
    const limit = TEXT_LIMITS[field];
    const value = (n: number) =>
      field === 'quote' ? `19.9 ${text(n - 5)}` : field === 'url' ? `https://example.org/${'a'.repeat(n - 20)}` : text(n);
    const over: Record<string, string> = field.startsWith('note') ? { note: 'n', note_ja: 'n' } : {};
    expect(supplements([supplement({ ...over, [field]: value(limit) })])).toHaveLength(1);
    expect(() => supplements([supplement({ ...over, [field]: value(limit + 1) })])).toThrow(
      `s.csv: row 2: ${field} is ${limit + 1} characters (limit ${limit})`,
    );
  });

  it.each(['quote', 'publisher', 'title', 'note', 'note_ja'] as const)(
    'a context value: %s at its limit is read, one over is refused',
    (field) => {
      const limit = TEXT_LIMITS[field];
      const value = (n: number) => (field === 'quote' ? `918 ${text(n - 4)}` : text(n));
      const over: Record<string, string> = field.startsWith('note') ? { note: 'n', note_ja: 'n' } : {};
      expect(context([contextRow({ ...over, [field]: value(limit) })]).rows).toHaveLength(1);
      expect(() => context([contextRow({ ...over, [field]: value(limit + 1) })])).toThrow(
        `x-context.csv: row 2: ${field} is ${limit + 1} characters (limit ${limit})`,
      );
    },
  );

  const correction = (reason: string, reasonJa = '数字は崩れの間に読める') =>
    `- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: x\n  value: 1\n  reason: ${JSON.stringify(reason)}\n  reason_ja: ${JSON.stringify(reasonJa)}\n`;

  it.each(['reason', 'reason_ja'] as const)('a correction: %s at its limit is read, one over is refused', (field) => {
    const limit = TEXT_LIMITS[field];
    const make = (n: number) => (field === 'reason' ? correction(text(n)) : correction('the digits are legible', text(n)));
    expect(parseCorrections(make(limit), 'c.yml', ownerSpec)).toHaveLength(1);
    expect(() => parseCorrections(make(limit) + make(limit + 1), 'c.yml', ownerSpec)).toThrow(
      `c.yml: entry 2: ${field} is ${limit + 1} characters (limit ${limit})`,
    );
  });

  it('refuses control characters and lone surrogates in text a reader sees, naming the field', () => {
    expect(() => parseCorrections(correction('a reason with a bell \u0007 in it'), 'c.yml', ownerSpec)).toThrow(
      'c.yml: entry 1: reason contains U+0007, a control character, at character 22',
    );
    expect(() =>
      parseCorrections(
        correction('the digits are legible').replace(/reason: .*/, 'reason: "a lone \\ud800 surrogate"'),
        'c.yml',
        ownerSpec,
      ),
    ).toThrow('c.yml: entry 1: reason contains U+D800, a lone surrogate');
    expect(() => context([contextRow({ publisher: 'p\u0001' })])).toThrow('x-context.csv: row 2: publisher contains U+0001');
    expect(() => supplements([supplement({ quote: '19.9\u007f' })])).toThrow('s.csv: row 2: quote contains U+007F');
    // Tab and line breaks are text.
    expect(context([contextRow({ title: 'a\tb\nc' })]).rows[0]!.cells.value!.source!.title).toBe('a\tb\nc');
  });

  it('the real fix files are well within the limits', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../../data/supplements');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv'))) {
      for (const { values } of readCsvRecords(readFileSync(join(dir, f), 'utf8'), f).rows)
        for (const [k, v] of Object.entries(values))
          if (k in TEXT_LIMITS) expect([...v].length, `${f} ${k}`).toBeLessThan(TEXT_LIMITS[k as keyof typeof TEXT_LIMITS] / 2);
    }
  });
});

describe('a cell corrected twice', () => {
  it('is refused, naming both entries, instead of the last entry winning in silence', async () => {
    const { extractOwner } = await import('../../../src/datasets/price-agreement-by-owner/extract.ts');
    const { docOf, fixture } = await import('../../helpers.ts');
    const { applyCorrections } = await import('../../../src/pipeline/fixes.ts');
    const ds = extractOwner(docOf(fixture('price-agreement-excerpt.txt'), 'h.txt'))!.dataset;
    const entry = (value: number) =>
      `- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: "|■lt283p"\n  value: ${value}\n  reason: the digits are legible between debris\n  reason_ja: 数字は崩れの間に読める\n`;
    const once = parseCorrections(entry(283), 'c.yml', ownerSpec);
    expect(() => applyCorrections(structuredClone(ds), once, 'c.yml')).not.toThrow();
    const twice = parseCorrections(entry(283) + entry(284), 'c.yml', ownerSpec);
    expect(() => applyCorrections(ds, twice, 'c.yml')).toThrow(
      'c.yml: entry 2: correction for owner_ja=市町村 (hospitals) corrects a cell entry 1 already corrects',
    );
  });
});

describe('a cell supplemented twice', () => {
  it('is refused as a second row for the cell, not as a value of the text', async () => {
    const { extractOutsourcing } = await import('../../../src/datasets/outsourcing-rates/extract.ts');
    const { docOf, fixture } = await import('../../helpers.ts');
    const { applySupplements } = await import('../../../src/pipeline/fixes.ts');
    const ds = extractOutsourcing(docOf(fixture('outsourcing-excerpt.txt'), 'h.txt'))!.dataset;
    const twice = supplements([supplement(), supplement({ value: '19.8', quote: '19.8%' })]);
    expect(() => applySupplements(ds, twice, 's.csv')).toThrow(
      's.csv: supplement for service_ja=患者給食, survey_year=1991 (rate_pct): another row of this file already fills it with 19.9',
    );
  });
});

describe('text of a fix file in the published CSV', () => {
  it('comes back exactly as written: quotes, commas, markup, formula signs and line breaks of every kind', async () => {
    const { READERS } = await import('../../../src/datasets/readers.ts');
    const { parseCsv, toCsv } = await import('../../../src/pipeline/contract.ts');
    const reader = READERS['clinical-labs-context'];
    const hostile = ['薬事日報 a="b', '</title><script>alert(1)</script>', '=1+1, "x"', 'one\rtwo\nthree\r\nfour', ']]> &amp; <!--'];
    const head = CONTEXT_HEAD.join(',');
    const rows = hostile.map((h, i) =>
      contextRow({ series: 'registered-laboratories', period: `${2000 + i}-01`, publisher: h, title: h, note: h, note_ja: h }),
    );
    const ds = emptyDataset('clinical-labs-context');
    const list = parseSupplements([head, ...rows, ''].join('\r\n'), 'clinical-labs-context.csv', reader.spec);
    applySupplements(ds, list, 'clinical-labs-context.csv', reader.rowFor);
    const back = parseCsv(reader.spec.fields, toCsv(reader.spec, ds.rows), 'clinical-labs-context.csv');
    expect(back.map((r) => [r.source_publisher, r.source_title, r.note, r.note_ja])).toEqual(hostile.map((h) => [h, h, h, h]));
  });

  it('a published CSV with a bad row is named by its record and line', async () => {
    const { READERS } = await import('../../../src/datasets/readers.ts');
    const { parseCsv } = await import('../../../src/pipeline/contract.ts');
    const fields = READERS['clinical-labs-totals'].spec.fields;
    const header = fields.map((f) => f.name).join(',');
    expect(() => parseCsv(fields, `${header}\n`, 'x.csv')).not.toThrow();
    expect(() => parseCsv(fields, `${header}\n"a\nb"\n`, 'x.csv')).toThrow(/x\.csv: row 2: 1 fields, but the header has \d+/);
  });
});
