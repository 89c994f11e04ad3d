/** The evidence of a value (read, repaired, corrected, sourced, missing), the report of a misread, and `?values=printed`. */
import { describe, expect, it } from 'vitest';
import { valuesShown, withValues } from '../../../src/client/params.ts';
import { reportBody, reportHref } from '../../../src/client/report.ts';
import { evidenceId, linesAround, valueEvidence, valueKey } from '../../../src/display/evidence.ts';
import { spec as facility } from '../../../src/datasets/price-agreement-by-facility/spec.ts';
import { t } from '../../../src/i18n/index.ts';

const LINES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const base = {
  facility_ja: '病院',
  facility_en: 'Hospitals',
  period: '2010-12',
  period_ja: 'H22.12',
  source_doc: 'doc-a',
  source_line: 4,
  source_url: '',
  source_quote: '',
  source_accessed: '',
  source_publisher: '',
  source_title: '',
  source_published: '',
  source_kind: '',
  label_raw: '病院',
  note: '',
  note_ja: '',
  rule: '',
};
const ev = (row: Record<string, unknown>, lang: 'ja' | 'en' = 'en') =>
  valueEvidence({ spec: facility, row: { ...base, ...row }, field: 'rate_pct', lang, what: 'Hospitals 2010-12', lines: LINES });

describe('valueEvidence', () => {
  it('a value read as printed: its OCR token and the lines around its own, no rule', () => {
    const e = ev({ rate_pct: 41.5, status: 'read', raw: '41.5%' });
    expect(e.statusText).toBe(t('en').evidence.read);
    expect(e.raw).toBe('41.5%');
    expect(e.lines.map((l) => [l.n, l.own])).toEqual([
      [2, false],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(e.lines.find((l) => l.own)!.text).toBe('four');
    expect(e.applied).toBe('');
    expect(e.key).toBe('doc-a/病院/2010-12');
    expect(e.id).toBe(evidenceId('price-agreement-by-facility', e.key));
    expect(e.value).toBe('41.5%');
  });
  it('a repaired value says what the OCR read and the rule, in the page language', () => {
    const e = ev({ rate_pct: 35.3, status: 'repaired', raw: '35 3%', rule: 'decimal-point-stand-in' });
    expect(e.statusText).toBe('repaired: the OCR read “35 3%” as 35.3%');
    expect(e.applied).toContain(t('en').value.ruleName('decimal-point-stand-in'));
    expect(ev({ rate_pct: 35.3, status: 'repaired', raw: '35 3%', rule: 'decimal-point-stand-in' }, 'ja').applied).toContain('小数点');
  });
  it("a repair rule's description is said with its name where the page's language needs it", () => {
    const e = valueEvidence({
      spec: facility,
      row: { ...base, rate_pct: 35.3, status: 'repaired', raw: '35 3%', rule: 'decimal-point-stand-in' },
      field: 'rate_pct',
      lang: 'en',
      what: 'x',
      lines: LINES,
      rules: { 'decimal-point-stand-in': 'A decimal point read as a space.' },
    });
    expect(e.applied).toBe('a misread decimal point: A decimal point read as a space.');
  });
  it('a corrected value gives the reason of its correction', () => {
    const e = ev({ rate_pct: 30.7, status: 'corrected', raw: '3017', rule: 'correction', note: 'checked in the row', note_ja: '行で確認' });
    expect(e.statusText).toBe('corrected by hand: checked in the row');
    expect(e.applied).toContain('checked in the row');
    expect(
      ev({ rate_pct: 30.7, status: 'corrected', raw: '3017', rule: 'correction', note: 'x', note_ja: '行で確認' }, 'ja').statusText,
    ).toContain('行で確認');
  });
  it('a sourced value shows its source’s own words, publisher, title, date and link, and no document lines', () => {
    const e = ev({
      rate_pct: 57.9,
      status: 'sourced',
      raw: '',
      rule: 'supplement',
      source_line: null,
      source_doc: '',
      source_url: 'https://example.org/a',
      source_quote: '妥結率は57・9%',
      source_publisher: '薬事日報',
      source_title: 'unknown',
      source_published: '2011-02-10',
      source_kind: 'secondary',
    });
    expect(e.statusText).toBe('quoted from a news article');
    expect(e.quote).toMatchObject({
      words: '妥結率は57・9%',
      publisher: '薬事日報',
      url: 'https://example.org/a',
      published: '2011-02-10',
    });
    expect(e.lines).toEqual([]);
  });
  it('a missing value says why, and keeps its raw text', () => {
    const e = ev({ rate_pct: null, status: 'missing', raw: '441141' });
    expect(e.value).toBe(t('en').value.missing);
    expect(e.statusText).toBe('missing: the OCR text “441141” has no single reading');
    const why = ev({ rate_pct: null, status: 'missing', raw: '', note: 'drawn as an image' });
    expect(why.statusText).toBe('missing: drawn as an image');
  });
  it('lines at the edges of a document stay within it', () => {
    expect(linesAround(LINES, 1).map((l) => l.n)).toEqual([1, 2, 3]);
    expect(linesAround(LINES, 7).map((l) => l.n)).toEqual([5, 6, 7]);
    expect(linesAround(LINES, null)).toEqual([]);
  });
  it('a secondary value has its own key', () => {
    expect(valueKey(facility, { ...base }, 'hospitals')).toBe('doc-a/病院/2010-12:hospitals');
  });
});

describe('report of a misread', () => {
  it('carries dataset, key, period, value, status, OCR text, line, page and version, and opens at the tracker', () => {
    const labels = t('en').evidence.reportFields;
    const body = reportBody(
      {
        dataset: 'd',
        key: 'doc/1/2010-12',
        what: 'Owner 2010-12',
        value: '35.3%',
        status: 'read',
        ocr: '35.3',
        line: 'doc 706',
        page: 'https://x/evidence/p/#v-1',
        version: '2.0.0',
      },
      labels,
    );
    for (const s of [
      'Dataset: d',
      'Row key: doc/1/2010-12',
      'Owner 2010-12',
      'Value: 35.3%',
      'OCR text: 35.3',
      'doc 706',
      '#v-1',
      'Data version: 2.0.0',
    ])
      expect(body).toContain(s);
    const href = new URL(reportHref('https://github.com/o/r/issues/new', 'Wrong value', body));
    expect(href.pathname).toBe('/o/r/issues/new');
    expect(href.searchParams.get('title')).toBe('Wrong value');
    expect(href.searchParams.get('body')).toBe(body);
  });
});

describe('?values=printed', () => {
  it('is read from the address (anything else is all) and written back with the rest kept', () => {
    expect(valuesShown('?values=printed')).toBe('printed');
    expect(valuesShown('?values=<x>')).toBe('all');
    expect(valuesShown('')).toBe('all');
    expect(withValues({ pathname: '/p/', search: '?highlight=a,b', hash: '#c' }, 'printed')).toBe('/p/?highlight=a,b&values=printed#c');
    expect(withValues({ pathname: '/p/', search: '?values=printed', hash: '' }, 'all')).toBe('/p/');
  });
});
