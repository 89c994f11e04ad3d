/**
 * The workbooks, metadata and zips of the downloads, read back as their readers would: each xlsx by a second
 * reader (Python's openpyxl where it is installed — Debian's python3-openpyxl; else exceljs, said in the test
 * name), each metadata file against its published JSON Schema (ajv), each zip unpacked; and each chart CSV read
 * by pandas from its address in one line (the Download tab's line, against a local server), where pandas is
 * installed, else by papaparse with pandas' defaults. Reads data/clean; no site build.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { READERS } from '../../../src/datasets/readers.ts';
import { chartDataFiles } from '../../../src/site/model/chart-data.ts';
import { availableCharts } from '../../../src/site/model/charts.ts';
import { chartMetadata, datasetSources, metadataJsonSchema, sourceLine } from '../../../src/site/publish/chart-meta.ts';
import { loadRows, loadSources } from '../../../src/site/model/data.ts';
import { chartXlsx, datasetXlsx, xlsxDatasets } from '../../../src/site/publish/files.ts';
import { readLines } from '../../../src/site/publish/read-lines.ts';
import { writeXlsx } from '../../../src/site/publish/xlsx.ts';

const run = promisify(execFile);
const charts = availableCharts();
const dir = mkdtempSync(join(tmpdir(), 'mhlw-downloads-'));

/** A Python with the module, or null: the PATH's python3, then Debian's. */
function pythonWith(module: string): string | null {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', `import ${module}`], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return py;
  }
  return null;
}
const openpyxl = pythonWith('openpyxl');
const pandas = pythonWith('pandas');

/** What a second reader sees in a workbook: per sheet, its name, frozen cell and cells as [type, value, format]. */
type Seen = { name: string; frozen: string | null; font: string | null; rows: [string, unknown, string][][] }[];

const READ_PY = `
import json, sys, openpyxl
out = {}
for f in sys.argv[1:]:
    wb = openpyxl.load_workbook(f)
    out[f] = [{"name": ws.title, "frozen": ws.freeze_panes, "font": ws["A2"].font.name,
               "rows": [[[c.data_type, c.value, c.number_format] for c in row] for row in ws.iter_rows()]} for ws in wb.worksheets]
print(json.dumps(out, ensure_ascii=False, default=str))
`;

async function readBack(files: Record<string, Uint8Array>): Promise<Record<string, Seen>> {
  const paths = Object.entries(files).map(([name, bytes]) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return [name, p] as const;
  });
  if (openpyxl) {
    const { stdout } = await run(openpyxl, ['-c', READ_PY, ...paths.map(([, p]) => p)], { maxBuffer: 256 * 1024 * 1024 });
    const seen = JSON.parse(stdout) as Record<string, Seen>;
    return Object.fromEntries(paths.map(([name, p]) => [name, seen[p]!]));
  }
  const out: Record<string, Seen> = {};
  for (const [name, p] of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    out[name] = wb.worksheets.map((ws) => {
      const rows: [string, unknown, string][][] = [];
      ws.eachRow({ includeEmpty: true }, (row) => {
        const cells: [string, unknown, string][] = [];
        for (let i = 1; i <= ws.columnCount; i++) {
          const c = row.getCell(i);
          const v = c.value;
          cells.push([v === null || v === undefined ? 'n' : typeof v === 'number' ? 'n' : 's', v ?? null, c.numFmt ?? 'General']);
        }
        rows.push(cells);
      });
      const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
      return {
        name: ws.name,
        frozen: view?.state === 'frozen' && view.ySplit === 1 ? 'A2' : null,
        font: String(ws.getCell('A2').font?.name ?? ''),
        rows,
      };
    });
  }
  return out;
}

const reader = openpyxl ? `openpyxl (${openpyxl})` : 'exceljs (openpyxl not installed)';

describe(`chart workbooks, read back with ${reader}`, async () => {
  const files: Record<string, Uint8Array> = {};
  for (const c of charts) for (const lang of ['ja', 'en'] as const) files[`${c.id}.${lang}.xlsx`] = await chartXlsx(`${c.id}|${lang}`);
  const seen = await readBack(files);

  it.each(charts.flatMap((c) => (['ja', 'en'] as const).map((lang) => [c.id, lang] as const)))(
    '%s (%s): three sheets, typed cells, notes naming every source',
    (id, lang) => {
      const book = seen[`${id}.${lang}.xlsx`]!;
      const meta = chartMetadata(id, lang)!;
      expect(book.map((s) => s.name)).toEqual(
        lang === 'ja' ? ['グラフの表', 'データ', '注記・出典'] : ['Chart table', 'Data', 'Notes and sources'],
      );
      for (const s of book) {
        expect(s.frozen, s.name).toBe('A2');
        expect(s.font, s.name).toBe('Yu Gothic');
      }
      const [shown, data, notes] = book as [Seen[number], Seen[number], Seen[number]];
      // sheet 1: periods in words (和暦 and 西暦 in Japanese), values numbers or blank
      const periods = shown.rows[0]!.slice(1).map((c) => String(c[1]));
      if (lang === 'ja') for (const p of periods) expect(p).toMatch(/^(明治|大正|昭和|平成|令和).*（\d{4}年）/);
      for (const row of shown.rows.slice(1)) for (const [type, value] of row.slice(1)) expect(type === 'n', String(value)).toBe(true);
      // sheet 2: headers in the file's language; key, period and status text, values numbers (with the unit's format) or blank
      expect(data.rows[0]!.map((c) => c[1])).toEqual(meta.columns.map((c) => c.title));
      for (const row of data.rows.slice(1)) {
        const [key, , period, , value, status] = row;
        expect(key![0]).toBe('s');
        expect(period![0]).toBe('s');
        expect(status![0]).toBe('s');
        if (status![1] === 'missing') expect(value![1]).toBeNull();
        else {
          expect(value![0]).toBe('n');
          expect(value![2]).toBe(meta.unit === 'percent' ? '0.0"%"' : '#,##0');
        }
      }
      // sheet 3: every source by its address or title, the licence, the citation, each status
      const text = notes.rows.map((r) => r.map((c) => String(c[1] ?? '')).join(' ')).join('\n');
      for (const s of meta.sources) expect(text).toContain(s.url || s.title);
      for (const s of meta.sources) for (const q of s.quotes) expect(text).toContain(q);
      expect(text).toContain('CC BY 4.0');
      expect(text).toContain(meta.citation[lang]);
      expect(text).toContain(meta.dataVersion ?? '');
      for (const s of Object.values(meta.statuses)) expect(text).toContain(s);
    },
  );
});

describe(`dataset workbooks, read back with ${reader}`, async () => {
  const files: Record<string, Uint8Array> = {};
  for (const id of xlsxDatasets())
    for (const lang of ['ja', 'en'] as const) files[`${id}.${lang}.xlsx`] = await datasetXlsx(`${id}|${lang}`);
  const seen = await readBack(files);
  const dataSheet = (id: string, lang: 'ja' | 'en') =>
    seen[`${id}.${lang}.xlsx`]!.find((s) => s.name === (lang === 'ja' ? 'データ' : 'Data'))!;

  it.each(xlsxDatasets().map((id) => [id]))('%s: every column typed as the contract types it, headers in each language', (id) => {
    const fields = READERS[id].spec.fields;
    for (const lang of ['ja', 'en'] as const) {
      const sheet = dataSheet(id, lang);
      expect(sheet.rows[0]!.map((c) => c[1])).toEqual(fields.map((f) => (lang === 'ja' ? f.title_ja : f.title)));
      for (const row of sheet.rows.slice(1))
        fields.forEach((f, i) => {
          const [type, value] = row[i]!;
          if (value === null) return;
          expect(type, `${f.name} ${String(value)}`).toBe(f.type === 'integer' || f.type === 'number' ? 'n' : 's');
        });
    }
  });

  // issue 25: the notes named only the sources of the dataset's first chart
  it.each(xlsxDatasets().map((id) => [id]))(
    '%s: the notes sheet names every source of every value (publisher, title, date, address, quoted words)',
    (id) => {
      const rows = loadRows(id) as unknown as Record<string, unknown>[];
      const docs = new Set(rows.filter((r) => r.status !== 'sourced' && r.source_doc).map((r) => String(r.source_doc)));
      const quoted = rows.filter((r) => r.status === 'sourced');
      for (const lang of ['ja', 'en'] as const) {
        const notes = seen[`${id}.${lang}.xlsx`]!.find((s) => s.name === (lang === 'ja' ? '注記・出典' : 'Notes and sources'))!;
        const text = notes.rows.map((r) => r.map((c) => String(c[1] ?? '')).join(' ')).join('\n');
        for (const doc of docs) {
          const d = loadSources().find((s) => s.id === doc)!;
          expect(text, `${id} ${lang}: ${doc}`).toContain(lang === 'ja' ? d.title_ja : d.title_en);
          if (d.url) expect(text).toContain(d.url);
        }
        // 'unknown' (a title or date the source does not give) is left out of a source's line
        for (const r of quoted)
          for (const f of ['source_url', 'source_quote', 'source_publisher', 'source_title'])
            if (r[f] && r[f] !== 'unknown') expect(text, `${id} ${lang}: ${f}`).toContain(String(r[f]));
        for (const s of datasetSources(id, lang)) expect(text).toContain(sourceLine(s, lang));
      }
    },
  );

  it('IDs and OCR text stay text, numbers are numbers, the owner table is wide with hospital counts', () => {
    const cases = dataSheet('clinical-research-cases', 'ja');
    expect(cases.rows[1]![0]).toEqual(['s', '1-1', 'General']);
    const owners = dataSheet('price-agreement-by-owner', 'ja');
    const head = owners.rows[0]!.map((c) => c[1]);
    const raw = head.indexOf('病院数のOCRの原文');
    expect(owners.rows.slice(1).some((r) => r[raw]![1] === '(2,690)' && r[raw]![0] === 's')).toBe(true);
    const table = seen['price-agreement-by-owner.ja.xlsx']![0]!;
    expect(table.name).toBe('表');
    expect(table.rows[0]!.map((c) => c[1])).toEqual(expect.arrayContaining(['病院数', '平成22年（2010年）6月']));
    expect(table.rows[1]!.slice(1).every(([type]) => type === 'n')).toBe(true);
  });
});

describe('deterministic workbooks and zips', () => {
  it('the same sheets give the same bytes, whenever they are written', async () => {
    const sheet = {
      name: 'S',
      head: ['a', 'b'],
      rows: [
        ['1-1', 2.5],
        [null, 3],
      ],
      formats: [undefined, '0.0'],
    };
    const a = await writeXlsx([sheet], { title: 't', creator: 'c', date: '2020-01-02' });
    await new Promise((r) => setTimeout(r, 1100));
    const b = await writeXlsx([sheet], { title: 't', creator: 'c', date: '2020-01-02' });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(new TextDecoder().decode(unzipSync(a)['docProps/core.xml'])).toContain('2020-01-02T00:00:00Z');
  });
});

// The metadata files and zips as built are read in test/site/chart-data.test.ts (a zip holds the 2,400 px PNG: made
// once, by the build). Here, the schema itself.
describe('chart metadata schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(metadataJsonSchema());

  it("accepts each chart's metadata in both languages, and rejects what it should", () => {
    for (const c of charts)
      for (const lang of ['ja', 'en'] as const) {
        const meta = JSON.parse(JSON.stringify(chartMetadata(c.id, lang)));
        expect(validate(meta), JSON.stringify(validate.errors)).toBe(true);
      }
    const meta = JSON.parse(JSON.stringify(chartMetadata(charts[0]!.id, 'ja')));
    expect(validate({ ...meta, sources: [] })).toBe(false);
    expect(validate({ ...meta, extra: 1 })).toBe(false);
    const { citation: _, ...noCitation } = meta;
    expect(validate(noCitation)).toBe(false);
  });
});

describe(`chart CSVs read in one line (${pandas ? 'pandas.read_csv from the address' : 'papaparse with pandas’ defaults; pandas not installed'})`, () => {
  it('every chart CSV, both languages, by its address: the rows, the columns, numbers as numbers', async () => {
    const byPath = new Map<string, Uint8Array>();
    for (const lang of ['ja', 'en'] as const)
      for (const f of chartDataFiles(lang).filter((x) => x.flavour === 'csv'))
        byPath.set(new URL(readLines(lang, f.chart)[1]!.line.match(/"([^"]+)"/)![1]!).pathname, f.bytes);
    const expected = [...byPath.entries()].map(([path, bytes]) => {
      const rows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data;
      return { path, rows: rows.length - 1, columns: rows[0]! };
    });
    if (!pandas) {
      for (const e of expected)
        expect(e.columns).toEqual(['key', 'label', 'period', 'period_label', 'value', 'status', 'source_doc', 'source_line', 'source_url']);
      return;
    }
    const server = createServer((req, res) => {
      const body = byPath.get(req.url ?? '');
      res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/csv; charset=utf-8' });
      res.end(body ? Buffer.from(body) : '');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      // The Download tab's Python line, with this server's address for the site's.
      const py = [
        'import json, sys',
        ...expected.map(
          (e) =>
            `import pandas as pd; d = pd.read_csv("http://127.0.0.1:${port}${e.path}"); print(json.dumps([${JSON.stringify(e.path)}, len(d), list(d.columns), str(d["value"].dtype)]))`,
        ),
      ].join('\n');
      const { stdout } = await run(pandas, ['-c', py], { maxBuffer: 16 * 1024 * 1024 });
      const got = stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as [string, number, string[], string]);
      expect(got.length).toBe(expected.length);
      for (const [path, rows, columns, dtype] of got) {
        const e = expected.find((x) => x.path === path)!;
        expect(rows, path).toBe(e.rows);
        expect(columns, path).toEqual(e.columns);
        expect(dtype, path).toMatch(/^(float64|int64)$/);
      }
    } finally {
      server.close();
    }
  });
});
