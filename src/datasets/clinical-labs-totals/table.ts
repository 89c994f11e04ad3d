/** The clinical-labs table: one row per date, with the breakdowns that print the total. */
import { valueCell, type TableView } from '../../display/table.ts';
import { formatDate } from '../../i18n/dates.ts';
import type { Lang } from '../../i18n/index.ts';
import { spec, type LabsRow } from './spec.ts';
import { words } from './words.ts';

export function labsTable(rows: LabsRow[], lang: Lang): TableView {
  const w = words[lang];
  return {
    id: `table-${spec.id}`,
    caption: w.tableCaption,
    head: [w.date, w.labs, w.confirmedBy],
    rows: rows.map((r) => ({
      header: formatDate(r.date, lang),
      cells: [valueCell(lang, spec, r, 'labs'), { text: r.confirmed_by || '—', numeric: false }],
    })),
  };
}

export function describeLabs(row: LabsRow, _field: string, lang: Lang): string {
  return formatDate(row.date, lang);
}
