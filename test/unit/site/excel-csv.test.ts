/**
 * The Excel CSV forms open right: every cell of every Excel form (datasets and charts, both languages) is
 * either text Excel keeps as it is, a number in a number column written as Excel's General format shows it,
 * or a formula of nothing but string constants (`="1-1"`). The patterns below are Excel's import conversions
 * (docs/excel-csv.md), written here apart from the writer's, so that the two check each other. The CP932 form
 * decodes with a strict decoder. Reads data/clean; no site build.
 */
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartDataFiles } from '../../../src/site/model/chart-data.ts';
import { downloads, excelCsv } from '../../../src/site/publish/downloads.ts';
import { excelText } from '../../../src/site/publish/excel-cells.ts';
import { READERS, isDatasetId } from '../../../src/datasets/readers.ts';

/** What Excel converts on opening a CSV (General format, ja-JP or en-US), as the issue and Microsoft's docs list it. */
const EXCEL_CONVERTS: [string, RegExp][] = [
  ['formula', /^[=+\-@]/],
  ['number', /^\s*\(?[-+]?[¥$]?[\d,]*\.?\d+(e[-+]?\d+)?%?\)?\s*$/i],
  ['date d-m, y-m, y/m/d', /^\d{1,4}[-/.]\d{1,4}([-/.]\d{1,4})?$/],
  [
    'era date',
    /^[HRSTM]\d{1,2}\.\d{1,2}(\.\d{1,2})?$|^(明治|大正|昭和|平成|令和)(\d+|元)年(\d+月(\d+日)?)?$|^\d{1,4}年\d{1,2}月(\d{1,2}日)?$/,
  ],
  ['month-day', /^\d{1,2}月(\d{1,2}日)?$/],
  ['time', /^\d{1,2}:\d{2}(:\d{2})?$/],
  ['boolean', /^(true|false)$/i],
  ['error', /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/i],
  ['fraction', /^\d+ \d+\/\d+$/],
];

/** A formula of string constants only, each at most 255 characters: `="a"`, `="a"&"b"`. */
const CONSTANTS = /^="(?:[^"]|"")*"(?:&"(?:[^"]|"")*")*$/;

function constantValue(cell: string): string {
  return [...cell.slice(1).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"')).join('');
}

/** Why Excel would not show a cell as in the file, or null. */
function problem(cell: string, numeric: boolean): string | null {
  if (cell.startsWith('=')) {
    if (!CONSTANTS.test(cell)) return 'a formula that is not only string constants';
    const parts = [...cell.slice(1).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"'));
    if (parts.some((p) => [...p].length > 255)) return 'a string constant over 255 characters';
    return null;
  }
  if (numeric && cell !== '') return String(Number(cell)) === cell ? null : `a number Excel shows otherwise (${Number(cell)})`;
  const hit = EXCEL_CONVERTS.find(([, re]) => re.test(cell));
  return hit ? `Excel converts it (${hit[0]})` : null;
}

/** Every Excel-form file: dataset downloads and chart data in both languages, as text with its number columns. */
function excelFiles(): { file: string; text: string; numeric: (header: string) => boolean }[] {
  const decode = (b: Uint8Array, file: string) =>
    file.includes('cp932')
      ? new TextDecoder('windows-31j', { fatal: true }).decode(b)
      : new TextDecoder('utf-8', { fatal: true }).decode(b).replace(/^\uFEFF/, '');
  const datasets = downloads()
    .filter((d) => d.flavour === 'excel-utf8' || d.flavour === 'excel-cp932')
    .map((d) => {
      const id = d.file.replace(/\.excel-\w+\.csv$/, '');
      const fields = isDatasetId(id) ? READERS[id].spec.fields : [];
      const numeric = new Set(fields.filter((f) => f.type === 'integer' || f.type === 'number').map((f) => f.title_ja));
      return { file: `downloads/${d.file}`, text: decode(d.bytes, d.file), numeric: (h: string) => numeric.has(h) };
    });
  const charts = (['ja', 'en'] as const).flatMap((lang) =>
    chartDataFiles(lang)
      .filter((f) => f.flavour !== 'csv')
      .map((f) => ({
        file: `${lang}/charts/${f.file}`,
        text: decode(f.bytes, f.file),
        numeric: (h: string) => ['値', '出典の行', 'Value', 'Source line'].includes(h),
      })),
  );
  return [...datasets, ...charts];
}

describe('Excel CSV forms', () => {
  const files = excelFiles();

  it('cover every dataset and chart in both Excel forms', () => {
    expect(files.filter((f) => f.file.startsWith('downloads/')).length).toBe(2 * downloads().filter((d) => d.flavour === 'csv').length);
    expect(files.filter((f) => f.file.startsWith('ja/')).length).toBe(2 * chartDataFiles('ja').filter((f) => f.flavour === 'csv').length);
  });

  it.each(files.map((f) => [f.file, f]))('%s: every cell shows in Excel as in the file', (_, f) => {
    const [header, ...rows] = Papa.parse<string[]>(f.text, { skipEmptyLines: true }).data;
    const headers = header!.map((h) => (h.startsWith('=') ? constantValue(h) : h));
    expect(new Set(headers).size, 'headers are distinct').toBe(headers.length);
    const bad: string[] = [];
    for (const h of header!) {
      const p = problem(h, false);
      if (p) bad.push(`header ${h}: ${p}`);
    }
    rows.forEach((r, n) =>
      r.forEach((cell, i) => {
        const p = problem(cell, f.numeric(headers[i]!));
        if (p) bad.push(`row ${n + 2}, ${headers[i]}: "${cell}" — ${p}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('headers are in the file’s language: Japanese in the dataset and Japanese chart files, English on the English pages', () => {
    const head = (file: string) => files.find((f) => f.file === file)!.text.split('\r\n')[0]!;
    expect(head('downloads/price-agreement-by-owner.excel-utf8.csv')).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(head('downloads/price-agreement-by-owner.excel-utf8.csv')).not.toMatch(/owner_no|rate_pct/);
    expect(head('ja/charts/price-agreement-by-owner.excel-cp932.csv')).toBe(
      'キー,項目,時点,時点（表記）,値,状態,出典文書,出典の行,出典のURL',
    );
    expect(head('en/charts/price-agreement-by-owner.excel-utf8.csv')).toBe(
      'Key,Item,Period,Period (as written),Value,Status,Source document,Source line,Source address',
    );
  });

  it('keeps the values the issue found Excel changing, as written', () => {
    const cells = new Set(files.flatMap((f) => Papa.parse<string[]>(f.text, { skipEmptyLines: true }).data.flat()));
    for (const v of ['1-1', '(2,690)', '2010-06', '41.5%', '平成19年1月1日']) expect(cells.has(`="${v}"`), v).toBe(true);
    expect(excelText('100.0')).toBe('="100.0"');
    expect(excelText('H22.6')).toBe('="H22.6"');
    expect(excelText('=HYPERLINK("x")')).toBe('="=HYPERLINK(""x"")"');
    expect(excelText('病院')).toBe('病院');
    expect(excelText('Hospitals with 200 or more beds')).toBe('Hospitals with 200 or more beds');
    const long = `-${'あ'.repeat(300)}`;
    expect(excelText(long)).toMatch(CONSTANTS);
    expect(constantValue(excelText(long))).toBe(long);
  });

  it('writes numbers in number columns as numbers, as Excel shows them, and text around them as Excel shows it', () => {
    const csv = 'id,n,raw\n1-1,100.0,"(2,690)"\n@x,2690,ok\n';
    const out = excelCsv(csv, { numeric: new Set(['n']), headers: { id: 'ID', n: '数' } });
    // RFC 4180 quoting around each formula: Excel unquotes the field, then reads `="1-1"`.
    expect(out).toBe('ID,数,raw\r\n"=""1-1""",100,"=""(2,690)"""\r\n"=""@x""",2690,ok\r\n');
  });

  it('the CP932 (Windows-31J) forms decode with a strict cp932 decoder, in node and in Python', () => {
    const cp932 = [
      ...downloads().filter((d) => d.flavour === 'excel-cp932'),
      ...chartDataFiles('ja').filter((f) => f.flavour === 'excel-cp932'),
    ];
    expect(cp932.length).toBeGreaterThan(5);
    for (const d of cp932) expect(() => new TextDecoder('windows-31j', { fatal: true }).decode(d.bytes), d.file).not.toThrow();
    // Python's codec is the one the issue found failing (shift_jis on ④): cp932, strict, must read every file.
    const python = spawnSync(
      'python3',
      ['-c', 'import sys; [bytes.fromhex(l).decode("cp932", "strict") for l in sys.stdin.read().split()]; print("ok")'],
      {
        input: cp932.map((d) => Buffer.from(d.bytes).toString('hex')).join('\n'),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (python.error) return; // no Python here: the WHATWG decoder above is the strict Windows-31J decoder
    expect(python.stderr).toBe('');
    expect(python.stdout.trim()).toBe('ok');
  });
});
