/** The owner table: owners × periods, with the row number and the hospital count. */
import { valueCell, type TableView } from '../../display/table.ts';
import { formatMonthShort } from '../../i18n/dates.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import { spec, type OwnerRow } from './spec.ts';
import { words } from './words.ts';

export function ownerTable(rows: OwnerRow[], lang: Lang): TableView {
  const w = words[lang];
  const periods = [...new Set(rows.map((r) => r.period))];
  const owners = [...new Map(rows.map((r) => [r.owner_no, r])).values()];
  return {
    id: `table-${spec.id}`,
    caption: w.tableCaption,
    head: [w.owner, w.number, w.hospitals, ...periods.map(w.periodHead)],
    rows: owners.map((o) => ({
      header: localName(lang, o.owner_ja, o.owner_en),
      cells: [
        {
          text: String(o.owner_no),
          numeric: true,
          ...(o.owner_no_note ? { detail: localName(lang, o.owner_no_note_ja, o.owner_no_note) } : {}),
        },
        valueCell(lang, spec, o, 'hospitals'),
        ...periods.map((p) =>
          valueCell(
            lang,
            spec,
            rows.find((x) => x.owner_no === o.owner_no && x.period === p)!,
            'rate_pct',
          ),
        ),
      ],
    })),
  };
}

export function describeOwner(row: OwnerRow, field: string, lang: Lang): string {
  const name = localName(lang, row.owner_ja, row.owner_en);
  return field === 'hospitals' ? words[lang].hospitalsOf(name) : `${name} ${formatMonthShort(row.period, lang)}`;
}
