/**
 * The downloads catalogue: every file, grouped — the data of this version (its zip and the files about every
 * dataset), then each dataset (its CSV in three forms and its workbooks), then each chart (its data, workbook,
 * metadata, pictures and zip) — each file with its form, encoding, size and rows.
 */
import { DATASET_IDS, READERS, isDatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import { LANGS, localName, t, type Lang } from '../../i18n/index.ts';
import { chartDataFiles } from '../model/chart-data.ts';
import { availableCharts, makeChart } from '../model/charts.ts';
import { loadRows } from '../model/data.ts';
import { chartFiles } from './chart-meta.ts';
import { downloads, fileName, FLAVOURS, type Flavour } from './downloads.ts';
import {
  chartPng,
  chartSvg,
  chartXlsx,
  chartZip,
  chartMetadataJson,
  dataZip,
  dataZipName,
  datasetXlsx,
  xlsxDatasets,
  xlsxName,
} from './files.ts';
import { asset } from './urls.ts';

type Form =
  Flavour | 'xlsx' | 'zip' | 'metadata' | 'svg' | 'png' | 'datapackage' | 'quality' | 'documents' | 'changelog' | 'events' | 'text';
type Encoding = Flavour | 'json' | 'text' | 'binary';

export interface CatalogueFile {
  /** The address, relative to the site. */
  href: string;
  file: string;
  form: Form;
  encoding: Encoding;
  /** For a workbook: its language. */
  lang?: Lang;
  bytes: number;
  /** Data rows (null for files that are not tables). */
  rows: number | null;
}

export interface CatalogueGroup {
  kind: 'all' | 'dataset' | 'chart';
  id: string;
  title: string;
  /** The dataset page that shows it ('' for the data of every dataset). */
  page: string;
  files: CatalogueFile[];
}

/** The JSON files of data/clean and what the catalogue calls them. */
const JSON_FORMS: Record<string, Form> = {
  'datapackage.json': 'datapackage',
  'quality.json': 'quality',
  'documents.json': 'documents',
  'changelog.json': 'changelog',
  'events.json': 'events',
};

const enc = new TextEncoder();

export async function catalogue(lang: Lang): Promise<CatalogueGroup[]> {
  const all = downloads();
  const size = (file: string) => all.find((d) => d.file === file)?.bytes.length ?? 0;
  const everything: CatalogueGroup = {
    kind: 'all',
    id: 'all',
    title: t(lang).catalogue.everything,
    page: '',
    files: [
      {
        href: asset(`downloads/${dataZipName()}`),
        file: dataZipName(),
        form: 'zip',
        encoding: 'binary',
        bytes: (await dataZip('')).length,
        rows: null,
      },
      ...all
        .filter((d) => d.flavour === 'json' || d.flavour === 'text')
        .map((d): CatalogueFile => {
          const form = d.flavour === 'text' ? 'text' : JSON_FORMS[d.file];
          if (!form) throw new Error(`${d.file}: a published file the downloads catalogue does not know`);
          return {
            href: asset(`downloads/${d.file}`),
            file: d.file,
            form,
            encoding: d.flavour as Encoding,
            bytes: d.bytes.length,
            rows: null,
          };
        }),
    ],
  };
  const datasets: CatalogueGroup[] = [];
  for (const id of xlsxDatasets()) {
    const rows = loadRows(id).length;
    datasets.push({
      kind: 'dataset',
      id,
      title: localName(lang, READERS[id].spec.title_ja, READERS[id].spec.title),
      page: VIEWS[id].page,
      files: [
        ...FLAVOURS.map((f) => ({
          href: asset(`downloads/${fileName(id, f)}`),
          file: fileName(id, f),
          form: f,
          encoding: f,
          bytes: size(fileName(id, f)),
          rows,
        })),
        ...(await Promise.all(
          LANGS.map(async (l) => ({
            href: asset(`downloads/${xlsxName(id, l)}`),
            file: xlsxName(id, l),
            form: 'xlsx' as const,
            encoding: 'binary' as const,
            lang: l,
            bytes: (await datasetXlsx(`${id}|${l}`)).length,
            rows,
          })),
        )),
      ],
    });
  }
  const charts: CatalogueGroup[] = [];
  const data = chartDataFiles(lang);
  for (const c of availableCharts()) {
    const spec = makeChart(c.id, lang)!;
    const key = `${c.id}|${lang}`;
    const f = chartFiles(lang, c.id);
    const name = (u: string) => u.split('/').pop()!;
    const rows = spec.cells.length;
    charts.push({
      kind: 'chart',
      id: c.id,
      title: spec.title,
      page: c.page,
      files: [
        ...data
          .filter((d) => d.chart === c.id)
          .map((d) => ({ href: f[d.flavour]!, file: d.file, form: d.flavour, encoding: d.flavour, bytes: d.bytes.length, rows })),
        { href: f.xlsx!, file: name(f.xlsx!), form: 'xlsx', encoding: 'binary', bytes: (await chartXlsx(key)).length, rows },
        {
          href: f.metadata!,
          file: name(f.metadata!),
          form: 'metadata',
          encoding: 'json',
          bytes: enc.encode(chartMetadataJson(c.id, lang)).length,
          rows: null,
        },
        { href: f.svg!, file: name(f.svg!), form: 'svg', encoding: 'text', bytes: enc.encode(chartSvg(key)).length, rows: null },
        { href: f.png!, file: name(f.png!), form: 'png', encoding: 'binary', bytes: (await chartPng(key)).length, rows: null },
        { href: f.zip!, file: name(f.zip!), form: 'zip', encoding: 'binary', bytes: (await chartZip(key)).length, rows: null },
      ],
    });
  }
  return [
    everything,
    ...datasets.sort((a, b) => (isDatasetId(a.id) && isDatasetId(b.id) ? DATASET_IDS.indexOf(a.id) - DATASET_IDS.indexOf(b.id) : 0)),
    ...charts,
  ];
}
