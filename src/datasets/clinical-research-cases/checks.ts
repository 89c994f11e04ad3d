/** Each case reads the same in the two printings of the notice (the 新旧対照表 and the revised 事例集). */
import type { Dataset } from '../../pipeline/dataset.ts';
import type { Check } from '../../pipeline/quality.ts';
import type { CaseCheck } from './extract.ts';

export function caseChecks(ds: Dataset<CaseCheck>): Check[] {
  return ds.meta.map((c) => ({
    id: 'clinical-research-cases-two-printings',
    doc: c.doc,
    title_ja: '新旧対照表（改正後）と改正後の事例集で事例の文言が一致',
    title_en: 'Each case reads the same in the comparison table (revised column) and in the revised case list',
    result: c.mismatches.length || c.missingInComparison.length || c.missingInRevisedList.length ? 'fail' : 'pass',
    detail: [
      `${c.cases} cases in the revised list, ${c.compared} in the comparison table`,
      ...c.repairs.map((r) => `${r.case_id}: a character doubled at a line break of the ${r.part} dropped`),
      ...c.mismatches.map((m) => `${m.case_id} differs: 事例集 “${m.revised_list}” / 新旧対照表 “${m.comparison}”`),
      ...(c.missingInComparison.length ? [`not in the comparison table: ${c.missingInComparison.join(', ')}`] : []),
      ...(c.missingInRevisedList.length ? [`not in the revised case list: ${c.missingInRevisedList.join(', ')}`] : []),
    ].join('; '),
    detail_ja: [
      `改正後の事例集に${c.cases}件、新旧対照表に${c.compared}件`,
      ...c.repairs.map((r) => `${r.case_id}：${r.part}の改行で重なった文字を削除`),
      ...c.mismatches.map((m) => `${m.case_id}は文言が異なる：事例集「${m.revised_list}」／新旧対照表「${m.comparison}」`),
      ...(c.missingInComparison.length ? [`新旧対照表にない事例：${c.missingInComparison.join('、')}`] : []),
      ...(c.missingInRevisedList.length ? [`改正後の事例集にない事例：${c.missingInRevisedList.join('、')}`] : []),
    ].join('。'),
    compared: { ...c },
  }));
}
