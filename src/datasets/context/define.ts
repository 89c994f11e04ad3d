/**
 * What the three context datasets share: a context dataset is a spec from its series names (the columns of
 * src/pipeline/context.ts), rows read from data/supplements/<id>.csv, a table of its values with their
 * sources, and a "longer view" chart that draws them beside the handout's own values of the same series.
 */
import { contextFields, readContext, type SeriesNames } from '../../pipeline/context.ts';
import { defineSpec, type SpecRow, type VALUE_KINDS } from '../../pipeline/contract.ts';
import type { Lang } from '../../i18n/index.ts';
import { formatDate } from '../../i18n/dates.ts';
import { localName, t } from '../../i18n/index.ts';
import { valueCell, type TableView } from '../../display/table.ts';
import type { ChartDefinition } from '../../display/chart.ts';
import { defineDataset } from '../definition.ts';
import type { PageId } from '../definition.ts';

export interface ContextOptions<I extends string> {
  id: I;
  page: PageId;
  title: string;
  title_ja: string;
  description: string;
  kind: keyof typeof VALUE_KINDS;
  value: { title: string; title_ja: string; description: string };
  series: SeriesNames;
}

export function contextSpec<const I extends string>(o: ContextOptions<I>) {
  return defineSpec({
    id: o.id,
    title: o.title,
    title_ja: o.title_ja,
    description: o.description,
    primary: 'value',
    primaryKey: ['series', 'period'],
    fields: contextFields(o.series, o.kind, o.value),
  });
}

export type ContextSpec = ReturnType<typeof contextSpec<string>>;
export type ContextRow = SpecRow<ContextSpec>;

/** The table of a context dataset: one row per value, with the source's publisher and kind. */
export function contextTable(spec: ContextSpec) {
  return (rows: ContextRow[], lang: Lang): TableView => {
    const w = t(lang).context;
    return {
      id: `table-${spec.id}`,
      caption: localName(lang, spec.title_ja, spec.title),
      head: [w.value, w.source, w.kind],
      rows: rows.map((r) => ({
        header: `${localName(lang, r.series_ja, r.series_en)} ${formatDate(r.period, lang)}`,
        cells: [
          valueCell(lang, spec, r, 'value'),
          { text: `${r.source_publisher}${r.source_published === 'unknown' ? '' : ` (${r.source_published})`}`, numeric: false },
          { text: w.kinds[r.source_kind], numeric: false },
        ],
      })),
    };
  };
}

/** A context dataset: its spec, its rows from its own file of sources (no document holds it), its chart and table. */
export function contextDataset<S extends ContextSpec>(spec: S, o: ContextOptions<string>, chart: ChartDefinition<ContextRow>) {
  // Every context spec has the columns of ContextRow (contextFields): its rows are read as such.
  const asContext = (row: SpecRow<S>) => row as unknown as ContextRow;
  const valueDef = spec.fields.find((f) => f.name === 'value')!;
  return defineDataset({
    spec,
    extract: () => null,
    fromSupplements: (text, file) => readContext(spec.id, text, file, o.series, valueDef),
    page: o.page,
    charts: [chart as unknown as ChartDefinition<SpecRow<S>>],
    table: (rows: SpecRow<S>[], lang: Lang): TableView => contextTable(spec)(rows.map(asContext), lang),
    describe: (row, _field, lang) => {
      const r = asContext(row);
      return `${localName(lang, r.series_ja, r.series_en)} ${formatDate(r.period, lang)}`;
    },
  });
}
