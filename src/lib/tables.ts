/** Data tables of the dataset pages: one cell per value, each with its status and a link to its source line. */
import { formatDate, formatMonthShort, formatNumber, href, STATUS_LABEL, type Lang } from './i18n.ts';
import { loadFacility, loadLabs, loadOutsourcing, loadOwner, type FacilityRow, type LabsRow, type OutsourcingRow, type OwnerRow, type ValueRow } from './load.ts';

export interface CellView {
  text: string;
  numeric: boolean;
  status?: string;
  /** Link to the source line of the value. */
  href?: string;
  /** Raw text, rule and note, for the cell's title. */
  detail?: string;
}

export interface TableView {
  id: string;
  caption: string;
  head: string[];
  rows: { header: string; cells: CellView[] }[];
}

export function lineHref(lang: Lang, doc: string, line: number | null): string | undefined {
  return line === null || !doc ? undefined : `${href(lang, `sources/${doc}/`)}#L${line}`;
}

function valueCell(lang: Lang, v: ValueRow, value: number | null, decimals: number, unit = ''): CellView {
  const detail = [
    `${lang === 'ja' ? '状態' : 'status'}: ${STATUS_LABEL[lang][v.status]}`,
    v.raw ? `${lang === 'ja' ? '原文' : 'raw'}: “${v.raw}”` : '',
    v.rule ? `${lang === 'ja' ? '規則' : 'rule'}: ${v.rule}` : '',
    v.note,
  ]
    .filter(Boolean)
    .join(' / ');
  return {
    text: value === null ? '—' : `${formatNumber(value, lang, decimals)}${unit}`,
    numeric: true,
    status: v.status,
    href: v.status === 'sourced' ? v.source_url : lineHref(lang, v.source_doc, v.source_line),
    detail,
  };
}

export function ownerTable(rows: OwnerRow[], lang: Lang): TableView {
  const periods = [...new Set(rows.map((r) => r.period))];
  const owners = [...new Map(rows.map((r) => [r.owner_no, r])).values()];
  return {
    id: 'table-price-agreement-by-owner',
    caption: lang === 'ja' ? '設置主体別の妥結率（%）と病院数' : 'Agreement rate (%) and hospitals by owner',
    head: [lang === 'ja' ? '設置者' : 'Owner', lang === 'ja' ? '番号' : 'No.', lang === 'ja' ? '病院数' : 'Hospitals', ...periods.map((p) => (lang === 'ja' ? formatDate(p, lang) : formatMonthShort(p, lang)))],
    rows: owners.map((o) => ({
      header: lang === 'ja' ? o.owner_ja : o.owner_en || o.owner_ja,
      cells: [
        { text: String(o.owner_no), numeric: true, detail: o.owner_no_note || undefined },
        valueCell(lang, { ...o, status: o.hospitals_status, raw: o.hospitals_raw, rule: o.hospitals_rule, note: o.hospitals_note, source_line: o.hospitals_line }, o.hospitals, 0),
        ...periods.map((p) => {
          const r = rows.find((x) => x.owner_no === o.owner_no && x.period === p)!;
          return valueCell(lang, r, r.rate_pct, 1);
        }),
      ],
    })),
  };
}

export function facilityTable(rows: FacilityRow[], lang: Lang): TableView {
  return {
    id: 'table-price-agreement-by-facility',
    caption: lang === 'ja' ? `区分別の妥結率（%）、${rows[0] ? formatDate(rows[0].period, lang) : ''}` : `Agreement rate (%) by category, ${rows[0] ? formatDate(rows[0].period, lang) : ''}`,
    head: [lang === 'ja' ? '区分' : 'Category', lang === 'ja' ? '妥結率' : 'Rate'],
    rows: rows.map((r) => ({ header: lang === 'ja' ? r.facility_ja : r.facility_en || r.facility_ja, cells: [valueCell(lang, r, r.rate_pct, 1)] })),
  };
}

export function labsTable(rows: LabsRow[], lang: Lang): TableView {
  return {
    id: 'table-clinical-labs-totals',
    caption: lang === 'ja' ? '衛生検査所数（各年1月1日現在）' : 'Registered clinical laboratories on 1 January',
    head: [lang === 'ja' ? '日付' : 'Date', lang === 'ja' ? '検査所数' : 'Laboratories', lang === 'ja' ? '合計を印刷している内訳表' : 'Breakdowns printing this total'],
    rows: rows.map((r) => ({
      header: formatDate(r.date, lang),
      cells: [valueCell(lang, r, r.labs, 0), { text: r.confirmed_by || '—', numeric: false }],
    })),
  };
}

export function outsourcingTable(rows: OutsourcingRow[], lang: Lang): TableView {
  const years = [...new Set(rows.map((r) => r.survey_year))].sort();
  const services = [...new Map(rows.map((r) => [r.service_ja, r])).values()];
  const waves = years.map((y) => rows.find((r) => r.survey_year === y)!);
  return {
    id: 'table-outsourcing-rates',
    caption: lang === 'ja' ? '委託率（%）。列見出しは調査年と回答病院数' : 'Outsourcing rate (%); columns are survey waves with hospitals answering',
    head: [lang === 'ja' ? 'サービス' : 'Service', ...waves.map((w) => `${lang === 'ja' ? w.survey_ja : w.survey_year} (${w.respondents === null ? '—' : formatNumber(w.respondents, lang)})`)],
    rows: services.map((s) => ({
      header: lang === 'ja' ? s.service_ja : s.service_en || s.service_ja,
      cells: years.map((y) => {
        const r = rows.find((x) => x.service_ja === s.service_ja && x.survey_year === y)!;
        return valueCell(lang, r, r.rate_pct, 1);
      }),
    })),
  };
}

export interface IssueView {
  what: string;
  status: string;
  value: string;
  raw: string;
  reason: string;
  href?: string;
  line: number | null;
}

function issue(lang: Lang, what: string, r: ValueRow, value: number | null, decimals: number): IssueView {
  return {
    what,
    status: r.status,
    value: value === null ? '—' : formatNumber(value, lang, decimals),
    raw: r.raw,
    reason: [r.rule, r.note].filter(Boolean).join(': '),
    href: r.status === 'sourced' ? r.source_url : lineHref(lang, r.source_doc, r.source_line),
    line: r.source_line,
  };
}

/** Every value of a dataset that is not simply `read` (repaired, corrected, sourced, missing), with raw text and reason. */
export function datasetIssues(id: string, lang: Lang): IssueView[] {
  const out: IssueView[] = [];
  if (id === 'price-agreement-by-owner') {
    const rows = loadOwner();
    const name = (r: OwnerRow) => (lang === 'ja' ? r.owner_ja : r.owner_en || r.owner_ja);
    for (const o of new Map(rows.map((r) => [r.owner_no, r])).values()) {
      if (o.hospitals_status !== 'read') {
        out.push(issue(lang, `${name(o)}: ${lang === 'ja' ? '病院数' : 'hospitals'}`, { ...o, status: o.hospitals_status, raw: o.hospitals_raw, rule: o.hospitals_rule, note: o.hospitals_note, source_line: o.hospitals_line }, o.hospitals, 0));
      }
    }
    for (const r of rows) if (r.status !== 'read') out.push(issue(lang, `${name(r)}: ${formatMonthShort(r.period, lang)}`, r, r.rate_pct, 1));
  } else if (id === 'price-agreement-by-facility') {
    for (const r of loadFacility()) if (r.status !== 'read') out.push(issue(lang, lang === 'ja' ? r.facility_ja : r.facility_en, r, r.rate_pct, 1));
  } else if (id === 'clinical-labs-totals') {
    for (const r of loadLabs()) if (r.status !== 'read') out.push(issue(lang, formatDate(r.date, lang), r, r.labs, 0));
  } else if (id === 'outsourcing-rates') {
    for (const r of loadOutsourcing()) if (r.status !== 'read') out.push(issue(lang, `${lang === 'ja' ? r.service_ja : r.service_en || r.service_ja}: ${r.survey_year}`, r, r.rate_pct, 1));
  }
  return out;
}
