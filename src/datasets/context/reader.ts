/**
 * What the three context datasets share on the pipeline's side: a context dataset is a spec from its series
 * names (the columns of src/pipeline/context.ts), whose rows are the values its supplements state
 * (data/supplements/<id>.csv, the format of every supplement).
 */
import { contextFields, contextRow, type PeriodPrecision, type SeriesNames } from '../../pipeline/context.ts';
import { defineSpec, type SpecRow, type VALUE_KINDS } from '../../pipeline/contract.ts';
import { defineReader } from '../reader.ts';

export interface ContextOptions<I extends string> {
  id: I;
  title: string;
  title_ja: string;
  description: string;
  kind: keyof typeof VALUE_KINDS;
  value: { title: string; title_ja: string; description: string };
  series: SeriesNames;
  /** The precision of its `period` column (the day, where a source gives one, goes to `period_date`). */
  period: PeriodPrecision;
}

export function contextSpec<const I extends string>(o: ContextOptions<I>) {
  return defineSpec({
    id: o.id,
    title: o.title,
    title_ja: o.title_ja,
    description: o.description,
    primary: 'value',
    primaryKey: ['series', 'period'],
    fields: contextFields(o.series, o.kind, o.value, o.period),
  });
}

export type ContextSpec = ReturnType<typeof contextSpec<string>>;
export type ContextRow = SpecRow<ContextSpec>;

/** A context dataset's reader: no document holds it; a row for each value its supplements state. */
export function contextReader<S extends ContextSpec>(spec: S, o: Pick<ContextOptions<string>, 'series' | 'period'>) {
  return defineReader({ spec, extract: () => null, rowFor: contextRow(o.series, o.period) });
}

/** The most precise date a source gives for a context value: its day, else its period. */
export function contextWhen(r: { period: string; period_date?: string | null }): string {
  return r.period_date || r.period;
}
