/**
 * 医療関連サービスの委託率の推移 → outsourcing-rates: one row per service × survey wave.
 * NOTE: in the 2011 handout the rates were bars of an image; only the service names and the survey waves
 * (with the number of hospitals answering) survived OCR, so every rate is `missing` unless supplemented.
 */
import { emptyDataset, type Dataset } from '../dataset.ts';
import { eraToWestern, formatEraYear } from '../eras.ts';
import { SERVICES } from '../glossary.ts';
import { matchLabel } from '../labels.ts';
import { parseCount } from '../numbers.ts';
import { missingCell, type SourceDocument } from '../types.ts';
import { findLine, hasCJK, SECTION_HEADING } from './common.ts';

export const OUTSOURCING_ID = 'outsourcing-rates';
const HEADING = /委託率の推移/;
const WAVE = /(昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*調\s*査\s*([\d,]+)\s*病\s*院/;

export function extractOutsourcing(doc: SourceDocument): Dataset | null {
  const start = findLine(doc, HEADING);
  if (start < 0) return null;
  const ds = emptyDataset(OUTSOURCING_ID);
  const services: { ja: string; en: string; line: number; raw: string }[] = [];
  const waves: { year: number; respondents: number | null; respondentsRaw: string; line: number }[] = [];
  let i = start + 1;
  for (; i < doc.lines.length; i++) {
    const text = doc.lines[i]!.trim();
    if (!text) continue;
    if (SECTION_HEADING.test(doc.lines[i]!)) break;
    const wave = WAVE.exec(text);
    if (wave && wave[2] !== '0') {
      waves.push({
        year: eraToWestern(wave[1]!, wave[2] === '元' ? 1 : Number(wave[2])),
        respondents: parseCount(wave[3]!),
        respondentsRaw: wave[3]!,
        line: i + 1,
      });
      continue;
    }
    if (/^[(（]\s*資料/.test(text)) {
      // The source note runs to the next heading; keep it whole.
      const note: string[] = [text];
      let j = i + 1;
      while (j < doc.lines.length && doc.lines[j]!.trim() && !SECTION_HEADING.test(doc.lines[j]!)) note.push(doc.lines[j++]!.trim());
      ds.notes.push({ doc: doc.id, line: i + 1, text: note.join('') });
      i = j - 1;
      continue;
    }
    if (waves.length === 0 && hasCJK(text) && !/\d/.test(text)) {
      const m = matchLabel(text, SERVICES);
      const ja = m ? m.entry.ja : text.replace(/\s+/g, '');
      if (m?.rule) ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: text, value: ja, rule: m.rule });
      if (!m) ds.fragments.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: text, reason: 'service name not in the glossary: published with no English name' });
      services.push({ ja, en: m?.entry.en ?? '', line: i + 1, raw: text });
      continue;
    }
    if (waves.length > 0) break;
    ds.fragments.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: text, reason: 'line in the outsourcing chart that is neither a service nor a survey wave' });
  }
  if (services.length === 0 || waves.length === 0) return null;
  for (const s of services) {
    for (const w of waves) {
      ds.rows.push({
        keys: {
          service_ja: s.ja,
          service_en: s.en,
          survey_year: w.year,
          survey_ja: formatEraYear(w.year),
          respondents: w.respondents,
          label_raw: s.raw,
          wave_line: w.line,
        },
        cells: {
          rate_pct: missingCell(doc.id, s.line, '', 'not in the text: the rates were drawn as bars in an image that OCR could not read'),
        },
      });
    }
  }
  ds.meta.waves = waves.map((w) => ({ doc: doc.id, year: w.year, respondents: w.respondents, line: w.line }));
  return ds;
}
