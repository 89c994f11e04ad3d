/** The case list page: texts split into plain and highlighted (revised) runs. */
import type { CaseRow } from './load.ts';

export interface Run {
  text: string;
  marked: boolean;
}

/** `0-12;20-25` → runs of the text, marked where the ranges say. */
export function runs(text: string, ranges: string): Run[] {
  const marks = ranges
    .split(';')
    .filter(Boolean)
    .map((r) => r.split('-').map(Number) as [number, number])
    .filter(([a, b]) => Number.isInteger(a) && Number.isInteger(b) && a < b)
    .sort((x, y) => x[0] - y[0]);
  const out: Run[] = [];
  let at = 0;
  for (const [a, b] of marks) {
    if (a > at) out.push({ text: text.slice(at, a), marked: false });
    if (b > Math.max(a, at)) out.push({ text: text.slice(Math.max(a, at), b), marked: true });
    at = Math.max(at, b);
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out.filter((r) => r.text !== '');
}

export interface CaseGroup {
  list: string;
  ja: string;
  en: string;
  cases: CaseRow[];
}

export function groupCases(rows: CaseRow[]): CaseGroup[] {
  const groups: CaseGroup[] = [];
  for (const r of rows) {
    let g = groups.find((x) => x.list === r.list);
    if (!g) groups.push((g = { list: r.list, ja: r.list_ja, en: r.list_en, cases: [] }));
    g.cases.push(r);
  }
  return groups;
}

/** The text a search looks in: case, notes, references and previous wording, without spaces. */
export function searchText(r: CaseRow): string {
  return [r.case_id, r.case_ja, r.note_ja, r.qa_refs, r.case_before_ja].join(' ').replace(/\s+/g, '').toLowerCase();
}
