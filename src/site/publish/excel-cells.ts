/**
 * Cells of the Excel CSV forms, written so that Excel shows each one as it is in the file. Excel gives no way
 * to type a CSV column: on opening, every cell in the General format is parsed, and text that looks like a
 * number, a percentage, a date, a time, a fraction, a boolean, an error or a formula is converted
 * (docs/excel-csv.md lists what, with examples from this site's data). Such a text cell is written as a
 * formula holding one string constant, `="1-1"`: Excel shows and computes exactly the text, and nothing in it
 * runs (no reference, no function; quotes doubled). Numbers in number columns stay numbers, written as
 * Excel's General format shows them.
 */

/** Excel's error values, which it reads as errors rather than text. */
const ERRORS = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
/** Digits, half- or full-width. */
const D = '[0-9０-９]';
/** A number as Excel reads one: sign, thousands separators, decimals, exponent, percent, currency, brackets. */
const NUMBER = new RegExp(
  `^\\s*[(（]?\\s*[-+－＋]?\\s*[¥￥$€£]?\\s*[-+－＋]?(${D}[${'0-9０-９'},，]*)?([.．]${D}*)?([eE][-+]?${D}+)?\\s*[%％]?\\s*[)）]?\\s*$`,
);
/** Dates and times in the forms Excel (ja-JP and en-US) reads: 1-1, 2010-06, 2010/6/1, H22.6, 平成19年1月1日, 1月, 10:30, Jan-10 … */
const DATE_OR_TIME = new RegExp(
  [
    `^${D}{1,4}\\s*[-/.]\\s*${D}{1,4}(\\s*[-/.]\\s*${D}{1,4})?`, // 1-1, 2010-06, 2010/6/1, 6/1/2010, 22.6.1
    `^[MTSHRmtshr]\\s*${D}{1,2}\\s*[-/.]\\s*${D}{1,2}`, // H22.6, R4.5.23
    `^(明治|大正|昭和|平成|令和|元)?\\s*(${D}{1,4}|元)\\s*年(\\s*${D}{1,2}\\s*月(\\s*${D}{1,2}\\s*日)?)?`, // 平成19年1月1日, 2010年6月
    `^${D}{1,2}\\s*月(\\s*${D}{1,2}\\s*日)?`, // 6月, 1月1日
    `^${D}{1,2}\\s*[:：]\\s*${D}{1,2}`, // 10:30
    `^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?[-\\s/]+${D}`, // Jan-10, June 2010
    `^${D}{1,2}[-\\s/]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`, // 1-Jan
  ]
    .map((p) => `(${p}\\s*(am|pm|午前|午後)?\\s*$)`)
    .join('|'),
  'i',
);
/** A fraction (1/2, 1 1/2) or a boolean. */
const OTHER = new RegExp(`^(${D}+\\s+)?${D}+\\s*/\\s*${D}+$|^(true|false)$`, 'i');
/** Text Excel takes for a formula (or, for a leading tab or carriage return, re-reads). */
const FORMULA_LEAD = /^[=+\-@\t\r＝＋－＠]/;

/** Whether Excel, opening a CSV, would show a text cell other than as written. */
function excelWouldChange(text: string): boolean {
  if (text === '') return false;
  return (
    FORMULA_LEAD.test(text) ||
    ERRORS.test(text.trim()) ||
    NUMBER.test(text) ||
    DATE_OR_TIME.test(text.trim()) ||
    OTHER.test(text.trim()) ||
    text !== text.trim()
  );
}

/** Excel's longest string constant in a formula; longer text is joined from several. */
const CONSTANT_MAX = 255;

/** A text cell as Excel should show it: as is, or as a formula of string constants. */
export function excelText(text: string): string {
  if (!excelWouldChange(text)) return text;
  const chars = [...text];
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i += CONSTANT_MAX)
    parts.push(
      `"${chars
        .slice(i, i + CONSTANT_MAX)
        .join('')
        .replace(/"/g, '""')}"`,
    );
  return `=${parts.join('&')}`;
}

/** A number cell as Excel's General format shows it (`100`, not `100.0`); empty stays empty. */
export function excelNumber(text: string): string {
  if (text.trim() === '') return '';
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number: "${text}"`);
  return String(n);
}
