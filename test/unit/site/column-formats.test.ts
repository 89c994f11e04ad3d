/**
 * One format per column (issue 25), in every published CSV: each dataset's CSV (data/clean, as /downloads/
 * serves it) and each chart's CSV in both languages. A number column holds numbers with one count of
 * decimals, a date column ISO days; a text column that holds dates or months holds only one of those forms
 * (`1998-02` beside `2002-01-01` in one column is what Excel and readers trip on). `unknown`, the word the
 * data use for a date a source does not give, and empty cells (missing) are not forms.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartDataFiles } from '../../../src/site/model/chart-data.ts';
import { ROOT } from '../../helpers.ts';

/** The form of a cell: an ISO day, a month, a year, an integer, a decimal with n places, or text. */
function formOf(v: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return 'YYYY-MM-DD';
  if (/^\d{4}-\d{2}$/.test(v)) return 'YYYY-MM';
  if (/^-?\d+$/.test(v)) return 'integer';
  const d = /^-?\d+\.(\d+)$/.exec(v);
  if (d) return `decimal(${d[1]!.length})`;
  return 'text';
}

/** The forms a column holds, when they are more than one where one is due (by the column's type). */
function mixed(values: readonly string[], type: string): string[] {
  const forms = [...new Set(values.filter((v) => v !== '' && v !== 'unknown').map(formOf))].sort();
  if (forms.length < 2) return [];
  if (type !== 'string') return forms; // numbers and dates: one form
  // a text column: one form as soon as it holds a date or a month
  return forms.some((f) => f.startsWith('YYYY')) ? forms : [];
}

function columns(text: string): Map<string, string[]> {
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const out = new Map<string, string[]>();
  for (const r of rows) for (const [k, v] of Object.entries(r)) out.set(k, [...(out.get(k) ?? []), v]);
  return out;
}

describe('one format per column', () => {
  it('tells mixed columns from plain ones', () => {
    expect(mixed(['1998-02', '2002-01-01'], 'string')).toEqual(['YYYY-MM', 'YYYY-MM-DD']);
    expect(mixed(['1998-02', '', '2002-01'], 'string')).toEqual([]);
    expect(mixed(['35.3', '100'], 'number')).toEqual(['decimal(1)', 'integer']);
    expect(mixed(['(2,690)', '41.5', '12'], 'string')).toEqual([]); // OCR text as printed
    expect(mixed(['2016-04-15', 'unknown'], 'string')).toEqual([]);
  });

  const dp = JSON.parse(readFileSync(join(ROOT, 'data/clean/datapackage.json'), 'utf8')) as {
    resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
  };
  const files = readdirSync(join(ROOT, 'data/clean')).filter((f) => f.endsWith('.csv'));

  it.each(files.map((f) => [f]))('data/clean/%s', (file) => {
    const types = new Map(dp.resources.find((r) => r.path.endsWith(file))!.schema.fields.map((f) => [f.name, f.type]));
    for (const [name, values] of columns(readFileSync(join(ROOT, 'data/clean', file), 'utf8')))
      expect(mixed(values, types.get(name) ?? 'string'), `${file} ${name}`).toEqual([]);
  });

  it('every chart CSV, both languages', () => {
    const TYPES: Record<string, string> = { value: 'number', source_line: 'integer' };
    for (const lang of ['ja', 'en'] as const)
      for (const f of chartDataFiles(lang).filter((x) => x.flavour === 'csv'))
        for (const [name, values] of columns(new TextDecoder().decode(f.bytes)))
          expect(mixed(values, TYPES[name] ?? 'string'), `${f.file} (${lang}) ${name}`).toEqual([]);
  });
});
