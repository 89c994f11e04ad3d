/** The facility table: one row per category. */
import { valueCell, type TableView } from '../../display/table.ts';
import { formatDate } from '../../i18n/dates.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import { spec, type FacilityRow } from './spec.ts';
import { words } from './words.ts';

export function facilityTable(rows: FacilityRow[], lang: Lang): TableView {
  const w = words[lang];
  return {
    id: `table-${spec.id}`,
    caption: w.tableCaption(rows[0] ? formatDate(rows[0].period, lang) : ''),
    head: [w.category, w.rate],
    rows: rows.map((r) => ({ header: localName(lang, r.facility_ja, r.facility_en), cells: [valueCell(lang, spec, r, 'rate_pct')] })),
  };
}

export function describeFacility(row: FacilityRow, _field: string, lang: Lang): string {
  return localName(lang, row.facility_ja, row.facility_en);
}
