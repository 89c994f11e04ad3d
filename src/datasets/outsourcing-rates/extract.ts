/**
 * 医療関連サービスの委託率の推移 → outsourcing-rates: one row per service × survey wave.
 * NOTE: in the 2011 handout the rates were bars of an image; only the service names and the survey waves
 * (with the number of hospitals answering) survived OCR, so every rate is `missing` unless supplemented.
 */
import { addFragment, emptyDataset } from '../../pipeline/dataset.ts';
import { note } from '../../pipeline/messages.ts';
import { eraToWestern, formatEraYear } from '../../pipeline/eras.ts';
import { matchLabel } from '../../pipeline/labels.ts';
import { findLine, hasCJK, SECTION_HEADING } from '../../pipeline/lines.ts';
import { parseCount } from '../../pipeline/numbers.ts';
import type { Extraction } from '../../pipeline/reader.ts';
import { missingCell, type SourceDocument } from '../../pipeline/types.ts';
import { SERVICES } from './glossary.ts';
import { spec } from './spec.ts';

/** Per document: the survey waves with the hospitals answering each. */
export interface OutsourcingMeta {
  doc: string;
  waves: { year: number; respondents: number | null; line: number }[];
}
const HEADING = /委託率の推移/;
// NOTE: in the 2011 handout the chart's bars were an image: every rate is missing, for this reason.
const IMAGE_LOST = note(
  'not in the text: the rates were drawn as bars in an image that OCR could not read',
  '資料のテキストにない：委託率はグラフの画像（棒）として描かれ、OCRで読み取れなかった',
);
const WAVE = /(昭和|平成|令和)\s*(元|\d{1,2})\s*年\s*調\s*査\s*([\d,]+)\s*病\s*院/;

export function extractOutsourcing(doc: SourceDocument): Extraction<OutsourcingMeta> | null {
  const start = findLine(doc, HEADING);
  if (start < 0) return null;
  const ds = emptyDataset<OutsourcingMeta>(spec.id);
  const services: { ja: string; en: string; line: number; raw: string }[] = [];
  const waves: { year: number; respondents: number | null; respondentsRaw: string; line: number }[] = [];
  // The chart ends at its source note, the next section, or other text after the waves; if none comes before
  // the document ends, the document was cut inside the chart.
  let closed = false;
  let i = start + 1;
  for (; i < doc.lines.length; i++) {
    const text = doc.lines[i]!.trim();
    if (!text) continue;
    if (SECTION_HEADING.test(doc.lines[i]!)) {
      closed = true;
      break;
    }
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
      closed = true;
      i = j - 1;
      continue;
    }
    if (waves.length === 0 && hasCJK(text) && !/\d/.test(text)) {
      const m = matchLabel(text, SERVICES);
      const ja = m ? m.entry.ja : text.replace(/\s+/g, '');
      if (m?.rule) ds.labelRepairs.push({ dataset: ds.id, doc: doc.id, line: i + 1, raw: text, value: ja, rule: m.rule });
      if (!m)
        addFragment(
          ds,
          doc.id,
          i + 1,
          text,
          note('service name not in the glossary: published with no English name', '用語集にないサービス名：英語名なしで公開'),
        );
      services.push({ ja, en: m?.entry.en ?? '', line: i + 1, raw: text });
      continue;
    }
    if (waves.length > 0) {
      closed = true;
      break;
    }
    addFragment(
      ds,
      doc.id,
      i + 1,
      text,
      note('line in the outsourcing chart that is neither a service nor a survey wave', 'サービス名でも調査回でもない行'),
    );
  }
  const problems: string[] = [];
  if (services.length === 0) problems.push('no service name could be read under its heading');
  if (waves.length === 0) problems.push('no survey wave (平成n年調査 …病院) could be read under its heading');
  if (!closed)
    problems.push('it runs to the end of the document with neither its source note nor a next section after it: the document is cut off');
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
          rate_pct: missingCell(doc.id, s.line, '', IMAGE_LOST),
        },
      });
    }
  }
  ds.meta.push({ doc: doc.id, waves: waves.map((w) => ({ year: w.year, respondents: w.respondents, line: w.line })) });
  return { dataset: ds, problems };
}
