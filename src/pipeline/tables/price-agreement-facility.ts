/**
 * 医療機関・薬局区分別妥結状況 → price-agreement-by-facility: the agreement rate of one month by facility
 * category (one row each, source order). The month comes from the survey heading
 * (`平成22年度 価格妥結状況調査結果概要 (12月取引分)` → 2010-12).
 */
import { emptyDataset, type Dataset } from '../dataset.ts';
import { eraToWestern, fiscalMonthToCalendar, isoMonth } from '../eras.ts';
import { FACILITIES } from '../glossary.ts';
import { matchLabel } from '../labels.ts';
import { readRate } from '../repair.ts';
import type { Cell, SourceDocument } from '../types.ts';
import { findLine, SECTION_HEADING } from './common.ts';

export const FACILITY_ID = 'price-agreement-by-facility';
const SURVEY_HEADING = /(平成|令和)\s*(元|\d{1,2})\s*年度\s*価格妥結状況調査.*?[(（]\s*(\d{1,2})\s*月\s*取引分/;
const HEADING = /医療機関・薬局区分別妥結状況/;
const ROW = /^(.*?)\s*([(（]?\s*[\d０-９][\d０-９\s。．.,・]*(?:%|％|0\/[o6])?\s*[)）]?)$/;

export interface SurveyMonth {
  period: string;
  periodJa: string;
  line: number;
}

/** The survey's month, from the nearest survey heading at or before `before`. */
export function findSurveyMonth(doc: SourceDocument, before: number): SurveyMonth | null {
  for (let i = before; i >= 0; i--) {
    const m = SURVEY_HEADING.exec(doc.lines[i]!);
    if (!m || m[2] === '0' || Number(m[3]) < 1 || Number(m[3]) > 12) continue;
    const fy = eraToWestern(m[1]!, m[2] === '元' ? 1 : Number(m[2]));
    const month = Number(m[3]);
    const { year } = fiscalMonthToCalendar(fy, month);
    const eraYear = year - eraToWestern(m[1]!, 1) + 1;
    return { period: isoMonth(year, month), periodJa: `${m[1] === '平成' ? 'H' : 'R'}${eraYear}.${month}`, line: i + 1 };
  }
  return null;
}

export function extractFacility(doc: SourceDocument): Dataset | null {
  const start = findLine(doc, HEADING);
  if (start < 0) return null;
  const month = findSurveyMonth(doc, start);
  if (!month) return null;
  const ds = emptyDataset(FACILITY_ID);
  // The survey's own description (who answered, what was measured) sits between its heading and this table.
  for (let i = month.line; i < start; i++) {
    const text = doc.lines[i]!.trim();
    if (text) ds.notes.push({ doc: doc.id, line: i + 1, text });
  }
  for (let i = start + 1; i < doc.lines.length; i++) {
    const text = doc.lines[i]!.trim();
    if (!text) continue;
    if (/^[※＊*]/.test(text)) {
      ds.notes.push({ doc: doc.id, line: i + 1, text });
      continue;
    }
    if (/^[イウエオ]\s*[.．]/.test(text) || SECTION_HEADING.test(doc.lines[i]!)) break;
    if (/^区\s*分/.test(text)) continue;
    const m = ROW.exec(text);
    const label = m ? m[1]! : text;
    const match = matchLabel(label, FACILITIES);
    if (!match) {
      ds.fragments.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: text, reason: 'row label not recognised as a facility category' });
      continue;
    }
    if (match.rule) ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: label, value: match.entry.ja, rule: match.rule });
    const raw = m ? m[2]! : '';
    const reading = raw ? readRate(raw) : null;
    const cell: Cell = reading
      ? { value: reading.value, status: reading.status, raw, rule: reading.rules.join('+'), note: reading.note, doc: doc.id, line: i + 1 }
      : { value: null, status: 'missing', raw: '', rule: '', note: 'no rate printed on the row', doc: doc.id, line: i + 1 };
    ds.rows.push({
      keys: { facility_ja: match.entry.ja, facility_en: match.entry.en, period: month.period, period_ja: month.periodJa, label_raw: label },
      cells: { rate_pct: cell },
    });
  }
  if (ds.rows.length === 0) return null;
  ds.meta.survey = { doc: doc.id, ...month };
  return ds;
}
