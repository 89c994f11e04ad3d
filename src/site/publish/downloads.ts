/**
 * The download forms of each CSV: as published (UTF-8, `\n`, English snake_case headers: the file for code),
 * and two Excel forms — UTF-8 with BOM and CRLF, and CP932 (Windows-31J, the Shift_JIS of Windows) with
 * CRLF — with headers in the file's language and every cell written so that Excel shows it as it is in the
 * file (src/site/publish/excel-cells.ts; why: docs/excel-csv.md).
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { DATASET_IDS, READERS, isDatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import { dataFiles, loadRows, readDataFile } from '../model/data.ts';
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

/** The JSON files of data/clean and what the catalogue calls them. */
const JSON_FORMS: Record<string, CatalogueItem['form']> = {
  'datapackage.json': 'datapackage',
  'quality.json': 'quality',
  'documents.json': 'documents',
  'changelog.json': 'changelog',
};

export interface CatalogueItem {
  file: string;
  /** The dataset the file holds (null for the files about every dataset), its title and page. */
  dataset: string | null;
  title: string;
  page: string;
  form: Flavour | 'datapackage' | 'quality' | 'documents' | 'changelog' | 'text';
  encoding: Flavour | 'json' | 'text';
  bytes: number;
  /** Data rows (null for the JSON files). */
  rows: number | null;
}

/** Every file of /downloads/ as the catalogue lists it: datasets in registry order, each in its three forms, then the JSON files. */
export function catalogue(lang: Lang): CatalogueItem[] {
  const order = (i: CatalogueItem) => (i.dataset && isDatasetId(i.dataset) ? DATASET_IDS.indexOf(i.dataset) : DATASET_IDS.length);
  const items = downloads().map((d): CatalogueItem => {
    if (d.flavour === 'json' || d.flavour === 'text') {
      const form = d.flavour === 'text' ? 'text' : JSON_FORMS[d.file];
      if (!form) throw new Error(`${d.file}: a published file the downloads catalogue does not know`);
      return { file: d.file, dataset: null, title: '', page: '', form, encoding: d.flavour, bytes: d.bytes.length, rows: null };
    }
    const id = d.file.replace(/(\.excel-(utf8|cp932))?\.csv$/, '');
    const known = isDatasetId(id) ? id : null;
    const def = known && READERS[known];
    return {
      file: d.file,
      dataset: id,
      title: def ? localName(lang, def.spec.title_ja, def.spec.title) : id,
      page: known ? VIEWS[known].page : '',
      form: d.flavour,
      encoding: d.flavour,
      bytes: d.bytes.length,
      rows: known ? loadRows(known).length : null,
    };
  });
  // A stable sort: each dataset's three forms stay in their order.
  return items.sort((a, b) => order(a) - order(b));
}
