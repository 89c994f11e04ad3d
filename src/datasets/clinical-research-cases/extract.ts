/**
 * 臨床研究法の対象となる臨床研究等の事例集 (2019 revision) → clinical-research-cases: one row per case of the
 * revised list, from two parts of the notice: the 新旧対照表 (revised and previous wording, the revised
 * passages underlined) and the revised 事例集 printed after it (with the 留意事項 that the 新旧対照表
 * abbreviates as (略)).
 * NOTE: the notice is HTML-ish text: table rows are tab-separated cells with <p>/<u> tags, a row continues
 * on following lines cell by cell, and a page break can put a case's previous wording on a row of its own.
 */
import { emptyDataset } from '../../pipeline/dataset.ts';
import type { Extraction } from '../../pipeline/reader.ts';
import { joinNotes, note } from '../../pipeline/messages.ts';
import type { Note, SourceDocument } from '../../pipeline/types.ts';
import { spec } from './spec.ts';

/** Per document: the two printings compared (for the check). */
export interface CaseCheck {
  doc: string;
  cases: number;
  compared: number;
  mismatches: { case_id: string; revised_list: string; comparison: string }[];
  repairs: { case_id: string; part: string; at: number; text: string }[];
  missingInComparison: string[];
  /** Cases of the comparison table that the revised list lacks. */
  missingInRevisedList: string[];
}
const TITLE = '臨床研究法の対象となる臨床研究等の事例集';
const LIST_HEADING = /^(\d)\.\s*法に規定する.*?[：:]\s*(.*)$/;
const CASE_ID = /^\((\d+)-(\d+)\)\s*/;
const OLD_NO = /^\((\d+)\)\s*/;
const NEW_MARK = /^[(（]新設[)）]$/;

/** Text with the ranges (character offsets, end exclusive) that were underlined (<u>…</u>). */
export interface Marked {
  text: string;
  marks: [number, number][];
  /** Offsets where a continuation line was joined on. */
  joins?: number[];
}

/** Strips the tags of one cell, keeping where <u> was. */
export function parseCell(html: string): Marked {
  let text = '';
  const marks: [number, number][] = [];
  let open: number | null = null;
  for (const part of html.split(/(<\/?[a-zA-Z][^>]*>)/)) {
    if (/^<u\b/i.test(part)) open = text.length;
    else if (/^<\/u>/i.test(part)) {
      if (open !== null && text.length > open) marks.push([open, text.length]);
      open = null;
    } else if (!/^<\/?[a-zA-Z][^>]*>$/.test(part)) text += part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  if (open !== null && text.length > open) marks.push([open, text.length]);
  return trimMarked({ text, marks });
}

function trimMarked(m: Marked): Marked {
  const lead = m.text.length - m.text.trimStart().length;
  const text = m.text.trim();
  return {
    text,
    marks: clip(
      m.marks.map(([a, b]) => [a - lead, b - lead]),
      text.length,
    ),
  };
}

function clip(marks: [number, number][], len: number): [number, number][] {
  return marks.map(([a, b]) => [Math.max(0, a), Math.min(len, b)] as [number, number]).filter(([a, b]) => b > a);
}

/** Joins a cell and its continuation (Japanese text: no space), merging touching underlines. */
export function joinMarked(a: Marked, b: Marked): Marked {
  const text = a.text + b.text;
  const marks = [...a.marks, ...b.marks.map(([x, y]) => [x + a.text.length, y + a.text.length] as [number, number])];
  const merged: [number, number][] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return {
    text,
    marks: merged,
    joins: [...(a.joins ?? []), ...(b.text ? [a.text.length] : []), ...(b.joins ?? []).map((j) => j + a.text.length)],
  };
}

/** Removes a leading pattern (the case number) from marked text, shifting the marks. */
function dropPrefix(m: Marked, re: RegExp): Marked {
  const hit = re.exec(m.text);
  if (!hit) return m;
  const n = hit[0].length;
  return {
    text: m.text.slice(n),
    marks: clip(
      m.marks.map(([a, b]) => [a - n, b - n]),
      m.text.length - n,
    ),
    joins: (m.joins ?? []).map((j) => j - n).filter((j) => j > 0),
  };
}

/** Removes the character at `at`, shifting marks and joins. */
function dropChar(m: Marked, at: number): Marked {
  const shift = (x: number) => (x > at ? x - 1 : x);
  return {
    text: m.text.slice(0, at) + m.text.slice(at + 1),
    marks: clip(
      m.marks.map(([a, b]) => [shift(a), shift(b)]),
      m.text.length - 1,
    ),
    joins: (m.joins ?? []).map(shift),
  };
}

/**
 * Where a line break of the notice doubled a character (「である|る又は」), the other printing of the same case
 * has it once: the position is a join and dropping one of the two equal characters there makes the texts agree.
 */
function undoubleAtJoin(m: Marked, other: string): { fixed: Marked; at: number } | null {
  for (const j of m.joins ?? []) {
    if (j > 0 && m.text[j] === m.text[j - 1]) {
      const fixed = dropChar(m, j);
      if (normalise(fixed.text) === normalise(other)) return { fixed, at: j };
    }
  }
  return null;
}

const EMPTY: Marked = { text: '', marks: [] };

interface ComparedCase {
  id: string;
  line: number;
  after: Marked;
  afterNote: Marked;
  before: Marked | null;
  beforeNote: Marked | null;
  isNew: boolean;
  oldNo: string;
}

interface ListedCase {
  id: string;
  list: number;
  line: number;
  text: string;
  note: string;
  joins: number[];
}

function cellsOf(line: string): string[] {
  return line.split('\t');
}

/** The 新旧対照表: from its heading to the plain title line of the revised 事例集. */
function parseComparison(doc: SourceDocument, from: number, to: number): ComparedCase[] {
  const out: ComparedCase[] = [];
  let cur: ComparedCase | null = null;
  for (let i = from; i < to; i++) {
    const line = doc.lines[i]!;
    if (!line.includes('\t')) continue;
    const cells = cellsOf(line).map(parseCell);
    const first = cells[0]?.text ?? '';
    const id = CASE_ID.exec(first);
    if (id) {
      const beforeRaw = cells[2] ?? EMPTY;
      const isNew = NEW_MARK.test(beforeRaw.text);
      const old = OLD_NO.exec(beforeRaw.text);
      cur = {
        id: `${id[1]}-${id[2]}`,
        line: i + 1,
        after: dropPrefix(cells[0]!, CASE_ID),
        afterNote: cells[1] ?? EMPTY,
        before: isNew || !beforeRaw.text ? null : dropPrefix(beforeRaw, OLD_NO),
        beforeNote: isNew ? null : (cells[3] ?? null),
        isNew,
        oldNo: old ? `${id[1]}-(${old[1]})` : '',
      };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const old = OLD_NO.exec(first);
    if (old && !cur.before && !cur.isNew && cells.length <= 2) {
      // A page break put the previous wording on a row of its own.
      cur.before = dropPrefix(cells[0]!, OLD_NO);
      cur.beforeNote = cells[1] ?? null;
      cur.oldNo = `${cur.id.split('-')[0]}-(${old[1]})`;
      continue;
    }
    if (/^(\d\.\s*法に規定する|事例$|リスト$)/.test(first)) continue;
    // A continuation row: each cell continues the cell above it.
    if (cells[0]?.text) cur.after = joinMarked(cur.after, cells[0]);
    if (cells[1]?.text) cur.afterNote = joinMarked(cur.afterNote, cells[1]);
    if (cells[2]?.text && cur.before) cur.before = joinMarked(cur.before, cells[2]);
    if (cells[3]?.text && cur.beforeNote) cur.beforeNote = joinMarked(cur.beforeNote, cells[3]);
  }
  return out;
}

/** The revised 事例集: its lists (1. …特定リスト, 2. …, 3. …) and their cases with notes. */
function parseRevisedList(
  doc: SourceDocument,
  from: number,
  to: number,
): { cases: ListedCase[]; lists: Map<number, string>; notes: { line: number; text: string }[] } {
  const cases: ListedCase[] = [];
  const lists = new Map<number, string>();
  const notes: { line: number; text: string }[] = [];
  let list = 0;
  let cur: ListedCase | null = null;
  for (let i = from; i < to; i++) {
    const line = doc.lines[i]!;
    const plain = parseCell(line.replace(/\t/g, ' ')).text;
    if (!line.includes('\t')) {
      const h = LIST_HEADING.exec(plain);
      if (h) {
        list = Number(h[1]);
        lists.set(list, h[2]!.trim());
        cur = null;
      } else if (plain && list === 0 && plain !== TITLE) notes.push({ line: i + 1, text: plain });
      continue;
    }
    const cells = cellsOf(line).map((c) => parseCell(c).text);
    const id = CASE_ID.exec(cells[0] ?? '');
    if (id) {
      cur = {
        id: `${id[1]}-${id[2]}`,
        list: list || Number(id[1]),
        line: i + 1,
        text: (cells[0] ?? '').replace(CASE_ID, ''),
        note: cells[1] ?? '',
        joins: [],
      };
      cases.push(cur);
    } else if (cur && cells[0] !== '事例') {
      if (cells[0]) cur.joins.push(cur.text.length);
      cur.text += cells[0] ?? '';
      cur.note += cells[1] ?? '';
    }
  }
  return { cases, lists, notes };
}

/** The lists, known by the name their heading ends with (特定リスト, 臨床研究リスト, 対象外リスト). */
const LISTS: { heading: RegExp; code: string; ja: string; en: string }[] = [
  { heading: /^特定/, code: 'specified', ja: '特定臨床研究', en: 'Specified clinical research' },
  { heading: /^臨床研究/, code: 'clinical-research', ja: '臨床研究', en: 'Clinical research' },
  { heading: /^対象外/, code: 'not-covered', ja: '対象外', en: 'Not covered by the Act' },
];

function listInfo(n: number, heading: string): { code: string; ja: string; en: string } {
  return LISTS.find((l) => l.heading.test(heading)) ?? { code: `list-${n}`, ja: heading, en: '' };
}

/** The numbers each list (`2-1`, `2-2` …) skips, from 1 to its highest. */
function numberingGaps(ids: string[]): string[] {
  const byList = new Map<string, Set<number>>();
  for (const id of ids) {
    const [list, n] = id.split('-');
    byList.set(list!, (byList.get(list!) ?? new Set()).add(Number(n)));
  }
  const gaps: string[] = [];
  for (const [list, ns] of byList) for (let n = 1; n < Math.max(...ns); n++) if (!ns.has(n)) gaps.push(`${list}-${n}`);
  return gaps;
}

/** `(QAその1問2-1参照)` → `QAその1問2-1`; several are joined with "; ". */
export function qaRefs(note: string): string {
  const refs = [...note.replace(/\s+/g, '').matchAll(/QAその(\d+)問(\d+(?:-\d+)?)/g)].map((m) => `QAその${m[1]}問${m[2]}`);
  return [...new Set(refs)].join('; ');
}

function normalise(s: string): string {
  return s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

function ranges(marks: [number, number][]): string {
  return marks.map(([a, b]) => `${a}-${b}`).join(';');
}

const COMPARISON_HEADING = /^\s*新旧対照表\s*$/;

export function extractClinicalResearchCases(doc: SourceDocument): Extraction<CaseCheck> | null {
  const cmpStart = doc.lines.findIndex((l) => COMPARISON_HEADING.test(l));
  if (cmpStart < 0) return null;
  const ds = emptyDataset<CaseCheck>(spec.id);
  const listStart = doc.lines.findIndex((l, i) => i > cmpStart && !l.includes('\t') && parseCell(l).text === TITLE);
  if (listStart < 0) {
    return {
      dataset: ds,
      problems: [`the revised case list (its title, ${TITLE}) does not follow the comparison table: the document is cut off`],
    };
  }
  const compared = parseComparison(doc, cmpStart + 1, listStart);
  // The revised list runs to the end of the notice, or to the next 新旧対照表: a second copy of the notice in the
  // same document is not more cases of this one (the pipeline refuses it as the table printed twice).
  const next = doc.lines.findIndex((l, i) => i > listStart && COMPARISON_HEADING.test(l));
  const { cases, lists, notes } = parseRevisedList(doc, listStart + 1, next < 0 ? doc.lines.length : next);
  for (const n of notes) ds.notes.push({ doc: doc.id, line: n.line, text: n.text });
  const mismatches: { case_id: string; revised_list: string; comparison: string }[] = [];
  const repairs: { case_id: string; part: string; at: number; text: string }[] = [];
  for (const c of cases) {
    const cmp = compared.find((x) => x.id === c.id);
    let listText = c.text.trim();
    if (cmp && normalise(cmp.after.text) !== normalise(listText)) {
      const inCmp = undoubleAtJoin(cmp.after, listText);
      const inList = undoubleAtJoin({ text: c.text, marks: [], joins: c.joins }, cmp.after.text);
      if (inCmp) {
        repairs.push({ case_id: c.id, part: '新旧対照表', at: inCmp.at, text: cmp.after.text });
        cmp.after = inCmp.fixed;
      } else if (inList) {
        repairs.push({ case_id: c.id, part: '事例集', at: inList.at, text: c.text });
        listText = inList.fixed.text.trim();
      }
    }
    // NOTE: a lone "/" in the notes column is a cell the notice left empty.
    const note = c.note.trim() === '/' ? '' : c.note.trim();
    const caseJa = cmp ? cmp.after.text : c.text.trim();
    if (cmp && normalise(cmp.after.text) !== normalise(listText))
      mismatches.push({ case_id: c.id, revised_list: listText, comparison: cmp.after.text });
    const info = listInfo(c.list, lists.get(c.list) ?? '');
    ds.rows.push({
      keys: {
        case_id: c.id,
        list: info.code,
        list_ja: info.ja,
        list_en: info.en,
        list_heading_ja: lists.get(c.list) ?? '',
        case_ja: caseJa,
        note_ja: note,
        qa_refs: qaRefs(note),
        change: cmp ? (cmp.isNew ? 'new' : 'revised') : '',
        old_no: cmp?.oldNo ?? '',
        case_before_ja: cmp?.before?.text ?? '',
        case_underline: cmp ? ranges(cmp.after.marks) : '',
        case_before_underline: cmp?.before ? ranges(cmp.before.marks) : '',
        note_revised_ja: cmp && cmp.afterNote.text && !/^[(（]略[)）]$/.test(cmp.afterNote.text) ? cmp.afterNote.text : '',
        source_doc: doc.id,
        source_line: c.line,
        comparison_line: cmp?.line ?? null,
      },
      cells: {},
    });
  }
  for (const r of ds.rows) {
    const id = r.keys.case_id;
    const notes: Note[] = [];
    for (const x of repairs.filter((y) => y.case_id === id)) {
      notes.push(
        note(
          `a character doubled at a line break of the ${x.part === '新旧対照表' ? '新旧対照表' : '事例集'} was dropped (the other printing has it once)`,
          `${x.part === '新旧対照表' ? '新旧対照表' : '事例集'}の改行で重なった文字を一つ削除（もう一方の印刷では一つ）。`,
        ),
      );
    }
    if (mismatches.some((m) => m.case_id === id))
      notes.push(
        note(
          'the 新旧対照表 and the revised 事例集 print this case differently; the 新旧対照表 wording is published, the other is in quality.json',
          '新旧対照表と改正後の事例集で文言が異なる。新旧対照表の文言を公開し、もう一方はquality.jsonに記録。',
        ),
      );
    const joined = joinNotes(notes);
    r.keys.text_note = joined.en;
    r.keys.text_note_ja = joined.ja;
  }
  const missingInRevisedList = compared.filter((x) => !cases.some((c) => c.id === x.id)).map((x) => x.id);
  ds.meta.push({
    doc: doc.id,
    cases: cases.length,
    compared: compared.length,
    mismatches,
    repairs,
    missingInComparison: cases.filter((c) => !compared.some((x) => x.id === c.id)).map((c) => c.id),
    missingInRevisedList,
  });
  const problems: string[] = [];
  if (cases.length === 0) problems.push('no case could be read in the revised case list');
  // The two printings name the same cases: one the revised list lacks means the list was cut short.
  if (missingInRevisedList.length)
    problems.push(`the comparison table has cases the revised list lacks (${missingInRevisedList.join(', ')}): the list is cut off`);
  const gaps = numberingGaps(cases.map((c) => c.id));
  if (gaps.length) problems.push(`the case numbers skip: ${gaps.join(', ')} missing`);
  return { dataset: ds, problems };
}
