/** What the three context datasets share on the site's side: a table of their values with their sources, and their chart. */
import type { ChartDefinition } from '../../display/chart.ts';
import { valueCell, type TableView } from '../../display/table.ts';
import { formatDate, formatDay } from '../../i18n/dates.ts';
import { localName, t, type Lang } from '../../i18n/index.ts';
import type { SpecRow } from '../../pipeline/contract.ts';
import { defineView, type PageId } from '../view.ts';
import { contextWhen, type ContextRow, type ContextSpec } from './reader.ts';

/** The table of a context dataset: one row per value, with the source's publisher and kind. */
function contextTable(spec: ContextSpec) {
  return (rows: ContextRow[], lang: Lang): TableView => {
    const w = t(lang).context;
    return {
      id: `table-${spec.id}`,
      caption: localName(lang, spec.title_ja, spec.title),
      head: [w.item, w.value, w.source, w.kind],
      rows: rows.map((r) => ({
        header: `${localName(lang, r.series_ja, r.series_en)} ${formatDate(contextWhen(r), lang)}`,
        cells: [
          valueCell(lang, spec, r, 'value'),
          {
            text: r.source_published === 'unknown' ? r.source_publisher : w.dated(r.source_publisher, formatDay(r.source_published, lang)),
            numeric: false,
          },
          { text: r.source_kind ? w.kinds[r.source_kind] : '', numeric: false },
        ],
      })),
    };
  };
}

/** A context dataset's view: its charts (a longer view, a lead chart) and its table, on the page of the handout's dataset. */
export function contextView<S extends ContextSpec>(spec: S, page: PageId, charts: readonly ChartDefinition<ContextRow>[]) {
  // Every context spec has the columns of ContextRow (contextFields): its rows are shown as such.
  const asContext = (row: SpecRow<S>) => row as unknown as ContextRow;
  return defineView(spec, {
    page,
    charts: charts as unknown as readonly ChartDefinition<SpecRow<S>>[],
    table: (rows, lang) => contextTable(spec)(rows.map(asContext), lang),
    describe: (row, _field, lang) => {
      const r = asContext(row);
      return `${localName(lang, r.series_ja, r.series_en)} ${formatDate(contextWhen(r), lang)}`;
    },
  });
}
