/** Each chart CSV's columns hold one format each: the period column is all years, all months or all days. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartDataFiles } from '../../../src/site/model/chart-data.ts';

const FORMATS: [string, RegExp][] = [
  ['YYYY', /^\d{4}$/],
  ['YYYY-MM', /^\d{4}-\d{2}$/],
  ['YYYY-MM-DD', /^\d{4}-\d{2}-\d{2}$/],
];

describe('chart CSVs', () => {
  const files = chartDataFiles('en').filter((f) => f.flavour === 'csv');
  it.each(files.map((f) => [f.file, f]))('%s: one period format', (_, f) => {
    const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(f.bytes), { header: true, skipEmptyLines: true }).data;
    const formats = new Set(rows.map((r) => FORMATS.find(([, re]) => re.test(r.period ?? ''))?.[0] ?? `other: ${r.period}`));
    expect([...formats]).toHaveLength(1);
    expect([...formats][0]).not.toMatch(/^other/);
  });

  it('the clinical-labs longer view gives months, and keeps each date in its label', () => {
    const f = chartDataFiles('ja').find((x) => x.file === 'clinical-labs-longer-view.csv')!;
    const rows = Papa.parse<Record<string, string>>(new TextDecoder().decode(f.bytes), { header: true, skipEmptyLines: true }).data;
    const at = (p: string) => rows.find((r) => r.period === p)?.period_label;
    expect(at('1998-02')).toMatch(/平成10年.*2月$/);
    expect(at('2007-01')).toMatch(/1月1日$/);
  });
});
