/**
 * 医療機関設置主体別価格妥結状況 → price-agreement-by-owner: per hospital owner (printed row number, name,
 * number of hospitals) the agreement rate in each period of the header (`H22.6 H22.9 H22.12`).
 * NOTE: in the 2011 handout rows run over several lines, row numbers are partly lost, and some cells are
 * OCR debris (`ｎ υ`, `441141`): those stay missing with their raw text.
 */
import { addFragment, emptyDataset, type Dataset, type Row } from '../../pipeline/dataset.ts';
import { MESSAGES, NO_NOTE, note } from '../../pipeline/messages.ts';
import { eraToWestern, isoMonth } from '../../pipeline/eras.ts';
import { cleanLabel, matchLabel } from '../../pipeline/labels.ts';
import { findLine, hasCJK, joinTokens, SECTION_HEADING, tokensOf, type Token } from '../../pipeline/lines.ts';
import { toHalfWidth } from '../../pipeline/numbers.ts';
import type { Extraction } from '../../pipeline/reader.ts';
import { readCount, readRate } from '../../pipeline/repair.ts';
import { missingCell, type Cell, type SourceDocument } from '../../pipeline/types.ts';
import { OWNERS } from './glossary.ts';
import { spec } from './spec.ts';
const HEADING = /設置主体別価格妥結状況/;
const PERIOD = /([HRＨ])\s*(\d{1,2})\s*[.．]\s*(\d{1,2})/g;
const NUMBER_LINE = /^\s*[\d０-９．.]{1,3}\s*$/;
// A count in parentheses: "(" then a digit, or then a lone letter that OCR made of a digit ("(D"); or a circled digit.
const COUNT_LIKE = /^[(（]([\d０-９]|[A-Za-z](?![A-Za-z]))|^[①-⑳]$/;

interface Period {
  period: string;
  periodJa: string;
}

/** Per document: the periods of the table's header. */
export interface OwnerMeta {
  doc: string;
  periods: Period[];
}

/** Splits `…)(136)` and `県●(140)` so that a count in parentheses is a token of its own. */
function splitCounts(text: string): string {
  return text.replace(/([^\s(（])([(（])/g, '$1 $2');
}

/** The label at the start of a line (before any count or number), if it names a known owner. */
function labelAtStart(text: string): boolean {
  const lead = splitCounts(text).replace(/^[\s′`´|‖・]+/, '');
  const label = lead.split(/\s+(?=[(（][\d０-９A-Za-z]|[①-⑳\d０-９])|\s{2,}/)[0] ?? '';
  return hasCJK(label) && matchLabel(label, OWNERS) !== null;
}

function isRowStart(text: string): boolean {
  if (/^\s*[\d０-９]{1,2}\s+[\u3040-\u9fff]/.test(text)) return true;
  return labelAtStart(text);
}

export function extractOwner(doc: SourceDocument): Extraction<OwnerMeta> | null {
  const heading = findLine(doc, HEADING);
  if (heading < 0) return null;
  let headerIdx = -1;
  let periods: Period[] = [];
  for (let i = heading; i < doc.lines.length && i < heading + 40; i++) {
    const found = [...doc.lines[i]!.matchAll(PERIOD)].filter((m) => Number(m[2]) >= 1 && Number(m[3]) >= 1 && Number(m[3]) <= 12);
    if (found.length >= 2) {
      headerIdx = i;
      periods = found.map((m) => {
        const era = toHalfWidth(m[1]!).toUpperCase() === 'R' ? '令和' : '平成';
        const year = eraToWestern(era, Number(m[2]));
        return { period: isoMonth(year, Number(m[3])), periodJa: `${era === '令和' ? 'R' : 'H'}${m[2]}.${m[3]}` };
      });
      break;
    }
  }
  const ds = emptyDataset<OwnerMeta>(spec.id);
  if (headerIdx < 0) return { dataset: ds, problems: ['no header of periods (H22.6 H22.9 …) was found under its heading'] };
  for (let i = heading + 1; i < headerIdx; i++) {
    const t = doc.lines[i]!.trim();
    if (/[(（].*(対象|単位)/.test(t)) ds.notes.push({ doc: doc.id, line: i + 1, text: t });
  }

  // Group the body into rows: a row starts at a printed row number or a known owner label.
  const groups: { pending: Token[]; tokens: Token[]; line: number }[] = [];
  let pending: Token[] = [];
  // NOTE: the table ends at its notes (※ …) or the next section; without either, the document was cut inside it.
  let closed = false;
  let i = headerIdx + 1;
  for (; i < doc.lines.length; i++) {
    const text = doc.lines[i]!;
    if (!text.trim()) continue;
    if (/^\s*[※＊]/.test(text) || SECTION_HEADING.test(text)) {
      closed = true;
      break;
    }
    if (NUMBER_LINE.test(text)) {
      pending.push(...tokensOf(text, i + 1));
      continue;
    }
    if (isRowStart(text) || groups.length === 0) {
      groups.push({ pending, tokens: tokensOf(splitCounts(text), i + 1), line: i + 1 });
      pending = [];
    } else {
      groups[groups.length - 1]!.tokens.push(...tokensOf(splitCounts(text), i + 1));
    }
  }
  // The notes under the table (※ …) run to the next section heading.
  for (; i < doc.lines.length && !SECTION_HEADING.test(doc.lines[i]!); i++) {
    const t = doc.lines[i]!.trim();
    if (t) ds.notes.push({ doc: doc.id, line: i + 1, text: t });
  }
  if (pending.length)
    addFragment(
      ds,
      doc.id,
      pending[0]!.line,
      joinTokens(pending),
      note('stray row-number debris after the last row', '最後の行の後にある、行番号らしいOCRの断片'),
    );

  let expected = 0;
  let numbered = false;
  let highestPrinted = 0;
  for (const g of groups) {
    // A printed row number counts even when its row cannot be read: it says how many rows there are.
    const printed = /^[\d０-９]{1,2}$/.exec(g.tokens[0]?.text ?? '');
    if (printed) highestPrinted = Math.max(highestPrinted, Number(toHalfWidth(printed[0])));
    const row = parseRow(doc, g.tokens, g.pending, periods, ds);
    if (!row) continue;
    if (row.printedNo !== null) highestPrinted = Math.max(highestPrinted, row.printedNo);
    // Row numbers run 1, 2, 3 … after the unnumbered all-hospitals row; a lost or misread one is taken from
    // the sequence and the printed text kept.
    let no: number;
    let noNote = NO_NOTE;
    if (!numbered && row.printedNo === null && ds.rows.length === 0) no = 0;
    else {
      expected += 1;
      no = expected;
      numbered = true;
      if (row.printedNo === null)
        noNote = row.printedRaw
          ? note(
              `row number printed as "${row.printedRaw}"; taken from the sequence`,
              `行番号は「${row.printedRaw}」と印刷：番号の並びから補った`,
            )
          : note('row number not in the text; taken from the sequence', '行番号がテキストにない：番号の並びから補った');
      else if (row.printedNo !== expected)
        noNote = note(
          `row number read as ${row.printedNo}; taken from the sequence`,
          `行番号は${row.printedNo}と読めた：番号の並びから補った`,
        );
    }
    for (let p = 0; p < periods.length; p++) {
      const r: Row = {
        keys: {
          owner_no: no,
          owner_ja: row.ja,
          owner_en: row.en,
          period: periods[p]!.period,
          period_ja: periods[p]!.periodJa,
          label_raw: row.labelRaw,
          owner_no_note: noNote.en,
          owner_no_note_ja: noNote.ja,
        },
        cells: { rate_pct: row.rates[p]!, hospitals: row.hospitals },
      };
      ds.rows.push(r);
    }
  }
  ds.meta.push({ doc: doc.id, periods });
  const problems: string[] = [];
  if (ds.rows.length === 0) problems.push('no row of the table could be read');
  // The table numbers its rows: fewer rows than the highest printed number means rows were lost.
  if (highestPrinted > expected)
    problems.push(`its rows are numbered up to ${highestPrinted}, but only ${expected} numbered rows could be read`);
  if (!closed)
    problems.push('it runs to the end of the document with neither its notes (※) nor a next section after it: the document is cut off');
  return { dataset: ds, problems };
}

/** A label with fewer letters (of any script) than other characters, or with fewer than two: OCR debris. */
function mostlyDebris(label: string): boolean {
  const text = label.replace(/\s+/g, '');
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return letters < 2 || letters * 2 < text.length;
}

interface ParsedRow {
  printedNo: number | null;
  printedRaw: string;
  ja: string;
  en: string;
  labelRaw: string;
  hospitals: Cell;
  rates: Cell[];
}

function parseRow(doc: SourceDocument, tokens: Token[], pending: Token[], periods: Period[], ds: Dataset<OwnerMeta>): ParsedRow | null {
  let k = 0;
  let printedNo: number | null = null;
  let printedRaw = joinTokens(pending);
  if (pending.length === 1 && /^[\d０-９]{1,2}$/.test(pending[0]!.text)) printedNo = Number(toHalfWidth(pending[0]!.text));
  if (tokens[0] && /^[\d０-９]{1,2}$/.test(tokens[0].text)) {
    printedNo = Number(toHalfWidth(tokens[0].text));
    printedRaw = tokens[0].text;
    k = 1;
  } else if (pending.length > 1) printedNo = null;
  while (k < tokens.length && !hasCJK(tokens[k]!.text) && !COUNT_LIKE.test(tokens[k]!.text)) k++;
  // The count follows the label: the first count-like token, or else the token after a label that matches.
  let c = tokens.findIndex((t, idx) => idx > k && COUNT_LIKE.test(t.text));
  if (c < 0) {
    for (let e = tokens.length; e > k; e--) {
      if (matchLabel(joinTokens(tokens.slice(k, e)), OWNERS)) {
        c = e;
        break;
      }
    }
  }
  if (c < 0 || c <= k) {
    addFragment(
      ds,
      doc.id,
      tokens[0]?.line ?? 0,
      joinTokens(tokens),
      note('row without a recognisable owner label', '設置者名として読めるラベルのない行'),
    );
    return null;
  }
  const labelTokens = tokens.slice(k, c);
  const labelRaw = joinTokens(labelTokens);
  const match = matchLabel(labelRaw, OWNERS);
  if (!match && mostlyDebris(labelRaw)) {
    addFragment(
      ds,
      doc.id,
      labelTokens[0]!.line,
      joinTokens(tokens),
      note('a row whose label is mostly OCR debris: no row is made of it', 'ラベルの大半がOCRの崩れである行：行として公開しない'),
    );
    return null;
  }
  const ja = match?.entry.ja ?? cleanLabel(labelRaw);
  if (match?.rule)
    ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: labelTokens[0]!.line, raw: labelRaw, value: ja, rule: match.rule });
  if (!match)
    addFragment(
      ds,
      doc.id,
      labelTokens[0]!.line,
      labelRaw,
      note('owner label not in the glossary: published with no English name', '用語集にない設置者名：英語名なしで公開'),
    );

  const countTok = tokens[c];
  let hospitals: Cell;
  if (countTok) {
    const r = readCount(countTok.text);
    hospitals = {
      value: r.value,
      status: r.status,
      raw: countTok.text,
      rule: r.rules.join('+'),
      note: r.note,
      doc: doc.id,
      line: countTok.line,
    };
  } else hospitals = missingCell(doc.id, labelTokens[0]!.line, '', MESSAGES.noCountOnRow);
  const rates = placeRates(doc.id, tokens.slice(c + 1), periods.length, labelTokens[labelTokens.length - 1]!.line);
  return { printedNo, printedRaw, ja, en: match?.entry.en ?? '', labelRaw, hospitals, rates };
}

/**
 * Places a row's cell tokens in the periods. Consecutive debris tokens form one group. With as many groups
 * as periods, by position; with fewer, only a valid first value (leftmost period) and a valid last value
 * (rightmost period) are placed, and only when debris shows where the lost values were.
 */
export function placeRates(doc: string, tokens: Token[], n: number, rowLine: number): Cell[] {
  type Group = { tokens: Token[]; cell: Cell | null };
  const groups: Group[] = [];
  for (const t of tokens) {
    const r = readRate(t.text);
    if (r.status !== 'missing') {
      groups.push({
        tokens: [t],
        cell: { value: r.value, status: r.status, raw: t.text, rule: r.rules.join('+'), note: NO_NOTE, doc, line: t.line },
      });
    } else {
      const last = groups[groups.length - 1];
      if (last && last.cell === null) last.tokens.push(t);
      else groups.push({ tokens: [t], cell: null });
    }
  }
  const debrisCell = (g: Group): Cell => {
    const raw = joinTokens(g.tokens);
    return missingCell(doc, g.tokens[0]!.line, raw, g.tokens.length === 1 ? readRate(raw).note : MESSAGES.noValidReading(raw));
  };
  if (groups.length === n) {
    return groups.map((g) => g.cell ?? debrisCell(g));
  }
  const out: Cell[] = Array.from({ length: n }, () => missingCell(doc, rowLine, '', NO_NOTE));
  const debris = groups.filter((g) => g.cell === null);
  const debrisRaw = debris.map((g) => joinTokens(g.tokens)).join(' ');
  const debrisLine = debris[0]?.tokens[0]!.line ?? rowLine;
  if (groups.length < n && debris.length > 0) {
    const first = groups[0]!;
    const last = groups[groups.length - 1]!;
    if (first.cell) out[0] = first.cell;
    if (last.cell && groups.length > 1) out[n - 1] = last.cell;
  }
  for (let p = 0; p < n; p++) {
    if (out[p]!.status !== 'missing') continue;
    out[p] = missingCell(
      doc,
      debrisLine,
      debrisRaw || joinTokens(groups.filter((g) => g.cell).flatMap((g) => g.tokens)),
      groups.length === 0
        ? MESSAGES.noRateOnRow
        : groups.length > n
          ? MESSAGES.tooManyCells(groups.length, n)
          : MESSAGES.tooFewCells(groups.length, n, debrisRaw || joinTokens(groups.flatMap((g) => g.tokens))),
    );
  }
  return out;
}
