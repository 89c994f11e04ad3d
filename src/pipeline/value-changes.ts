/**
 * A value's history, recorded: the values that differ between the last published data and a new run (by each
 * dataset's primary key and value fields, the CSVs as text in, a sorted list out). The run prints them as the
 * `values:` of the version to add to data/CHANGELOG.yml; changelog.json publishes them and the site shows
 * each value's changes on its evidence. Pure and deterministic: no I/O, sorted output.
 */
import type { DatasetSpec } from './contract.ts';
import { readCsvRecords } from './csv-records.ts';
import type { ValueChangeRecord } from './release.ts';
import type { Status } from './types.ts';

interface Values {
  value: string;
  status: Status;
}

function valuesOf(spec: DatasetSpec, text: string | undefined, file: string): Map<string, Values> {
  const out = new Map<string, Values>();
  if (text === undefined) return out;
  const { rows } = readCsvRecords(text, file);
  const fields = spec.fields
    .filter((f) => f.role === 'value')
    .map((f) => ({
      name: f.name,
      status: spec.fields.find((p) => p.of === f.name && p.role === 'provenance' && p.name.endsWith('status'))?.name,
    }))
    .filter((f): f is { name: string; status: string } => Boolean(f.status));
  for (const { values } of rows) {
    const base = spec.primaryKey.map((k) => values[k] ?? '').join('/');
    for (const f of fields) {
      const key = f.name === spec.primary ? base : `${base}:${f.name}`;
      if (!out.has(key)) out.set(key, { value: values[f.name] ?? '', status: (values[f.status] ?? 'missing') as Status });
    }
  }
  return out;
}

/**
 * Every value whose published value or status differs between `before` and `after` (file name → CSV text),
 * a value new in `after` included (from empty and missing), a value gone from it too (to empty and missing);
 * sorted by dataset and key.
 */
export function valueChanges(
  specs: readonly DatasetSpec[],
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
): ValueChangeRecord[] {
  const out: ValueChangeRecord[] = [];
  for (const spec of [...specs].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = `${spec.id}.csv`;
    if (!before.has(file) && !after.has(file)) continue;
    const old = valuesOf(spec, before.get(file), file);
    const now = valuesOf(spec, after.get(file), file);
    const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
    const none: Values = { value: '', status: 'missing' };
    for (const key of keys) {
      const a = old.get(key) ?? none;
      const b = now.get(key) ?? none;
      if (a.value === b.value && a.status === b.status) continue;
      out.push({ dataset: spec.id, key, old: a.value, new: b.value, old_status: a.status, new_status: b.status });
    }
  }
  return out;
}

/** The changes as the `values:` of a version in data/CHANGELOG.yml (flow mappings, one a line). */
export function valueChangesYaml(changes: readonly ValueChangeRecord[]): string {
  const q = (s: string) => JSON.stringify(s);
  return [
    '  values:',
    ...changes.map(
      (c) =>
        `    - { dataset: ${q(c.dataset)}, key: ${q(c.key)}, old: ${q(c.old)}, new: ${q(c.new)}, old_status: ${c.old_status}, new_status: ${c.new_status} }`,
    ),
  ].join('\n');
}
