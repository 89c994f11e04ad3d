/** data/CHANGELOG.yml: versions newest first, each well formed; the hash a version's data is known by. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareVersions, dataHash, parseChangelog } from '../../../src/pipeline/release.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const entry = (version: string, date: string) =>
  `- version: ${version}\n  date: ${date}\n  data_sha256: ${'a'.repeat(64)}\n  counts: { read: 1, repaired: 0, corrected: 0, sourced: 0, missing: 0 }\n  changes:\n    - { ja: 訂正, en: a correction }\n`;

describe('parseChangelog', () => {
  it('reads versions newest first', () => {
    const entries = parseChangelog(entry('1.1.0', '2026-12-01') + entry('1.0.0', '2026-11-23'), 'CHANGELOG.yml');
    expect(entries.map((e) => e.version)).toEqual(['1.1.0', '1.0.0']);
  });

  it.each([
    [entry('1.0.0', '2026-11-23') + entry('1.1.0', '2026-12-01'), /^CHANGELOG.yml: 1.0.0 is listed above 1.1.0/],
    [entry('1.0.0', '2026-11-23') + entry('1.0.0', '2026-11-23'), /1.0.0 is listed above 1.0.0/],
    [entry('1.1.0', '2026-11-01') + entry('1.0.0', '2026-11-23'), /1.1.0 \(2026-11-01\) is dated before 1.0.0/],
    [entry('v1.0.0', '2026-11-23'), /version is MAJOR.MINOR.PATCH/],
    [entry('1.0.0', '2026-02-30'), /date is a valid YYYY-MM-DD/],
    [entry('1.0.0', '2026-11-23').replace('read: 1', 'read: -1'), /counts.read/],
    [
      entry('1.0.0', '2026-11-23').replace('    - { ja: 訂正, en: a correction }\n', '    []\n').replace('changes:\n', 'changes:'),
      /changes lists at least one change/,
    ],
    ['[]', /lists at least one version/],
    ['- version: [', /not valid YAML/],
  ])('refuses %#', (text, message) => {
    expect(() => parseChangelog(text, 'CHANGELOG.yml')).toThrow(message);
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0', '10.0.0')).toBeLessThan(0);
  });
});

describe('dataHash', () => {
  it('depends on the CSVs only, their names and bytes', () => {
    const a = new Map([
      ['a.csv', 'x\n1\n'],
      ['quality.json', '{}'],
    ]);
    const b = new Map([
      ['a.csv', 'x\n1\n'],
      ['quality.json', '{"other":1}'],
    ]);
    expect(dataHash(a, sha)).toBe(dataHash(b, sha));
    expect(dataHash(new Map([['a.csv', 'x\n2\n']]), sha)).not.toBe(dataHash(a, sha));
    expect(dataHash(new Map([['b.csv', 'x\n1\n']]), sha)).not.toBe(dataHash(a, sha));
  });
});
