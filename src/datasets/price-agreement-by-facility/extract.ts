/**
 * 医療機関・薬局区分別妥結状況 → price-agreement-by-facility: the agreement rate of one month by facility
 * category (one row each, source order). The month comes from the survey heading
 * (`平成22年度 価格妥結状況調査結果概要 (12月取引分)` → 2010-12).
 */
import { addFragment, emptyDataset } from '../../pipeline/dataset.ts';
import { MESSAGES, note } from '../../pipeline/messages.ts';
import { eraToWestern, fiscalMonthToCalendar, isoMonth } from '../../pipeline/eras.ts';
import { matchLabel } from '../../pipeline/labels.ts';
import { findLine, SECTION_HEADING } from '../../pipeline/lines.ts';
import type { Extraction } from '../../pipeline/reader.ts';
import { readRate } from '../../pipeline/repair.ts';
import { missingCell, type Cell, type SourceDocument } from '../../pipeline/types.ts';
import { FACILITIES } from './glossary.ts';
import { spec } from './spec.ts';
const SURVEY_HEADING = /(平成|令和)\s*(元|\d{1,2})\s*年度\s*価格妥結状況調査.*?[(（]\s*(\d{1,2})\s*月\s*取引分/;
const HEADING = /医療機関・薬局区分別妥結状況/;
const ROW = /^(.*?)\s*([(（]?\s*[\d０-９][\d０-９\s。．.,・]*(?:%|％|0\/[o6])?\s*[)）]?)$/;
const LABEL_THEN_DEBRIS = /^(.*[\u3040-\u9fff](?:\s*[)）])?)\s*(.*)$/;

interface SurveyMonth {
  period: string;
  periodJa: string;
  line: number;
}

/** The survey's month, from the nearest survey heading at or before `before`. */
function findSurveyMonth(doc: SourceDocument, before: number): SurveyMonth | null {
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

/** Per document: the surveyed month and the line of the survey heading that names it. */
export interface FacilityMeta extends SurveyMonth {
  doc: string;
}

export function extractFacility(doc: SourceDocument): Extraction<FacilityMeta> | null {
  const start = findLine(doc, HEADING);
  if (start < 0) return null;
  const ds = emptyDataset<FacilityMeta>(spec.id);
  const month = findSurveyMonth(doc, start);
  if (!month)
    return {
      dataset: ds,
      problems: ['the surveyed month could not be read from the survey heading above it (…年度 価格妥結状況調査… (n月取引分))'],
    };
  // The survey's own description (who answered, what was measured) sits between its heading and this table.
  for (let i = month.line; i < start; i++) {
    const text = doc.lines[i]!.trim();
    if (text) ds.notes.push({ doc: doc.id, line: i + 1, text });
  }
  // The table ends at the next item (イ.) or section; without one, the document was cut inside it.
  let closed = false;
  for (let i = start + 1; i < doc.lines.length; i++) {
    const text = doc.lines[i]!.trim();
    if (!text) continue;
    if (/^[※＊*]/.test(text)) {
      ds.notes.push({ doc: doc.id, line: i + 1, text });
      continue;
    }
    if (/^[イウエオ]\s*[.．]/.test(text) || SECTION_HEADING.test(doc.lines[i]!)) {
      closed = true;
      break;
    }
    if (/^区\s*分/.test(text)) continue;
    // A value OCR made into letters still leaves its label: the label runs to its last CJK character (and a
    // closing bracket after it); the rest is the value's raw text.
    const m = ROW.exec(text) ?? LABEL_THEN_DEBRIS.exec(text);
    const label = m ? m[1]! : text;
    const match = matchLabel(label, FACILITIES);
    if (!match) {
      addFragment(ds, doc.id, i + 1, text, note('row label not recognised as a facility category', '区分として読めない行ラベル'));
      continue;
    }
    if (match.rule) ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: label, value: match.entry.ja, rule: match.rule });
    const raw = m ? m[2]! : '';
    const reading = raw ? readRate(raw) : null;
    const cell: Cell = reading
      ? { value: reading.value, status: reading.status, raw, rule: reading.rules.join('+'), note: reading.note, doc: doc.id, line: i + 1 }
      : missingCell(doc.id, i + 1, '', MESSAGES.noRateOnRow);
    ds.rows.push({
      keys: { facility_ja: match.entry.ja, facility_en: match.entry.en, period: month.period, period_ja: month.periodJa, label_raw: label },
      cells: { rate_pct: cell },
    });
  }
  ds.meta.push({ doc: doc.id, ...month });
  const problems: string[] = [];
  if (ds.rows.length === 0) problems.push('no row label of the table could be read');
  if (!closed) problems.push('it runs to the end of the document with no next item or section after it: the document is cut off');
  return { dataset: ds, problems };
}
