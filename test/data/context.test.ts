/**
 * The longer view's context datasets (data/supplements/*-context.csv → data/clean/*-context.csv): every value
 * from a public page with its words, at least 20 of them, never at a series and date the handout gives unless
 * compared in a check; and the reader refuses what a source does not state.
 */
import { keyOf } from '../../src/pipeline/labels.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACILITY_SERIES } from '../../src/datasets/price-agreement-context/spec.ts';
import { contextSpec } from '../../src/datasets/context/reader.ts';
import { contextRow } from '../../src/pipeline/context.ts';
import { emptyDataset } from '../../src/pipeline/dataset.ts';
import { applySupplements, parseSupplements } from '../../src/pipeline/fixes.ts';
import type { Quality } from '../../src/pipeline/quality.ts';
import { records, ROOT } from '../helpers.ts';

const CONTEXT = ['clinical-labs-context', 'price-agreement-context', 'outsourcing-context'];
const rows = (id: string) => records(readFileSync(join(ROOT, 'data/clean', `${id}.csv`), 'utf8'));
const quality = JSON.parse(readFileSync(join(ROOT, 'data/clean/quality.json'), 'utf8')) as Quality;

/** The numbers a quote states, written independently of the pipeline: full-width digits, ・ or ． as the decimal point. */
function numbersIn(quote: string): number[] {
  const half = quote.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const dotted = half.replace(/(\d)\s*[・．]\s*(\d)/g, '$1.$2').replace(/(\d),(\d{3})/g, '$1$2');
  return (dotted.match(/\d+(\.\d+)?/g) ?? []).map(Number);
}

describe('context datasets', () => {
  it('at least 20 values, all sourced, each with an http(s) URL, a quote that states it, its publisher and kind', () => {
    const all = CONTEXT.flatMap(rows);
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const r of all) {
      const where = `${r.series} ${r.period}`;
      expect(r.status, where).toBe('sourced');
      expect(r.source_url, where).toMatch(/^https?:\/\/\S+$/);
      expect(numbersIn(r.source_quote!), `${where}: "${r.source_quote}"`).toContain(Number(r.value));
      expect(['primary', 'secondary', 'tertiary']).toContain(r.source_kind);
      expect(r.source_publisher, where).not.toBe('');
      expect(r.source_published, where).toMatch(/^(unknown|\d{4}-\d{2}-\d{2})$/);
      expect(r.source_accessed, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.period, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it("shares no series and date with the handout's values, except where a check compares them", () => {
    const handout = new Map<string, string>();
    for (const r of rows('price-agreement-by-facility')) {
      const s = FACILITY_SERIES[keyOf(r.facility_en!)];
      if (s && r.rate_pct) handout.set(`price-agreement-context|${s}|${r.period}`, r.rate_pct);
    }
    for (const r of rows('price-agreement-by-owner'))
      if (r.owner_no === '0' && r.rate_pct) handout.set(`price-agreement-context|hospitals-200-beds|${r.period}`, r.rate_pct);
    for (const r of rows('clinical-labs-totals')) if (r.labs) handout.set(`clinical-labs-context|registered-laboratories|${r.date}`, r.labs);
    const checked = new Set(quality.checks.map((c) => c.id));
    let overlaps = 0;
    for (const id of CONTEXT)
      for (const r of rows(id)) {
        const h = handout.get(`${id}|${r.series}|${r.period}`);
        if (h === undefined) continue;
        overlaps += 1;
        const ids = [...checked].filter((c) => c.startsWith(`${id}-${r.series}-${r.period}-`));
        expect(ids.length, `${id} ${r.series} ${r.period}`).toBeGreaterThan(0);
        for (const c of quality.checks.filter((x) => ids.includes(x.id))) {
          expect(c.compared).toMatchObject({ source: Number(r.value) });
          expect(c.result).toBe(Number(h) === Number(r.value) ? 'pass' : 'fail');
        }
      }
    expect(overlaps).toBeGreaterThan(0); // the December 2010 figures the press repeated
  });

  const series = { total: { ja: '合計', en: 'Total' } };
  const spec = contextSpec({
    id: 'x-context',
    title: 'x',
    title_ja: 'x',
    description: 'x',
    kind: 'count',
    value: { title: 'n', title_ja: 'n', description: 'n' },
    series,
    period: 'year',
  });
  // the format of every supplement: key columns (series, period), then field, value and the source
  const head = 'series,period,field,value,url,quote,accessed,publisher,title,published,kind\n';
  const read = (lines: string, precision: 'year' | 'month' = 'year') => {
    const ds = emptyDataset('x-context');
    applySupplements(ds, parseSupplements(head + lines, 'x-context.csv', spec), 'x-context.csv', contextRow(series, precision));
    return ds;
  };

  it('reads a value a source states, with ・ as its decimal point and full-width digits', () => {
    const ds = read('total,2018-01-01,value,918,https://example.org/a,平成30年1月1日現在、全国に９１８施設あります。,2026-11-23,協会,unknown,unknown,primary\n');
    expect(ds.rows[0]!.cells.value).toMatchObject({ value: 918, status: 'sourced', url: 'https://example.org/a' });
    expect(ds.rows[0]!.cells.value!.source).toEqual({ publisher: '協会', title: 'unknown', published: 'unknown', kind: 'primary' });
    expect(ds.rows[0]!.keys).toEqual({ series: 'total', series_ja: '合計', series_en: 'Total', period: '2018', period_date: '2018-01-01' });
  });

  it('publishes one format per column: the period at the precision of the dataset, the day the source gives in period_date', () => {
    const line = (period: string) => `total,${period},value,918,https://example.org/a,918施設,2026-11-23,p,t,unknown,primary\n`;
    const keys = (period: string, precision: 'year' | 'month') => {
      const k = read(line(period), precision).rows[0]!.keys;
      return [k.period, k.period_date];
    };
    expect(keys('2002-01-01', 'month')).toEqual(['2002-01', '2002-01-01']);
    expect(keys('1998-02', 'month')).toEqual(['1998-02', '']); // no day invented
    expect(keys('2018', 'year')).toEqual(['2018', '']);
    // a period coarser than the dataset's, or a month in a dataset of years, has no place in it
    expect(() => read(line('2018'), 'month')).toThrow(/period must be YYYY-MM or YYYY-MM-DD in this dataset, not "2018"/);
    expect(() => read(line('2018-04'), 'year')).toThrow(/period must be YYYY or YYYY-MM-DD in this dataset, not "2018-04"/);
  });

  it('refuses a second value for the same series and period', () => {
    const line = 'total,2018,value,918,https://example.org/a,918施設,2026-11-23,p,t,unknown,primary\n';
    expect(() => read(line + line)).toThrow(/series=total, period=2018 \(value\): another row of this file already fills it with 918/);
  });

  it.each([
    ['a quote that does not state the value', 'total,2018,value,918,https://example.org/a,全国に900施設を越える,2026-11-23,p,t,unknown,primary', /the quote does not state 918/],
    ['a javascript: URL', 'total,2018,value,918,javascript:alert(1),918施設,2026-11-23,p,t,unknown,primary', /url must be an http or https address/],
    ['an unknown kind of source', 'total,2018,value,918,https://example.org/a,918施設,2026-11-23,p,t,unknown,blog', /kind must be one of primary, secondary, tertiary/],
    ['an unknown series', 'other,2018,value,918,https://example.org/a,918施設,2026-11-23,p,t,unknown,primary', /series "other" is not one of total/],
    ['a date that does not exist', 'total,2018-13,value,918,https://example.org/a,918施設,2026-11-23,p,t,unknown,primary', /period must be YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a count with a decimal', 'total,2018,value,918.5,https://example.org/a,918.5施設,2026-11-23,p,t,unknown,primary', /918.5/],
  ])('refuses %s', (_, line, message) => {
    expect(() => read(`${line}\n`)).toThrow(message);
  });
});
