/**
 * The data contract: for each published dataset its file, titles, description and columns (with types and
 * ja/en titles). `toCsv` and the datapackage are both made from these specs, so they cannot drift apart.
 */
import Papa from 'papaparse';
import type { Row } from './dataset.ts';
import { formatPlain } from './numbers.ts';
import type { Cell } from './types.ts';

export type FieldType = 'string' | 'integer' | 'number' | 'date';
export type Value = string | number | null;

export interface FieldSpec {
  name: string;
  type: FieldType;
  title: string;
  title_ja: string;
  description: string;
  enum?: string[];
  get: (row: Row) => Value;
}

export interface DatasetSpec {
  id: string;
  title: string;
  title_ja: string;
  description: string;
  /** The value column whose provenance the unprefixed columns (status, raw, …) describe. */
  primary: string;
  fields: FieldSpec[];
}

const STATUS_ENUM = ['read', 'repaired', 'corrected', 'sourced', 'missing'];

function key(name: string, type: FieldType, title: string, title_ja: string, description: string): FieldSpec {
  return { name, type, title, title_ja, description, get: (r) => r.keys[name] ?? null };
}

function cellOf(r: Row, field: string): Cell {
  const c = r.cells[field];
  if (!c) throw new Error(`row has no cell ${field}`);
  return c;
}

function value(field: string, type: 'integer' | 'number', decimals: number, title: string, title_ja: string, description: string): FieldSpec {
  return { name: field, type, title, title_ja, description, get: (r) => formatPlain(cellOf(r, field).value, decimals) || null };
}

/** status, raw, rule, note (prefixed for a secondary value: hospitals_status …). */
function provenance(field: string, prefix: string, what: string): FieldSpec[] {
  const p = prefix ? `${prefix}_` : '';
  return [
    { name: `${p}status`, type: 'string', title: `Status of ${what}`, title_ja: '値の状態', description: 'read (as printed), repaired (an OCR repair rule with one valid reading), corrected (a reviewed entry in data/corrections), sourced (absent from the text; from a cited public source in data/supplements) or missing.', enum: STATUS_ENUM, get: (r) => cellOf(r, field).status },
    { name: `${p}raw`, type: 'string', title: `Raw OCR text of ${what}`, title_ja: 'OCRの原文', description: 'The text the value was read from, exactly as in the source document (empty when the text has nothing for it).', get: (r) => cellOf(r, field).raw },
    { name: `${p}rule`, type: 'string', title: `Repair rule of ${what}`, title_ja: '修復規則', description: 'The repair rule(s) applied (see the README), or "correction" / "supplement".', get: (r) => cellOf(r, field).rule },
    { name: `${p}note`, type: 'string', title: `Note on ${what}`, title_ja: '注記', description: 'Why a value is missing, corrected or sourced.', get: (r) => cellOf(r, field).note },
    ...(prefix
      ? [{ name: `${p}line`, type: 'integer' as const, title: `Source line of ${what}`, title_ja: '原文の行', description: 'Line of the source document the value was read from.', get: (r: Row) => cellOf(r, field).line }]
      : []),
  ];
}

function sourceColumns(field: string): FieldSpec[] {
  return [
    { name: 'source_doc', type: 'string', title: 'Source document', title_ja: '出典文書', description: 'Id of the source document in data/raw/sources.json.', get: (r) => cellOf(r, field).doc },
    { name: 'source_line', type: 'integer', title: 'Source line', title_ja: '原文の行', description: 'Line (1-based) of the source document the value, or for a value not in the text its row, comes from.', get: (r) => cellOf(r, field).line },
    { name: 'source_url', type: 'string', title: 'Supplement URL', title_ja: '補足の出典URL', description: 'For sourced values: the public source the value was taken from.', get: (r) => cellOf(r, field).url ?? '' },
    { name: 'source_quote', type: 'string', title: 'Supplement quote', title_ja: '補足の引用', description: 'For sourced values: the words of the public source that state the value.', get: (r) => cellOf(r, field).quote ?? '' },
    { name: 'source_accessed', type: 'date', title: 'Supplement accessed', title_ja: '補足の参照日', description: 'For sourced values: when the public source was consulted.', get: (r) => cellOf(r, field).accessed ?? null },
  ];
}

const periodFields = [
  key('period', 'string', 'Period (year-month)', '期間', 'The month whose transactions were surveyed, YYYY-MM.'),
  key('period_ja', 'string', 'Period as printed', '期間（表記）', 'The period as printed in the source (H22.12 = 平成22年12月).'),
];

export const SPECS: readonly DatasetSpec[] = [
  {
    id: 'outsourcing-rates',
    title: 'Hospital outsourcing rates of medical-related services, by survey wave',
    title_ja: '医療関連サービスの委託率の推移（病院）',
    description:
      'Share of hospitals that outsource each medical-related service, per wave of the 医療関連サービス実態調査 (医療関連サービス振興会). In the MHLW handout the rates were bars of an image and did not survive OCR: they are missing unless a cited public source gives them.',
    primary: 'rate_pct',
    fields: [
      key('service_ja', 'string', 'Service (Japanese)', 'サービス', 'The service as named in the source.'),
      key('service_en', 'string', 'Service (English)', 'サービス（英語）', 'English name of the service.'),
      key('survey_year', 'integer', 'Survey year', '調査年', 'Year of the survey wave (西暦).'),
      key('survey_ja', 'string', 'Survey wave (era year)', '調査（和暦）', 'The survey wave as printed (平成3年 = 1991).'),
      key('respondents', 'integer', 'Hospitals answering', '回答病院数', 'Number of hospitals that answered that wave, as printed in the chart legend.'),
      value('rate_pct', 'number', 1, 'Outsourcing rate (%)', '委託率（％）', 'Share of answering hospitals that outsource the service, in percent.'),
      ...provenance('rate_pct', '', 'the rate'),
      ...sourceColumns('rate_pct'),
      key('label_raw', 'string', 'Service name as OCR\'d', 'サービス名（OCR原文）', 'The service name exactly as in the source text, before any label repair.'),
      key('wave_line', 'integer', 'Source line of the wave', '調査回の行', 'Line of the source document that names the survey wave and its respondents.'),
    ],
  },
  {
    id: 'clinical-labs-totals',
    title: 'Registered clinical laboratories on 1 January of each year',
    title_ja: '衛生検査所数の推移（各年1月1日現在）',
    description:
      'Number of registered clinical laboratories (衛生検査所) on 1 January of each year, as printed in the 合計 column of the breakdowns of the MHLW handout. A total is published only where its column is certain, with the breakdowns that print it alike.',
    primary: 'labs',
    fields: [
      key('date', 'date', 'Date', '日付', 'The date of the count (YYYY-MM-DD).'),
      key('date_ja', 'string', 'Date (era)', '日付（和暦）', 'The date in the Japanese era calendar.'),
      value('labs', 'integer', 0, 'Clinical laboratories', '衛生検査所数', 'Number of registered clinical laboratories.'),
      ...provenance('labs', '', 'the count'),
      key('confirmed_by', 'string', 'Breakdowns printing this total', '一致した内訳表', 'The breakdowns of the table whose 合計 column prints this same total (separated by "; ").'),
      ...sourceColumns('labs'),
    ],
  },
  {
    id: 'price-agreement-by-facility',
    title: 'Drug price-agreement rate by facility category',
    title_ja: '医療機関・薬局区分別妥結状況',
    description:
      'Share of the value of prescription-drug sales (at NHI prices) whose price had been agreed, by facility category, for the month the 価格妥結状況調査 surveyed (from wholesalers\' reports; the survey\'s own description is in the notes).',
    primary: 'rate_pct',
    fields: [
      key('facility_ja', 'string', 'Facility category (Japanese)', '区分', 'The category as printed.'),
      key('facility_en', 'string', 'Facility category (English)', '区分（英語）', 'English name of the category.'),
      ...periodFields,
      value('rate_pct', 'number', 1, 'Agreement rate (%)', '妥結率（％）', 'Share of sales (at NHI prices) whose price was agreed, in percent.'),
      ...provenance('rate_pct', '', 'the rate'),
      ...sourceColumns('rate_pct'),
      key('label_raw', 'string', 'Label as OCR\'d', '区分（OCR原文）', 'The row label exactly as in the source text.'),
    ],
  },
  {
    id: 'price-agreement-by-owner',
    title: 'Drug price-agreement rate by hospital owner (hospitals with 200+ beds)',
    title_ja: '医療機関設置主体別価格妥結状況（200床以上）',
    description:
      'Price-agreement rate per hospital owner (設置主体) for hospitals with 200 or more beds, in each period the table prints, with the number of hospitals per owner. Row 0 is all hospitals.',
    primary: 'rate_pct',
    fields: [
      key('owner_no', 'integer', 'Row number', '番号', 'The printed row number (1–24); 0 for the all-hospitals row.'),
      key('owner_ja', 'string', 'Owner (Japanese)', '設置者', 'The hospital owner as printed (after label repair).'),
      key('owner_en', 'string', 'Owner (English)', '設置者（英語）', 'English name of the owner category.'),
      value('hospitals', 'integer', 0, 'Hospitals', '病院数', 'Number of hospitals of this owner, as printed in parentheses after the name.'),
      ...periodFields,
      value('rate_pct', 'number', 1, 'Agreement rate (%)', '妥結率（％）', 'Share of sales (at NHI prices) whose price was agreed, in percent.'),
      ...provenance('rate_pct', '', 'the rate'),
      ...provenance('hospitals', 'hospitals', 'the hospital count'),
      ...sourceColumns('rate_pct'),
      key('label_raw', 'string', 'Label as OCR\'d', '設置者（OCR原文）', 'The owner label exactly as in the source text.'),
      key('owner_no_note', 'string', 'Note on the row number', '番号の注記', 'Set when the printed row number was lost or misread and the number was taken from the sequence.'),
    ],
  },
  {
    id: 'clinical-research-cases',
    title: 'Case examples of the Clinical Trials Act, as revised',
    title_ja: '臨床研究法の対象となる臨床研究等の事例集（改正後）',
    description:
      'The official examples of which studies the Clinical Trials Act (臨床研究法) covers, from the MHLW notice that revised them (its date is in sources): each case of the revised list with its list (specified clinical research, clinical research, not covered), its notes, the Q&A it cites, and what the revision changed (the previous wording and the underlined passages of the comparison table). Case texts are Japanese.',
    primary: '',
    fields: [
      key('case_id', 'string', 'Case', '事例番号', 'The case number of the revised list (1-1 … 3-15).'),
      { ...key('list', 'string', 'List (code)', 'リスト（コード）', 'specified: 特定臨床研究; clinical-research: 臨床研究; not-covered: 対象外.'), enum: ['specified', 'clinical-research', 'not-covered'] },
      key('list_ja', 'string', 'List (Japanese)', 'リスト', 'The list in Japanese.'),
      key('list_en', 'string', 'List (English)', 'リスト（英語）', 'The list in English.'),
      key('list_heading_ja', 'string', 'List heading as printed', 'リストの見出し', 'The end of the list heading as printed in the revised 事例集.'),
      key('case_ja', 'string', 'Case (revised)', '事例（改正後）', 'The case as revised, from the 新旧対照表, without tags or underline marks.'),
      key('note_ja', 'string', 'Notes', '留意事項等', 'The 留意事項 of the case in the revised 事例集 (empty when it has none).'),
      key('qa_refs', 'string', 'Q&A cited', '参照するQA', 'The Q&A items the notes cite (QAその1問2-1 …), separated by "; ".'),
      { ...key('change', 'string', 'Change in the revision', '改正', 'new: marked 新設; revised: reworded.'), enum: ['new', 'revised'] },
      key('old_no', 'string', 'Number before the revision', '改正前の番号', 'The case number in the previous version (list-(n)); empty for new cases.'),
      key('case_before_ja', 'string', 'Case (before)', '事例（改正前）', 'The previous wording, from the 新旧対照表; empty for new cases.'),
      key('case_underline', 'string', 'Revised passages', '改正部分（改正後）', 'Character ranges of case_ja underlined in the 新旧対照表 (start-end, end exclusive, separated by ";").'),
      key('case_before_underline', 'string', 'Revised passages (before)', '改正部分（改正前）', 'Character ranges of case_before_ja underlined in the 新旧対照表.'),
      key('note_revised_ja', 'string', 'Notes in the comparison table', '新旧対照表の留意事項', 'The notes as the 新旧対照表 prints them where it does not abbreviate them as (略).'),
      key('text_note', 'string', 'Note on the text', '文言の注記', 'Set where the two printings of a case differ or a line-break artifact was removed.'),
      key('source_doc', 'string', 'Source document', '出典文書', 'Id of the source document in data/raw/sources.json.'),
      key('source_line', 'integer', 'Source line', '原文の行', 'Line of the case in the revised 事例集.'),
      key('comparison_line', 'integer', 'Line in the comparison table', '新旧対照表の行', 'Line of the case in the 新旧対照表.'),
    ],
  },
];

export function specOf(id: string): DatasetSpec {
  const s = SPECS.find((x) => x.id === id);
  if (!s) throw new Error(`no dataset spec: ${id}`);
  return s;
}

/** The CSV of a dataset: UTF-8, `\n`, a header row, empty cell = missing. */
export function toCsv(spec: DatasetSpec, rows: Row[]): string {
  const fields = spec.fields.map((f) => f.name);
  const data = rows.map((r) => spec.fields.map((f) => {
    const v = f.get(r);
    return v === null || v === undefined ? '' : String(v);
  }));
  return `${Papa.unparse({ fields, data }, { newline: '\n', quotes: false })}\n`;
}
