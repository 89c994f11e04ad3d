/**
 * The list of values not read as printed (the quality block of each dataset page, the About page's examples):
 * each value's reason is its rule and its note, either of which may be absent. A missing value with neither
 * (a fixture handout's illegible cell) once broke the build (a reduce with no initial value).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READERS } from '../../../src/datasets/readers.ts';
import { issuesOf } from '../../../src/display/table.ts';
import { t } from '../../../src/i18n/index.ts';
import { records, ROOT } from '../../helpers.ts';

const ID = 'price-agreement-by-facility';
const first = records(readFileSync(join(ROOT, 'data/clean', `${ID}.csv`), 'utf8'))[0]!;
const reasons = (row: Record<string, string>, lang: 'ja' | 'en') =>
  issuesOf(READERS[ID].spec, [row], lang, () => 'what').map((i) => i.reason);

describe('the reason of a value not read as printed', () => {
  const missing = { ...first, rate_pct: '', status: 'missing', rule: '', note: '', note_ja: '' };

  it('is empty when the value has neither rule nor note', () => {
    expect(reasons(missing, 'ja')).toEqual(['']);
    expect(reasons(missing, 'en')).toEqual(['']);
  });

  it('is the rule alone, the note alone, or the rule then the note, in the page language', () => {
    const ja = t('ja').value;
    const en = t('en').value;
    const rule = { ...missing, rate_pct: '41.5', status: 'repaired', rule: 'letter-for-one' };
    expect(reasons(rule, 'ja')).toEqual([ja.ruleName('letter-for-one')]);
    expect(reasons({ ...missing, note: 'illegible', note_ja: '判読できない' }, 'ja')).toEqual(['判読できない']);
    expect(reasons({ ...rule, note: 'checked', note_ja: '確認済み' }, 'ja')).toEqual([ja.head(ja.ruleName('letter-for-one'), '確認済み')]);
    expect(reasons({ ...rule, note: 'checked', note_ja: '確認済み' }, 'en')).toEqual([en.head(en.ruleName('letter-for-one'), 'checked')]);
  });
});
