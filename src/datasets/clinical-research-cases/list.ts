/** The case list as a text list: grouped by list, each case with its notes, what changed in the revision and its lines. */
import { runs, type TextListView } from '../../display/text-list.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import type { CaseRow } from './spec.ts';
import { words } from './words.ts';

/** The text a search looks in: case, notes, references and previous wording, without spaces. */
function searchText(r: CaseRow): string {
  return [r.case_id, r.case_ja, r.note_ja, r.qa_refs, r.case_before_ja].join(' ').replace(/\s+/g, '').toLowerCase();
}

/** The list in a language; the year of the revision comes from the notice's date (`2019-03-28` → 2019). */
export function caseListView(rows: CaseRow[], lang: Lang, ctx: { title: string; date: string }): TextListView {
  const w = words[lang];
  const year = ctx.date.slice(0, 4);
  const groups: TextListView['groups'] = [];
  for (const r of rows) {
    let g = groups.find((x) => x.key === r.list);
    if (!g)
      groups.push(
        (g = {
          key: r.list,
          name: localName(lang, r.list_ja, r.list_en),
          heading: w.listHeading(localName(lang, r.list_ja, r.list_en), r.list_heading_ja, r.list_ja),
          items: [],
        }),
      );
    g.items.push({
      id: r.case_id,
      change: { kind: r.change, label: r.change === 'new' ? w.new : w.revised },
      oldNo: r.old_no ? w.oldNo(r.old_no) : '',
      text: r.case_ja,
      fields: [{ label: w.notes, value: r.note_ja || w.none }, ...(r.qa_refs ? [{ label: w.refs, value: r.qa_refs }] : [])],
      before: r.change === 'new' ? null : runs(r.case_before_ja, r.case_before_underline),
      after: runs(r.case_ja, r.case_underline),
      afterNote: r.note_revised_ja,
      textNote: localName(lang, r.text_note_ja, r.text_note),
      search: searchText(r),
      lines: [
        ...(r.source_line !== null ? [{ label: w.sourceLine, doc: r.source_doc, line: r.source_line }] : []),
        ...(r.comparison_line !== null ? [{ label: w.comparisonLine, doc: r.source_doc, line: r.comparison_line }] : []),
      ],
    });
  }
  return {
    title: w.title(ctx.title, year),
    description: w.description(rows.length),
    total: rows.length,
    groups,
    words: {
      lede: w.lede(
        rows.length,
        groups.map((g) => w.group(g.name, g.items.length)),
      ),
      textsNote: w.textsNote,
      filter: w.filter,
      group: w.list,
      all: w.all,
      count: w.count,
      search: w.search,
      shown: w.shown,
      changed: w.changed(year),
      before: w.before,
      after: w.after,
      newMark: w.newMark,
      notes: w.notes,
      marked: w.marked,
      noMatch: w.noMatch,
    },
  };
}
