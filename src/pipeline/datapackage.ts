/** datapackage.json: a Frictionless Tabular Data Package describing every published CSV. */
import { SPECS } from './contract.ts';
import { rowDoc, type Dataset } from './dataset.ts';
import { LABEL_RULES } from './labels.ts';
import { REPAIR_RULES } from './repair.ts';
import type { Sources } from './sources.ts';
import type { Quality } from './run.ts';

const PRIMARY_KEYS: Record<string, string[]> = {
  'outsourcing-rates': ['source_doc', 'service_ja', 'survey_year'],
  'clinical-labs-totals': ['source_doc', 'date'],
  'price-agreement-by-facility': ['source_doc', 'facility_ja', 'period'],
  'price-agreement-by-owner': ['source_doc', 'owner_no', 'period'],
  'clinical-research-cases': ['source_doc', 'case_id'],
};

export function buildDatapackage(datasets: Map<string, Dataset>, sources: Sources | null, quality: Quality) {
  const sourceOf = (id: string) => {
    const m = sources?.documents.find((d) => d.id === id);
    return m
      ? {
          title: `${m.title_ja} / ${m.title_en}`,
          ...(m.url ? { path: m.url } : {}),
          type: m.type,
          publisher: m.publisher_ja,
          publisher_en: m.publisher_en,
          date: m.date,
          ...(m.date_ja ? { date_ja: m.date_ja } : {}),
          sha256: m.sha256,
          file: `data/raw/${m.file}`,
        }
      : { title: id };
  };
  return {
    profile: 'tabular-data-package',
    name: 'mhlw-survey-charts',
    title: 'MHLW survey charts: tables of Japanese health-ministry handouts, cleaned from OCR',
    title_ja: '厚生労働省資料の統計表（OCRから整備したデータ）',
    description:
      'Tables from MHLW handouts, read from noisy OCR text. Every value has a status (read, repaired, corrected, sourced, missing) and its provenance: source document, line and raw text. Nothing is estimated: a value the text does not give unambiguously is missing, with its raw text kept. Empty cell = missing.',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 (the source documents are reused under the Government of Japan Standard Terms of Use 2.0, compatible with CC BY 4.0); credit: 厚生労働省 (MHLW)',
      },
    ],
    sources: quality.documents.map((d) => sourceOf(d.id)),
    resources: SPECS.filter((s) => datasets.has(s.id)).map((s) => {
      const ds = datasets.get(s.id)!;
      const docs = [...new Set(ds.rows.map(rowDoc))];
      return {
        name: s.id,
        path: `${s.id}.csv`,
        profile: 'tabular-data-resource',
        title: s.title,
        title_ja: s.title_ja,
        description: s.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\n', header: true, doubleQuote: true },
        sources: docs.map(sourceOf),
        schema: {
          fields: s.fields.map((f) => ({
            name: f.name,
            type: f.type,
            ...(f.type === 'date' ? { format: 'default' } : {}),
            title: f.title,
            title_ja: f.title_ja,
            description: f.description,
            ...(f.enum ? { constraints: { enum: f.enum } } : {}),
          })),
          missingValues: [''],
          primaryKey: PRIMARY_KEYS[s.id],
        },
        notes: ds.notes.map((n) => ({ doc: n.doc, line: n.line, text: n.text })),
      };
    }),
    repair_rules: { ...REPAIR_RULES, ...LABEL_RULES },
  };
}
