/**
 * 医療機関設置主体別価格妥結状況 → price-agreement-by-owner: per hospital owner (printed row number, name,
 * number of hospitals) the agreement rate in each period of the header (`H22.6 H22.9 H22.12`).
 * NOTE: in the 2011 handout rows run over several lines, row numbers are partly lost, and some cells are
 * OCR debris (`ｎ υ`, `441141`): those stay missing with their raw text.
 */
import { emptyDataset, type Dataset, type Row } from '../dataset.ts';
import { eraToWestern, isoMonth } from '../eras.ts';
import { OWNERS } from '../glossary.ts';
import { cleanLabel, matchLabel } from '../labels.ts';
import { toHalfWidth } from '../numbers.ts';
import { readCount, readRate } from '../repair.ts';
import { missingCell, type Cell, type SourceDocument } from '../types.ts';
import { findLine, hasCJK, joinTokens, SECTION_HEADING, tokensOf, type Token } from './common.ts';

export const OWNER_ID = 'price-agreement-by-owner';
const HEADING = /設置主体別価格妥結状況/;
const PERIOD = /([HRＨ])\s*(\d{1,2})\s*[.．]\s*(\d{1,2})/g;
const NUMBER_LINE = /^\s*[\d０-９．.]{1,3}\s*$/;
// A count in parentheses: "(" then a digit, or then a lone letter that OCR made of a digit ("(D"); or a circled digit.
const COUNT_LIKE = /^[(（]([\d０-９]|[A-Za-z](?![A-Za-z]))|^[①-⑳]$/;

interface Period {
  period: string;
  periodJa: string;
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

export function extractOwner(doc: SourceDocument): Dataset | null {
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
  if (headerIdx < 0) return null;
  const ds = emptyDataset(OWNER_ID);
  for (let i = heading + 1; i < headerIdx; i++) {
    const t = doc.lines[i]!.trim();
    if (/[(（].*(対象|単位)/.test(t)) ds.notes.push({ doc: doc.id, line: i + 1, text: t });
  }

  // Group the body into rows: a row starts at a printed row number or a known owner label.
  const groups: { pending: Token[]; tokens: Token[]; line: number }[] = [];
  let pending: Token[] = [];
  let i = headerIdx + 1;
  for (; i < doc.lines.length; i++) {
    const text = doc.lines[i]!;
    if (!text.trim()) continue;
    if (/^\s*[※＊]/.test(text)) break;
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
  if (pending.length) ds.fragments.push({ dataset: ds.id, doc: doc.id, line: pending[0]!.line, raw: joinTokens(pending), reason: 'stray row-number debris after the last row' });

  let expected = 0;
  let numbered = false;
  for (const g of groups) {
    const row = parseRow(doc, g.tokens, g.pending, periods, ds);
    if (!row) continue;
    // Row numbers run 1, 2, 3 … after the unnumbered all-hospitals row; a lost or misread one is taken from
    // the sequence and the printed text kept.
    let no: number;
    let noNote = '';
    if (!numbered && row.printedNo === null && ds.rows.length === 0) no = 0;
    else {
      expected += 1;
      no = expected;
      numbered = true;
      if (row.printedNo === null) noNote = row.printedRaw ? `row number printed as "${row.printedRaw}"; taken from the sequence` : 'row number not in the text; taken from the sequence';
      else if (row.printedNo !== expected) noNote = `row number read as ${row.printedNo}; taken from the sequence`;
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
          owner_no_note: noNote,
        },
        cells: { rate_pct: row.rates[p]!, hospitals: row.hospitals },
      };
      ds.rows.push(r);
    }
  }
  ds.meta.periods = periods;
  return ds.rows.length ? ds : null;
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

function parseRow(doc: SourceDocument, tokens: Token[], pending: Token[], periods: Period[], ds: Dataset): ParsedRow | null {
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
    ds.fragments.push({ dataset: ds.id, doc: doc.id, line: tokens[0]?.line ?? 0, raw: joinTokens(tokens), reason: 'row without a recognisable owner label' });
    return null;
  }
  const labelTokens = tokens.slice(k, c);
  const labelRaw = joinTokens(labelTokens);
  const match = matchLabel(labelRaw, OWNERS);
  const ja = match?.entry.ja ?? cleanLabel(labelRaw);
  if (match?.rule) ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: labelTokens[0]!.line, raw: labelRaw, value: ja, rule: match.rule });
  if (!match) ds.fragments.push({ dataset: ds.id, doc: doc.id, line: labelTokens[0]!.line, raw: labelRaw, reason: 'owner label not in the glossary: published with no English name' });

  const countTok = tokens[c];
  let hospitals: Cell;
  if (countTok) {
    const r = readCount(countTok.text);
    hospitals = { value: r.value, status: r.status, raw: countTok.text, rule: r.rules.join('+'), note: r.note, doc: doc.id, line: countTok.line };
  } else hospitals = missingCell(doc.id, labelTokens[0]!.line, '', 'no hospital count on the row');
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
      groups.push({ tokens: [t], cell: { value: r.value, status: r.status, raw: t.text, rule: r.rules.join('+'), note: '', doc, line: t.line } });
    } else {
      const last = groups[groups.length - 1];
      if (last && last.cell === null) last.tokens.push(t);
      else groups.push({ tokens: [t], cell: null });
    }
  }
  const debrisCell = (g: Group, note: string): Cell => {
    const raw = joinTokens(g.tokens);
    const single = g.tokens.length === 1 ? readRate(raw).note : '';
    return missingCell(doc, g.tokens[0]!.line, raw, single || note);
  };
  if (groups.length === n) {
    return groups.map((g) => g.cell ?? debrisCell(g, `no valid reading of "${joinTokens(g.tokens)}"`));
  }
  const out: Cell[] = Array.from({ length: n }, () => missingCell(doc, rowLine, '', ''));
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
        ? 'no rate printed on the row'
        : groups.length > n
          ? `${groups.length} cells for ${n} periods: which value belongs to which period cannot be told`
          : `${groups.length} of ${n} cells legible as separate values: which period "${debrisRaw || joinTokens(groups.flatMap((g) => g.tokens))}" belongs to cannot be told`,
    );
  }
  return out;
}
