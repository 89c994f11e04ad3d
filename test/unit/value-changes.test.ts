/** A value's history: the values that differ between the published data and a new run, by primary key. */
import { describe, expect, it } from 'vitest';
import { spec as owner } from '../../src/datasets/price-agreement-by-owner/spec.ts';
import { parseChangelog } from '../../src/pipeline/release.ts';
import { valueChanges, valueChangesYaml } from '../../src/pipeline/value-changes.ts';

const header = owner.fields.map((f) => f.name);
function csv(rows: Record<string, string>[]): string {
  return `${[header.join(','), ...rows.map((r) => header.map((h) => r[h] ?? '').join(','))].join('\n')}\n`;
}
const row = (owner_no: string, period: string, rate: string, status: string, hospitals = '21') => ({
  owner_no,
  period,
  source_doc: 'doc',
  rate_pct: rate,
  status,
  hospitals,
  hospitals_status: hospitals ? 'read' : 'missing',
});

describe('valueChanges', () => {
  const before = new Map([
    ['price-agreement-by-owner.csv', csv([row('1', '2010-06', '99.8', 'read'), row('2', '2010-06', '', 'missing')])],
  ]);

  it('lists each value whose value or status changed, new and gone ones too, sorted by key; nothing when equal', () => {
    const after = new Map([
      [
        'price-agreement-by-owner.csv',
        csv([row('1', '2010-06', '99.8', 'read', '22'), row('2', '2010-06', '30.7', 'corrected'), row('3', '2010-06', '12.0', 'read')]),
      ],
    ]);
    expect(valueChanges([owner], before, after)).toEqual([
      { dataset: owner.id, key: 'doc/1/2010-06:hospitals', old: '21', new: '22', old_status: 'read', new_status: 'read' },
      { dataset: owner.id, key: 'doc/2/2010-06', old: '', new: '30.7', old_status: 'missing', new_status: 'corrected' },
      { dataset: owner.id, key: 'doc/3/2010-06', old: '', new: '12.0', old_status: 'missing', new_status: 'read' },
      { dataset: owner.id, key: 'doc/3/2010-06:hospitals', old: '', new: '21', old_status: 'missing', new_status: 'read' },
    ]);
    expect(valueChanges([owner], before, before)).toEqual([]);
  });

  it('gives the `values:` of a version that the changelog reads back', () => {
    const after = new Map([
      ['price-agreement-by-owner.csv', csv([row('1', '2010-06', '99.9', 'repaired'), row('2', '2010-06', '', 'missing')])],
    ]);
    const changes = valueChanges([owner], before, after);
    const yml = [
      '- version: 1.0.1',
      '  date: 2026-12-03',
      `  data_sha256: ${'a'.repeat(64)}`,
      '  counts: { read: 1, repaired: 1, corrected: 0, sourced: 0, missing: 1 }',
      '  changes:',
      '    - { ja: 訂正, en: a correction }',
      valueChangesYaml(changes),
    ].join('\n');
    expect(parseChangelog(yml, 'CHANGELOG.yml')[0]!.values).toEqual(changes);
  });
});
