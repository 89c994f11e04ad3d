/** The total of each date agrees across the breakdowns that print it (a lone value whose column cannot be told is not counted). */
import type { Dataset } from '../../pipeline/dataset.ts';
import type { Check, CheckResult } from '../../pipeline/quality.ts';
import type { LabsMeta } from './extract.ts';

export function labsChecks(ds: Dataset<LabsMeta>): Check[] {
  return ds.meta.flatMap((m) =>
    m.totals.map((t): Check => {
      const agree = t.candidates.filter((c) => c.agrees).map((c) => c.breakdown);
      const disagree = t.candidates.filter((c) => !c.agrees);
      const strongDisagree = disagree.filter((c) => c.strength === 'strong');
      const list = (cs: typeof t.candidates) => cs.map((c) => `${c.breakdown} ${c.value} (line ${c.line})`).join(', ');
      const listJa = (cs: typeof t.candidates) => cs.map((c) => `${c.breakdown} ${c.value}（${c.line}行）`).join('、');
      const result: CheckResult = strongDisagree.length ? 'fail' : t.value === null ? 'incomplete' : 'pass';
      const detail =
        t.value === null
          ? strongDisagree.length
            ? `breakdowns disagree: ${list(disagree)}`
            : `no certain total for ${t.date}${t.candidates.length ? `; unconfirmed: ${list(t.candidates)}` : ''}`
          : `${t.value} printed alike in ${agree.join(', ')}${disagree.length ? `; not counted (a lone value whose column cannot be told): ${list(disagree)}` : ''}`;
      const detailJa =
        t.value === null
          ? strongDisagree.length
            ? `内訳表によって合計が異なる：${listJa(disagree)}`
            : `${t.date}の合計は確定できない${t.candidates.length ? `。確かめられない値：${listJa(t.candidates)}` : ''}`
          : `${t.value}が${agree.join('・')}で一致${disagree.length ? `。数えない値（どの列か決められない単独の値）：${listJa(disagree)}` : ''}`;
      return {
        id: `clinical-labs-total-${t.date}`,
        doc: m.doc,
        title_ja: `衛生検査所数の合計の一致（${t.date}）`,
        title_en: `Clinical-lab total agrees across breakdowns (${t.date})`,
        result,
        detail,
        detail_ja: detailJa,
        compared: { value: t.value, candidates: t.candidates },
      };
    }),
  );
}
