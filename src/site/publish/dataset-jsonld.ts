/**
 * schema.org `Dataset` data of a dataset page (JSON-LD), for dataset search engines: name, description,
 * licence, creator, temporal and spatial coverage, the measured variables, each file as a `DataDownload` with
 * its format and address, and the source documents as `isBasedOn`. A data block, not a script: the CSP is not
 * concerned, and `<` is escaped so that no text can close the element.
 */
import { READERS, type DatasetId } from '../../datasets/readers.ts';
import { localName, t, type Lang } from '../../i18n/index.ts';
import { buildDate } from '../model/build-date.ts';
import { dataRelease, hasDataset, loadRows, sourcesOf } from '../model/data.ts';
import type { DatasetPage } from '../model/dataset-pages.ts';
import { FLAVOURS, XLSX_TYPE, contentType, fileName } from './downloads.ts';
import { xlsxName } from './files.ts';
import { absolute, asset, href } from './urls.ts';

const LICENCE = 'https://creativecommons.org/licenses/by/4.0/';

/** The first and last date of a page's data (the period or date columns of its rows), as ISO text. */
function coverage(datasets: readonly DatasetId[]): string | undefined {
  const dates: string[] = [];
  for (const id of datasets) {
    const fields = READERS[id].spec.fields.filter(
      (f) => f.role === 'key' && (f.type === 'date' || /^(period|date|survey_year)$/.test(f.name)),
    );
    for (const r of loadRows(id) as unknown as Record<string, unknown>[])
      for (const f of fields) if (r[f.name] !== null && r[f.name] !== '') dates.push(String(r[f.name]));
  }
  const iso = dates.filter((d) => /^\d{4}(-\d{2}){0,2}$/.test(d)).sort();
  if (!iso.length) return undefined;
  return iso[0] === iso.at(-1) ? iso[0] : `${iso[0]}/${iso.at(-1)}`;
}

function measured(id: DatasetId) {
  const fields = READERS[id].spec.fields;
  return fields.some((f) => f.role === 'value') ? fields.filter((f) => f.role === 'value') : fields.filter((f) => f.role === 'key');
}

export function datasetJsonLd(page: DatasetPage, lang: Lang): Record<string, unknown> {
  const w = t(lang);
  const words = w.pages[page.id];
  const datasets = page.datasets.filter(hasDataset);
  const release = dataRelease();
  const sources = [...new Map(datasets.flatMap(sourcesOf).map((s) => [s.id, s])).values()];
  const site = absolute(href(lang));
  const download = (file: string, format: string, name: string) => ({
    '@type': 'DataDownload',
    name,
    encodingFormat: format,
    contentUrl: absolute(asset(`downloads/${file}`)),
  });
  // A text table without periods (the case list) covers the date of its documents.
  const temporal = coverage(datasets) ?? (sources.length ? [...new Set(sources.map((x) => x.date))].sort().join('/') : undefined);
  return {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: words.title,
    description: words.measures,
    url: absolute(href(lang, `datasets/${page.id}/`)),
    inLanguage: lang,
    license: LICENCE,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: w.site.name, url: site },
    publisher: { '@type': 'Organization', name: w.site.name, url: site },
    ...(release ? { version: release.version, dateModified: release.date } : { dateModified: buildDate() }),
    ...(temporal ? { temporalCoverage: temporal } : {}),
    spatialCoverage: { '@type': 'Place', name: w.jsonLd.japan },
    keywords: w.jsonLd.keywords,
    // The values measured; for a text table, its columns.
    variableMeasured: datasets.flatMap((id) =>
      measured(id).map((f) => ({ '@type': 'PropertyValue', name: localName(lang, f.title_ja, f.title), description: f.description })),
    ),
    // Every file of each dataset: the CSV, the two CSVs for Excel (the Windows one says its encoding) and the workbook.
    // Each is named by its form: the dataset's name is the page's, and its address names the file.
    distribution: datasets.flatMap((id) => [
      ...FLAVOURS.map((f) => download(fileName(id, f), contentType(f), w.catalogue.forms[f])),
      download(xlsxName(id, lang), XLSX_TYPE, 'xlsx'),
    ]),
    isBasedOn: sources.map((s) => ({
      '@type': 'CreativeWork',
      name: localName(lang, s.title_ja, s.title_en),
      author: { '@type': 'Organization', name: localName(lang, s.publisher_ja, s.publisher_en) },
      datePublished: s.date,
      ...(s.url ? { url: s.url } : {}),
      license: s.licence_url,
    })),
  };
}

/** The JSON-LD as the text of its element: `<` escaped, so no text of the data can end the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
