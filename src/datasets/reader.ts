/**
 * A dataset's reader: the pipeline's half of a dataset folder (its spec, how its table is found and read,
 * its checks). `defineReader` keeps the spec's type, so the registry (readers.ts) knows each dataset's
 * columns. Nothing here may import the site's half (views, charts, dictionaries).
 */
import type { DatasetSpec } from '../pipeline/contract.ts';
import type { TableReader } from '../pipeline/reader.ts';

export interface DatasetReader<S extends DatasetSpec, M> extends TableReader<M> {
  spec: S;
}

export function defineReader<S extends DatasetSpec, M>(r: DatasetReader<S, M>): DatasetReader<S, M> {
  return r;
}
