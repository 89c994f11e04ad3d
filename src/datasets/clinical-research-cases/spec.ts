/** clinical-research-cases.csv: one row per case of the revised case list, with what the revision changed. */
import { defineSpec, optionalIntegerKey, textKey, type SpecRow } from '../../pipeline/contract.ts';

const LIST_CODES = ['specified', 'clinical-research', 'not-covered'] as const;

export const spec = defineSpec({
  id: 'clinical-research-cases',
  title: 'Case examples of the Clinical Trials Act, as revised',
  title_ja: '臨床研究法の対象となる臨床研究等の事例集（改正後）',
  description:
    'The official examples of which studies the Clinical Trials Act (臨床研究法) covers, from the MHLW notice that revised them (its date is in sources): each case of the revised list with its list (specified clinical research, clinical research, not covered), its notes, the Q&A it cites, and what the revision changed (the previous wording and the underlined passages of the comparison table). Case texts are Japanese.',
  primary: '',
  primaryKey: ['source_doc', 'case_id'],
  fields: [
    textKey(
      'case_id',
      { title: 'Case', title_ja: '事例番号', description: 'The case number of the revised list (1-1 … 3-15).' },
      { required: true },
    ),
    textKey(
      'list',
      {
        title: 'List (code)',
        title_ja: 'リスト（コード）',
        description: 'specified: 特定臨床研究; clinical-research: 臨床研究; not-covered: 対象外.',
      },
      { enum: LIST_CODES },
    ),
    textKey('list_ja', { title: 'List (Japanese)', title_ja: 'リスト', description: 'The list in Japanese.' }),
    textKey('list_en', { title: 'List (English)', title_ja: 'リスト（英語）', description: 'The list in English.' }),
    textKey('list_heading_ja', {
      title: 'List heading as printed',
      title_ja: 'リストの見出し',
      description: 'The end of the list heading as printed in the revised 事例集.',
    }),
    textKey('case_ja', {
      title: 'Case (revised)',
      title_ja: '事例（改正後）',
      description: 'The case as revised, from the 新旧対照表, without tags or underline marks.',
    }),
    textKey('note_ja', {
      title: 'Notes',
      title_ja: '留意事項等',
      description: 'The 留意事項 of the case in the revised 事例集 (empty when it has none).',
    }),
    textKey('qa_refs', {
      title: 'Q&A cited',
      title_ja: '参照するQA',
      description: 'The Q&A items the notes cite (QAその1問2-1 …), separated by "; ".',
    }),
    textKey(
      'change',
      { title: 'Change in the revision', title_ja: '改正', description: 'new: marked 新設; revised: reworded.' },
      { enum: ['new', 'revised'] },
    ),
    textKey('old_no', {
      title: 'Number before the revision',
      title_ja: '改正前の番号',
      description: 'The case number in the previous version (list-(n)); empty for new cases.',
    }),
    textKey('case_before_ja', {
      title: 'Case (before)',
      title_ja: '事例（改正前）',
      description: 'The previous wording, from the 新旧対照表; empty for new cases.',
    }),
    textKey('case_underline', {
      title: 'Revised passages',
      title_ja: '改正部分（改正後）',
      description: 'Character ranges of case_ja underlined in the 新旧対照表 (start-end, end exclusive, separated by ";").',
    }),
    textKey('case_before_underline', {
      title: 'Revised passages (before)',
      title_ja: '改正部分（改正前）',
      description: 'Character ranges of case_before_ja underlined in the 新旧対照表.',
    }),
    textKey('note_revised_ja', {
      title: 'Notes in the comparison table',
      title_ja: '新旧対照表の留意事項',
      description: 'The notes as the 新旧対照表 prints them where it does not abbreviate them as (略).',
    }),
    textKey('text_note', {
      title: 'Note on the text',
      title_ja: '文言の注記（英語）',
      description: 'Set where the two printings of a case differ or a line-break artifact was removed.',
    }),
    textKey('text_note_ja', { title: 'Note on the text (Japanese)', title_ja: '文言の注記', description: 'The same note in Japanese.' }),
    textKey(
      'source_doc',
      { title: 'Source document', title_ja: '出典文書', description: 'Id of the source document in data/raw/sources.json.' },
      { required: true },
    ),
    optionalIntegerKey(
      'source_line',
      { title: 'Source line', title_ja: '原文の行', description: 'Line of the case in the revised 事例集.' },
      { role: 'line', minimum: 1 },
    ),
    optionalIntegerKey(
      'comparison_line',
      { title: 'Line in the comparison table', title_ja: '新旧対照表の行', description: 'Line of the case in the 新旧対照表.' },
      { role: 'line', minimum: 1 },
    ),
  ],
});

export type CaseRow = SpecRow<typeof spec>;
