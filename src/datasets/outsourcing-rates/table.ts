/** The outsourcing table: services × survey waves (with the hospitals answering in the column heads). */
import { valueCell, type TableView } from '../../display/table.ts';
import { formatMonthShort } from '../../i18n/dates.ts';
import { localName, t, type Lang } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/numbers.ts';
import { spec, type OutsourcingRow } from './spec.ts';
import { words } from './words.ts';

export function outsourcingTable(rows: OutsourcingRow[], lang: Lang): TableView {
  const w = words[lang];
  const years = [...new Set(rows.map((r) => r.survey_year))].sort();
  const services = [...new Map(rows.map((r) => [r.service_ja, r])).values()];
  const waves = years.map((y) => rows.find((r) => r.survey_year === y)!);
  return {
    id: `table-${spec.id}`,
    caption: w.tableCaption,
    head: [
      w.service,
      ...waves.map((r) => w.waveHead(w.wave(r.survey_year, r.survey_ja), r.respondents === null ? '—' : formatNumber(r.respondents, lang))),
    ],
    rows: services.map((s) => ({
      header: localName(lang, s.service_ja, s.service_en),
      cells: years.map((y) =>
        valueCell(
          lang,
          spec,
          rows.find((x) => x.service_ja === s.service_ja && x.survey_year === y)!,
          'rate_pct',
        ),
      ),
    })),
  };
}

/** Names a value in the list of values not simply read: `患者給食 1991年` / `Patient meals 1991`. */
export function describeOutsourcing(row: OutsourcingRow, field: string, lang: Lang): string {
  if (field === 'respondents') return t(lang).value.head(words[lang].respondentsAxis, words[lang].wave(row.survey_year, row.survey_ja));
  return `${localName(lang, row.service_ja, row.service_en)} ${formatMonthShort(String(row.survey_year), lang)}`;
}
