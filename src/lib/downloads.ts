/**
 * The download forms of each CSV: as published (UTF-8, `\n`), and two Excel flavours — UTF-8 with BOM and
 * CRLF, and Shift_JIS (CP932) with CRLF — whose text cells starting with = + - @ are neutralised with a
 * leading apostrophe so that Excel does not run them as formulas.
 */
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export type Flavour = 'csv' | 'excel-utf8' | 'excel-sjis';
export const FLAVOURS: readonly Flavour[] = ['csv', 'excel-utf8', 'excel-sjis'];

export function fileName(dataset: string, flavour: Flavour): string {
  return flavour === 'csv' ? `${dataset}.csv` : `${dataset}.${flavour}.csv`;
}

/** A text cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutralise(cell: string): string {
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
const CP932_EQUIVALENT: Record<string, string> = { '\u2016': '\u2225', '\u2212': '\uff0d', '\u301c': '\uff5e', '\u00a2': '\uffe0', '\u00a3': '\uffe1', '\u00ac': '\uffe2' };

export function toCp932(text: string): { bytes: Uint8Array; replaced: number } {
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

export function contentType(flavour: Flavour): string {
  return flavour === 'excel-sjis' ? 'text/csv; charset=shift_jis' : 'text/csv; charset=utf-8';
}
