/**
 * 衛生検査所の推移 → clinical-labs-totals: the number of registered clinical laboratories on each date.
 * The table has breakdowns ((1)経営主体別, (2)従事者数別 …) whose rows are dates (`19.1.1` = 平成19年1月1日);
 * those with a 合計 column print the total. A total is taken from a row only where it is certain (see
 * `totalCandidate`) and is confirmed across the breakdowns that print it; values whose column cannot be
 * told are kept as fragments, not published.
 */
import { addFragment, emptyDataset } from '../../pipeline/dataset.ts';
import { note } from '../../pipeline/messages.ts';
import { eraToWestern, formatEraYear, type Era } from '../../pipeline/eras.ts';
import { matchLabel } from '../../pipeline/labels.ts';
import { findLine, joinTokens, SECTION_HEADING, tokensOf, type Token } from '../../pipeline/lines.ts';
import { parseCount } from '../../pipeline/numbers.ts';
import type { Extraction } from '../../pipeline/reader.ts';
import type { Cell, SourceDocument, Status } from '../../pipeline/types.ts';
import { LAB_BREAKDOWNS } from './glossary.ts';
import { spec } from './spec.ts';
const HEADING = /衛生検査所の推移/;
const BREAKDOWN = /^\s*[(（]\s*(\d)\s*[)）]\s*(\S+別)\s*$/;
const DATE_ROW = /^\s*(\d{1,2})\s*[._\s]\s*(\d{1,2})\s*[._\s]\s*(\d{1,2})(?=\s|$)(.*)$/;
const NOTE = /^\s*[(（]\s*注\s*[)）]/;
const TOTAL_HEADER = /合\s*[計‖|]/;

interface Candidate {
  breakdown: string;
  value: number;
  raw: string;
  line: number;
  /** strong: ≥2 values and the last is at least the sum of the others; weak: a lone value. */
  strength: 'strong' | 'weak';
}

/** The total of one date as decided, with every candidate the breakdowns printed (for the checks). */
interface TotalCheck {
  date: string;
  value: number | null;
  status: Status;
  candidates: { breakdown: string; value: number; line: number; strength: 'strong' | 'weak'; agrees: boolean }[];
  strong: number;
}

/** Per document: the totals with their candidates, and the breakdowns found. */
export interface LabsMeta {
  doc: string;
  totals: TotalCheck[];
  breakdowns: { ja: string; en: string; line: number; hasTotal: boolean }[];
}

interface DateRow {
  date: string;
  dateJa: string;
  line: number;
  tokens: Token[];
  continued: boolean;
}

/**
 * The total of a single-line row of a breakdown with a 合計 column: its last value, when every token is a
 * plain count (stray rules `|` aside) and the last is at least the sum of the others. A lone value is weak:
 * it could stand in any column, so it counts only where another breakdown confirms it.
 */
export function totalCandidate(tokens: Token[]): { value: number; token: Token; strength: 'strong' | 'weak' } | null {
  const values = tokens.filter((t) => !/^[|‖｜]$/.test(t.text));
  if (values.length === 0) return null;
  const counts = values.map((t) => parseCount(t.text));
  if (counts.some((c) => c === null)) return null;
  const nums = counts as number[];
  const last = nums[nums.length - 1]!;
  const others = nums.slice(0, -1).reduce((a, b) => a + b, 0);
  if (nums.length === 1) return { value: last, token: values[values.length - 1]!, strength: 'weak' };
  if (last < others) return null;
  return { value: last, token: values[values.length - 1]!, strength: 'strong' };
}

export function extractClinicalLabs(doc: SourceDocument, era: Era): Extraction<LabsMeta> | null {
  const start = findLine(doc, HEADING);
  if (start < 0) return null;
  let end = findLine(doc, SECTION_HEADING, start + 1);
  // NOTE: the table ends at the next section; without one, the document was cut inside it.
  const cutOff = end < 0;
  if (end < 0) end = doc.lines.length;
  const ds = emptyDataset<LabsMeta>(spec.id);
  const candidates = new Map<string, Candidate[]>();
  const dates = new Map<string, string>();
  const dateLines = new Map<string, number>();
  const breakdowns: { ja: string; en: string; line: number; hasTotal: boolean }[] = [];
  const numbers: number[] = [];

  let i = start + 1;
  while (i < end) {
    const head = BREAKDOWN.exec(doc.lines[i]!);
    if (!head) {
      i++;
      continue;
    }
    numbers.push(Number(head[1]));
    const label = head[2]!;
    const m = matchLabel(label, LAB_BREAKDOWNS);
    const name = m?.entry.ja ?? label;
    let j = i + 1;
    const header: string[] = [];
    const rows: DateRow[] = [];
    let inNote = false;
    for (; j < end && !BREAKDOWN.test(doc.lines[j]!); j++) {
      const text = doc.lines[j]!;
      if (!text.trim()) continue;
      if (NOTE.test(text)) inNote = true;
      if (inNote) {
        ds.notes.push({ doc: doc.id, line: j + 1, text: `(${head[1]})${name}: ${text.trim()}` });
        continue;
      }
      const d = DATE_ROW.exec(text);
      const month = d ? Number(d[2]) : 0;
      const day = d ? Number(d[3]) : 0;
      if (d && Number(d[1]) >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        const year = eraToWestern(era.name, Number(d[1]));
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        dates.set(iso, `${formatEraYear(year)}${month}月${day}日`);
        if (!dateLines.has(iso)) dateLines.set(iso, j + 1);
        rows.push({ date: iso, dateJa: dates.get(iso)!, line: j + 1, tokens: tokensOf(d[4]!, j + 1), continued: false });
      } else if (rows.length === 0) {
        header.push(text.trim());
      } else {
        const last = rows[rows.length - 1]!;
        last.continued = true;
        last.tokens.push(...tokensOf(text, j + 1));
      }
    }
    const hasTotal = TOTAL_HEADER.test(header.join(' '));
    breakdowns.push({ ja: name, en: m?.entry.en ?? '', line: i + 1, hasTotal });
    for (const row of rows) {
      const c = hasTotal && !row.continued ? totalCandidate(row.tokens) : null;
      if (c) {
        const list = candidates.get(row.date) ?? [];
        list.push({ breakdown: name, value: c.value, raw: c.token.text, line: c.token.line, strength: c.strength });
        candidates.set(row.date, list);
      }
      const rest = c ? row.tokens.filter((t) => t !== c.token) : row.tokens;
      if (rest.length > 0) {
        addFragment(
          ds,
          doc.id,
          row.line,
          `${row.dateJa} ${name}: ${joinTokens(rest)}`,
          row.continued
            ? note(
                'the row runs over several lines with OCR debris: no value can be placed in a column',
                '行がOCRの崩れとともに複数行にわたり、どの値もどの列のものか決められない',
              )
            : note(
                'the column of each value cannot be told: the row has fewer values than the table has columns, or its header is illegible',
                '値がどの列のものか決められない（行の値の数が列の数より少ないか、列見出しが読めない）',
              ),
        );
      }
    }
    i = j;
  }

  const checks: TotalCheck[] = [];
  for (const [date, dateJa] of dates) {
    const list = candidates.get(date) ?? [];
    const cell = decideTotal(doc.id, list, dateLines.get(date)!);
    const strong = list.filter((c) => c.strength === 'strong');
    ds.rows.push({
      keys: {
        date,
        date_ja: dateJa,
        confirmed_by:
          cell.value === null
            ? ''
            : list
                .filter((c) => c.value === cell.value)
                .map((c) => c.breakdown)
                .join('; '),
      },
      cells: { labs: cell },
    });
    checks.push({
      date,
      value: cell.value,
      status: cell.status,
      candidates: list.map((c) => ({
        breakdown: c.breakdown,
        value: c.value,
        line: c.line,
        strength: c.strength,
        agrees: c.value === cell.value,
      })),
      strong: strong.length,
    });
  }
  ds.meta.push({ doc: doc.id, totals: checks, breakdowns });
  const problems: string[] = [];
  if (numbers.length === 0) problems.push('no breakdown ((1)…別) could be read under its heading');
  else if (numbers.some((n, k) => n !== k + 1))
    problems.push(`its breakdowns are numbered ${numbers.map((n) => `(${n})`).join(' ')}, not (1) onwards without a gap`);
  if (numbers.length && dates.size === 0) problems.push('no date row (19.1.1 …) could be read in its breakdowns');
  if (cutOff) problems.push('it runs to the end of the document with no next section after it: the document is cut off');
  return { dataset: ds, problems };
}

/** Strong candidates that all agree give the total; otherwise weak ones agreeing across two breakdowns do. */
function decideTotal(doc: string, list: Candidate[], dateLine: number): Cell {
  const strong = list.filter((c) => c.strength === 'strong');
  const values = new Set(strong.map((c) => c.value));
  let chosen: number | null = null;
  if (values.size === 1) chosen = strong[0]!.value;
  else if (values.size === 0) {
    const weak = new Map<number, Set<string>>();
    for (const c of list) weak.set(c.value, (weak.get(c.value) ?? new Set()).add(c.breakdown));
    const confirmed = [...weak].filter(([, b]) => b.size >= 2);
    if (confirmed.length === 1) chosen = confirmed[0]![0];
  }
  if (chosen === null) {
    const raw = list.map((c) => c.raw).join(' | ');
    const listed = (cs: Candidate[], sep: string) => cs.map((c) => `${c.breakdown} ${c.value}`).join(sep);
    const why =
      values.size > 1
        ? note(`the breakdowns disagree: ${listed(strong, ', ')}`, `内訳表によって合計が異なる（${listed(strong, '、')}）`)
        : list.length
          ? note(
              `only an unconfirmed lone value (${listed(list, ', ')}); its column cannot be told`,
              `他の内訳表で確かめられない単独の値しかなく（${listed(list, '、')}）、どの列の値か決められない`,
            )
          : note(
              'no breakdown prints a total for this date that can be told from the other columns',
              'この日付の合計を、他の列と区別して読める内訳表がない',
            );
    return { value: null, status: 'missing', raw, rule: '', note: why, doc, line: list[0]?.line ?? dateLine };
  }
  const first = list.find((c) => c.value === chosen)!;
  const agreeing = list.filter((c) => c.value === chosen);
  return {
    value: chosen,
    status: 'read',
    raw: first.raw,
    rule: '',
    note:
      agreeing.length > 1
        ? note(`printed alike in ${agreeing.length} breakdowns`, `${agreeing.length}つの内訳表で同じ値`)
        : note('printed in one breakdown only', '一つの内訳表にのみ印刷'),
    doc,
    line: first.line,
  };
}
