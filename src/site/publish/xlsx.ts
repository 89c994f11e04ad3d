/**
 * Writes an .xlsx workbook with exceljs: each sheet a header row (bold, frozen) and rows of typed cells —
 * numbers as numbers with their column's number format, text as text (IDs, OCR text and periods are never
 * re-read as numbers or dates), missing values blank — column widths from the text, and a font that has
 * Japanese. The same sheets give the same bytes: the workbook's dates are the data's date, and the zip is
 * re-packed with fixed timestamps (exceljs stamps the time of writing).
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** A cell: text, a number, or null for a blank (missing) cell. */
export type SheetCell = string | number | null;

export interface Sheet {
  name: string;
  head: string[];
  rows: SheetCell[][];
  /** Per column: the number format of its numbers (`#,##0`, `0.0`), when it has any. */
  formats?: (string | undefined)[];
  /** Columns kept narrow whatever their text (long notes wrap instead). */
  wrap?: number[];
}

/** A font with Japanese glyphs on Windows and macOS Office (LibreOffice substitutes its own CJK font). */
const FONT = { name: 'Yu Gothic', size: 11, charset: 128 } as const;

/** The width of text in Excel's character units: East Asian wide characters count two. */
function widthOf(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Local midnight of a YYYY-MM-DD date: zip entries store local time, so every machine writes the same bytes. */
function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1);
}

export async function writeXlsx(sheets: readonly Sheet[], props: { title: string; creator: string; date: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${props.date}T00:00:00Z`);
  wb.creator = props.creator;
  wb.lastModifiedBy = props.creator;
  wb.title = props.title;
  wb.created = when;
  wb.modified = when;
  wb.lastPrinted = when;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    const header = ws.addRow(s.head);
    header.font = { ...FONT, bold: true };
    for (const r of s.rows) {
      const row = ws.addRow(r.map((c) => (c === null ? undefined : c)));
      row.font = { ...FONT };
      r.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        if (typeof c === 'number' && s.formats?.[i]) cell.numFmt = s.formats[i]!;
        if (s.wrap?.includes(i)) cell.alignment = { wrapText: true, vertical: 'top' };
      });
    }
    s.head.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      const longest = Math.max(widthOf(h), ...s.rows.map((r) => widthOf(r[i] === null || r[i] === undefined ? '' : String(r[i]))));
      col.width = Math.min(s.wrap?.includes(i) ? 80 : 60, Math.max(8, longest + 2));
    });
  }
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  return restamp(written, props.date);
}

/** A zip's entries again, in their order, each with the given date (and the same compression for all). */
function restamp(zip: Uint8Array, day: string): Uint8Array {
  const entries = unzipSync(zip);
  const out: Zippable = {};
  const mtime = dateOf(day);
  for (const [name, data] of Object.entries(entries)) out[name] = [data, { mtime, level: 6 }];
  return zipSync(out, { mtime, level: 6 });
}

/** A zip of files (sorted by name), each dated `day`: the same files give the same bytes. */
export function zipFiles(files: Record<string, Uint8Array>, day: string): Uint8Array {
  const mtime = dateOf(day);
  const out: Zippable = {};
  for (const name of Object.keys(files).sort()) out[name] = [files[name]!, { mtime, level: /\.(png|xlsx|zip)$/.test(name) ? 0 : 6 }];
  return zipSync(out, { mtime });
}
