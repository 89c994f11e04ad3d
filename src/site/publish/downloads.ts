/**
 * The download forms of each CSV: as published (UTF-8, `\n`, English snake_case headers: the file for code),
 * and two Excel forms — UTF-8 with BOM and CRLF, and CP932 (Windows-31J, the Shift_JIS of Windows) with
 * CRLF — with headers in the file's language and every cell written so that Excel shows it as it is in the
 * file (src/site/publish/excel-cells.ts; why: docs/excel-csv.md).
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { READERS, isDatasetId } from '../../datasets/readers.ts';
import { dataFiles, readDataFile } from '../model/data.ts';
import { excelNumber, excelText } from './excel-cells.ts';

export type Flavour = 'csv' | 'excel-utf8' | 'excel-cp932';
export const FLAVOURS: readonly Flavour[] = ['csv', 'excel-utf8', 'excel-cp932'];

export function fileName(dataset: string, flavour: Flavour): string {
  return flavour === 'csv' ? `${dataset}.csv` : `${dataset}.${flavour}.csv`;
}

/** How a CSV's columns are written for Excel: which hold numbers, and each column's header in the file's language. */
export interface ExcelColumns {
  numeric: ReadonlySet<string>;
  headers: Readonly<Record<string, string>>;
}

/** Re-writes a published CSV for Excel: headers in the file's language, cells Excel shows as written, CRLF line ends. */
export function excelCsv(csv: string, columns: ExcelColumns): string {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header) return '';
  const numeric = header.map((h) => columns.numeric.has(h));
  const out = rows.map((r) => r.map((c, i) => (numeric[i] ? excelNumber(c) : excelText(c))));
  const fields = header.map((h) => excelText(columns.headers[h] ?? h));
  return `${Papa.unparse({ fields, data: out }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** Characters CP932 lacks are replaced; the count is reported next to the download. */
const CP932_EQUIVALENT: Record<string, string> = {
  '\u2016': '\u2225',
  '\u2212': '\uff0d',
  '\u301c': '\uff5e',
  '\u00a2': '\uffe0',
  '\u00a3': '\uffe1',
  '\u00ac': '\uffe2',
};

function toCp932(text: string): { bytes: Uint8Array; replaced: number } {
  let replaced = 0;
  let mapped = '';
  for (const ch of text) {
    const m = CP932_EQUIVALENT[ch] ?? ch;
    if (iconv.decode(iconv.encode(m, 'cp932'), 'cp932') === m) mapped += m;
    else {
      mapped += '?';
      replaced += 1;
    }
  }
  return { bytes: new Uint8Array(iconv.encode(mapped, 'cp932')), replaced };
}

export function flavourBytes(csv: string, flavour: Flavour, columns: ExcelColumns): { bytes: Uint8Array; replaced: number } {
  if (flavour === 'csv') return { bytes: new TextEncoder().encode(csv), replaced: 0 };
  const excel = excelCsv(csv, columns);
  if (flavour === 'excel-utf8') return { bytes: new TextEncoder().encode(`\ufeff${excel}`), replaced: 0 };
  return toCp932(excel);
}

/** The content type of a download, with its encoding (hosts guess the type from the extension, not the charset). */
export function contentType(flavour: Flavour | 'json' | 'text'): string {
  return flavour === 'json'
    ? 'application/json; charset=utf-8'
    : flavour === 'text'
      ? 'text/plain; charset=utf-8'
      : flavour === 'excel-cp932'
        ? 'text/csv; charset=windows-31j'
        : 'text/csv; charset=utf-8';
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type of a download by its file name. */
export function contentTypeOf(file: string): string {
  if (file.endsWith('.xlsx')) return XLSX_TYPE;
  if (file.endsWith('.zip')) return 'application/zip';
  return contentType(
    file.endsWith('.json')
      ? 'json'
      : file.endsWith('.txt')
        ? 'text'
        : file.endsWith('.excel-cp932.csv')
          ? 'excel-cp932'
          : file.endsWith('.excel-utf8.csv')
            ? 'excel-utf8'
            : 'csv',
  );
}

/** A dataset's columns for Excel: its number columns, and its Japanese headers (the dataset downloads are for Japan's Excel). */
function datasetColumns(id: string): ExcelColumns {
  if (!isDatasetId(id)) return { numeric: new Set(), headers: {} };
  const fields = READERS[id].spec.fields;
  return {
    numeric: new Set(fields.filter((f) => f.type === 'integer' || f.type === 'number').map((f) => f.name)),
    headers: Object.fromEntries(fields.map((f) => [f.name, f.title_ja])),
  };
}

export interface Download {
  file: string;
  flavour: Flavour | 'json' | 'text';
  bytes: Uint8Array;
  replaced: number;
}

let all: Download[] | undefined;

/** Every downloadable file: each CSV of data/clean in three forms, plus the JSON files as they are. */
export function downloads(): Download[] {
  if (all) return all;
  all = [];
  for (const f of dataFiles()) {
    if (!f.endsWith('.csv')) {
      all.push({ file: f, flavour: f.endsWith('.json') ? 'json' : 'text', bytes: new Uint8Array(readDataFile(f)), replaced: 0 });
      continue;
    }
    const id = f.replace(/\.csv$/, '');
    const csv = readDataFile(f).toString('utf8');
    for (const flavour of FLAVOURS) all.push({ file: fileName(id, flavour), flavour, ...flavourBytes(csv, flavour, datasetColumns(id)) });
  }
  return all;
}
