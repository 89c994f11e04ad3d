/**
 * How a text table is shown (the case list): items grouped by list, each with its text, notes, what a
 * revision changed (the revised passages marked) and the lines of the source it was read from. A dataset
 * builds the view; the site's component renders it, with a filter by group and a text search.
 */

/** A run of text, marked where the source underlined it. */
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

interface TextListItem {
  id: string;
  /** `new` or `revised`, with its label. */
  change: { kind: string; label: string };
  /** The number before the revision, as a phrase, or ''. */
  oldNo: string;
  /** The item's text (source language: Japanese). */
  text: string;
  /** Labelled fields under the text (notes, references), source language. */
  fields: { label: string; value: string }[];
  /** The text before and after the revision, with the revised passages marked (before is null for a new item). */
  before: Run[] | null;
  after: Run[];
  afterNote: string;
  /** A note on the text in the site's language (e.g. a repaired line break), or ''. */
  textNote: string;
  /** Lower-case text without spaces that the search looks in. */
  search: string;
  /** The lines of the source the item was read from. */
  lines: { label: string; doc: string; line: number }[];
}

interface TextListGroup {
  key: string;
  name: string;
  heading: string;
  items: TextListItem[];
}

export interface TextListView {
  /** The page's heading and the end of its description. */
  title: string;
  description: string;
  total: number;
  groups: TextListGroup[];
  /** The words of the list (filter, search, before/after …). */
  words: {
    lede: string;
    textsNote: string;
    filter: string;
    group: string;
    all: string;
    /** A choice of the filter with its number of items. */
    count: (choice: string, n: number) => string;
    search: string;
    shown: string;
    changed: string;
    before: string;
    after: string;
    newMark: string;
    notes: string;
    marked: string;
    noMatch: string;
  };
}
