/**
 * A dataset's view: the site's half of a dataset folder (the page it is shown on, its charts, its table, how
 * one of its values is named). Typed by the row of its spec, so charts and tables are checked against the
 * columns of the CSV. The pipeline never imports a view.
 */
import type { ChartDefinition } from '../display/chart.ts';
import type { TableView } from '../display/table.ts';
import type { TextListView } from '../display/text-list.ts';
import type { Lang, SiteWords } from '../i18n/index.ts';
import type { DatasetSpec, SpecRow } from '../pipeline/contract.ts';

/** The pages of the site that show datasets (their words are in the site's dictionaries). */
export type PageId = keyof SiteWords['pages'];

export interface DatasetView<S extends DatasetSpec> {
  /** The dataset page it is shown on (several datasets may share one). */
  page: PageId;
  /** Its charts, in the order the page shows them. */
  charts: readonly ChartDefinition<SpecRow<S>>[];
  /** Its values as a table. */
  table?: (rows: SpecRow<S>[], lang: Lang) => TableView;
  /** A text table instead: its items as a list with a filter and a search (the page's title and the document's date given). */
  list?: (rows: SpecRow<S>[], lang: Lang, ctx: { title: string; date: string }) => TextListView;
  /** Names one value of a row, for the list of values not simply read (`市町村の病院数`, `市町村 2010年12月`). */
  describe: (row: SpecRow<S>, field: string, lang: Lang) => string;
}

/** A view of the dataset whose spec is given (the spec only types it). */
export function defineView<S extends DatasetSpec>(_spec: S, v: DatasetView<S>): DatasetView<S> {
  return v;
}
