/**
 * A value's history: every data version in which it changed (old value, new value, date, reason), from the
 * per-value changes the pipeline records in the changelog (changelog.json, newest first).
 */
import type { ValueChange } from '../../display/evidence.ts';
import { localName, type Lang } from '../../i18n/index.ts';
import { loadChangelog } from './data.ts';

let index: Map<string, { version: string; date: string; old: string; new: string; reason_ja: string; reason: string }[]> | undefined;

/** The versions in which the value `key` of `dataset` changed, newest first. */
export function valueHistory(dataset: string, key: string, lang: Lang): ValueChange[] {
  if (!index) {
    index = new Map();
    for (const entry of loadChangelog())
      for (const v of entry.values ?? []) {
        const k = `${v.dataset}|${v.key}`;
        index.set(k, [
          ...(index.get(k) ?? []),
          {
            version: entry.version,
            date: entry.date,
            old: v.old,
            new: v.new,
            reason_ja: entry.changes[0]?.ja ?? '',
            reason: entry.changes[0]?.en ?? '',
          },
        ]);
      }
  }
  return (index.get(`${dataset}|${key}`) ?? []).map((c) => ({
    version: c.version,
    date: c.date,
    old: c.old,
    new: c.new,
    reason: localName(lang, c.reason_ja, c.reason),
  }));
}
