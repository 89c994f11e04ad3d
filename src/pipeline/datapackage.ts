/** datapackage.json: a Frictionless Data Package describing every published file: the CSVs as tables, the rest as files. */
import { tableSchemaField, type DatasetSpec } from './contract.ts';
import { rowDoc, type Dataset } from './dataset.ts';
import { LABEL_RULES } from './labels.ts';
import { REPAIR_RULES } from './repair.ts';
import type { Register } from './register.ts';
import { documentTextFile, type Datapackage, type FileResource, type TableResource } from './published.ts';
import { type Quality } from './quality.ts';

/** The package: its sources, licence, a resource per dataset (from its spec), and the repair rules. */
export function buildDatapackage(
  specs: readonly DatasetSpec[],
  datasets: ReadonlyMap<string, Dataset>,
  register: Register,
  quality: Quality,
  release?: { version: string; date: string },
): Datapackage {
  const sourceOf = (id: string) => {
    const m = register.documents.find((d) => d.id === id);
    return m
      ? {
          title: `${m.title_ja} / ${m.title_en}`,
          ...(m.url ? { path: m.url } : {}),
          type: m.type_en,
          type_ja: m.type_ja,
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
    profile: 'data-package',
    name: 'mhlw-survey-charts',
    // The data's version and date (data/CHANGELOG.yml): patch for a correction, minor for new values or
    // datasets, major for a changed column.
    ...(release ? { version: release.version, created: `${release.date}T00:00:00Z` } : {}),
    title: 'MHLW handout data (unofficial): tables of Japanese health-ministry handouts, cleaned from OCR',
    title_ja: '厚労省配布資料データ（非公式）：厚生労働省の配布資料の統計表（OCRから整備）',
    description:
      'Tables from MHLW handouts, read from noisy OCR text by an independent project (not published by the ministry). Every value has a status (read, repaired, corrected, sourced, missing) and its provenance: source document, line and raw text. Nothing is estimated: a value the text does not give unambiguously is missing, with its raw text kept. Empty cell = missing.',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'Creative Commons Attribution 4.0 (the source documents are reused under the Government of Japan Standard Terms of Use 2.0, compatible with CC BY 4.0); credit: 厚生労働省 (MHLW)',
      },
    ],
    sources: quality.documents.map((d) => sourceOf(d.id)),
    resources: [
      ...specs.map((s): TableResource => {
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
          // The documents its rows were read from, then each public page its sourced values quote, once.
          sources: [
            ...docs.filter(Boolean).map(sourceOf),
            ...[...new Map(ds.rows.map((r) => [r.cells[s.primary]?.url ?? '', r.cells[s.primary]?.source])).entries()]
              .filter(([url, src]) => url && src)
              .map(([url, src]) => ({ title: `${src!.publisher}: ${src!.title}`, path: url })),
          ],
          schema: {
            fields: s.fields.map(tableSchemaField),
            missingValues: [''],
            primaryKey: [...s.primaryKey],
          },
          notes: ds.notes.map((n) => ({ doc: n.doc, line: n.line, text: n.text })),
        };
      }),
      ...fileResources(quality, register),
    ],
    repair_rules: { ...REPAIR_RULES, ...LABEL_RULES },
  };
}

const file = (name: string, path: string, title: string, title_ja: string, description: string): FileResource => ({
  name,
  path,
  profile: 'data-resource',
  title,
  title_ja,
  description,
  format: path.endsWith('.txt') ? 'txt' : 'json',
  mediatype: path.endsWith('.txt') ? 'text/plain' : 'application/json',
  encoding: 'utf-8',
});

/** The files beside the tables: what the site shows besides values, published so that it reads nothing else. */
function fileResources(quality: Quality, register: Register): FileResource[] {
  return [
    file(
      'quality',
      'quality.json',
      'Data quality',
      'データの品質',
      'What each document holds, the status counts, the checks between tables, and the text that was not published as values (fragments, label repairs, skipped fixes).',
    ),
    file(
      'documents',
      'documents.json',
      'Source documents',
      '出典文書',
      'The register entry of each document read: title, issuer, date, address, licence, sha256.',
    ),
    file(
      'changelog',
      'changelog.json',
      'Versions of the data',
      'データの版',
      'The versions of the data, newest first: date, what changed, status counts, hash of the CSVs.',
    ),
    file(
      'events',
      'events.json',
      'Events marked on the charts',
      'グラフに示す出来事',
      'Events that change what a series means (a rule that starts to apply), marked on the charts of their datasets: when, the words on the chart, and the cited source with its own words.',
    ),
    ...quality.documents.map((d) => {
      const m = register.documents.find((x) => x.id === d.id)!;
      return file(
        `text-${d.id}`,
        documentTextFile(d.id),
        `Text of ${m.title_en}`,
        `${m.title_ja}（本文）`,
        'The document as received, decoded to UTF-8, one line per line: the line numbers the provenance columns cite.',
      );
    }),
  ];
}
