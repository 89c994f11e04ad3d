/**
 * What the pipeline needs of a dataset: its spec (the contract of its CSV), how to find and read its table in
 * a document, and the checks that compare the table with itself. Each dataset under src/datasets/ provides
 * one; the pipeline runs them without knowing any of them by name.
 */
import type { DatasetSpec } from './contract.ts';
import type { Dataset } from './dataset.ts';
import type { Era } from './eras.ts';
import type { RowFor } from './fixes.ts';
import type { SourceDocument } from './types.ts';
import type { Check } from './quality.ts';

interface ExtractContext {
  /** The era of years printed without one (`19.1.1`): that of the document's date. */
  era: Era;
}

export interface Extraction<M = unknown> {
  dataset: Dataset<M>;
  /**
   * Why the table as read is not whole (it runs off the end of the document, its printed numbering skips,
   * it has fewer rows than its own labels imply); empty when nothing says it is short.
   */
  problems: string[];
}

export interface TableReader<M = unknown> {
  spec: DatasetSpec;
  /** Finds the table by its heading and reads it; null when the document does not hold it. */
  extract(doc: SourceDocument, ctx: ExtractContext): Extraction<M> | null;
  /**
   * A dataset that no document holds, whose values all come from cited public sources (its file in
   * data/supplements/, the same format as every supplement): makes the row a supplement names.
   */
  rowFor?: RowFor;
  /** Checks of the table against itself (e.g. a total printed in several breakdowns). */
  checks?(ds: Dataset<M>): Check[];
}

/** A check between datasets: it names the datasets it compares and runs on them. */
export interface CrossCheck {
  datasets: readonly string[];
  run(datasets: ReadonlyMap<string, Dataset>): Check[];
}

/** A reader of any dataset (its meta type erased), as registries and the pipeline hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTableReader = TableReader<any>;
