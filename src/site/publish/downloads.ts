/**
 * The download forms of each CSV: as published (UTF-8, `\n`), and two Excel flavours — UTF-8 with BOM and
 * CRLF, and Shift_JIS (CP932) with CRLF — whose text cells starting with = + - @ are neutralised with a
 * leading apostrophe so that Excel does not run them as formulas.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { DATASET_IDS, READERS, isDatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import { dataFiles, loadRows, readDataFile } from '../model/data.ts';

export type Flavour = 'csv' | 'excel-utf8' | 'excel-sjis';
export const FLAVOURS: readonly Flavour[] = ['csv', 'excel-utf8', 'excel-sjis'];

export function fileName(dataset: string, flavour: Flavour): string {
  return flavour === 'csv' ? `${dataset}.csv` : `${dataset}.${flavour}.csv`;
}

/** A text cell that a spreadsheet would read as a formula gets a leading apostrophe. */
function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Re-writes a published CSV for Excel: formulas neutralised in text columns, CRLF line ends. */
export function excelCsv(csv: string, textColumns: ReadonlySet<string>): string {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  if (!header) return '';
  const text = header.map((h) => textColumns.has(h));
  const out = rows.map((r) => r.map((c, i) => (text[i] ? neutralise(c) : c)));
  return `${Papa.unparse({ fields: header, data: out }, { newline: '\r\n' })}\r\n`;
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

export function flavourBytes(csv: string, flavour: Flavour, textColumns: ReadonlySet<string>): { bytes: Uint8Array; replaced: number } {
  if (flavour === 'csv') return { bytes: new TextEncoder().encode(csv), replaced: 0 };
  const excel = excelCsv(csv, textColumns);
  if (flavour === 'excel-utf8') return { bytes: new TextEncoder().encode(`\ufeff${excel}`), replaced: 0 };
  return toCp932(excel);
}

/** The content type of a download, with its encoding (hosts guess the type from the extension, not the charset). */
export function contentType(flavour: Flavour | 'json' | 'text'): string {
  return flavour === 'json'
    ? 'application/json; charset=utf-8'
    : flavour === 'text'
      ? 'text/plain; charset=utf-8'
      : flavour === 'excel-sjis'
        ? 'text/csv; charset=shift_jis'
        : 'text/csv; charset=utf-8';
}

/** The content type of a download by its file name. */
export function contentTypeOf(file: string): string {
  return contentType(
    file.endsWith('.json')
      ? 'json'
      : file.endsWith('.txt')
        ? 'text'
        : file.endsWith('.excel-sjis.csv')
          ? 'excel-sjis'
          : file.endsWith('.excel-utf8.csv')
            ? 'excel-utf8'
            : 'csv',
  );
}

/** The text columns of a dataset (the only ones whose cells are neutralised for Excel). */
function textColumns(id: string): Set<string> {
  if (!isDatasetId(id)) return new Set();
  return new Set(READERS[id].spec.fields.filter((f) => f.type === 'string').map((f) => f.name));
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
    for (const flavour of FLAVOURS) all.push({ file: fileName(id, flavour), flavour, ...flavourBytes(csv, flavour, textColumns(id)) });
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
    const id = d.file.replace(/(\.excel-(utf8|sjis))?\.csv$/, '');
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
