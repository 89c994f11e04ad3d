/**
 * The workbooks and zips of the downloads, each made once per build and shared by the endpoints, the pages
 * that list their sizes and the zips that hold them:
 *
 * - a chart's `.xlsx` (sheet 1 its table as the page shows it, items × periods; sheet 2 its data, long, with
 *   status and provenance; sheet 3 notes and sources) and `.zip` (CSVs, xlsx, metadata, SVG, PNG, README);
 * - a dataset's `.xlsx` (its table as its page shows it, its published CSV typed, notes and sources);
 * - the zip of all the data of this data version.
 */
import { READERS, DATASET_IDS, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import type { ChartCell, ChartSpec } from '../../display/chart.ts';
import { formatDate } from '../../i18n/dates.ts';
import { LANG_SEGMENT, LANGS, localName, t, type Lang } from '../../i18n/index.ts';
import { buildDate } from '../model/build-date.ts';
import { chartDataFiles } from '../model/chart-data.ts';
import { availableCharts, creditsOf, makeChart } from '../model/charts.ts';
import { dataFiles, dataRelease, hasDataset, loadRows, readDataFile } from '../model/data.ts';
import { outlinedSvg, PRINT_WIDTH, standaloneSvg } from '../render/chart-files.ts';
import { renderPdf } from '../render/pdf.ts';
import { renderPng } from '../render/png.ts';
import { chartMetadata, datasetSources, datasetTitle, sourceLine, type ChartMetadata } from './chart-meta.ts';
import { downloads } from './downloads.ts';
import { writeXlsx, zipFiles, type Sheet, type SheetCell } from './xlsx.ts';

/** The date the files carry: the data version's, else the build's (the last commit's, or SOURCE_DATE_EPOCH). */
function filesDate(): string {
  const d = dataRelease()?.date ?? buildDate();
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '1980-01-01';
}

function memo<T>(f: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, f(key));
    return cache.get(key)!;
  };
}

const PERCENT = '0.0"%"';
const COUNT = '#,##0';

// --------------------------------------------------------------------------------------------- charts

/** The chart's SVG file (title, source and legend inside, text outlined: render/chart-files.ts), made once. */
export const chartSvg = memo((key: string): string => {
  const [id, lang] = key.split('|') as [string, Lang];
  return `<?xml version="1.0" encoding="UTF-8"?>\n${outlinedSvg(makeChart(id, lang)!)}\n`;
});

/** The chart's PNG for reports (PRINT_WIDTH wide, from the outlined SVG), rendered once: the endpoint and the zip share it. */
export const chartPng = memo(async (key: string): Promise<Uint8Array> => {
  const [id, lang] = key.split('|') as [string, Lang];
  return new Uint8Array(await renderPng(outlinedSvg(makeChart(id, lang)!), { width: PRINT_WIDTH }, true));
});

/** The chart's PDF for reports (vector, from the text form of the SVG: selectable, the font embedded as a subset), made once. */
export const chartPdf = memo(async (key: string): Promise<Uint8Array> => {
  const [id, lang] = key.split('|') as [string, Lang];
  const spec = makeChart(id, lang)!;
  const pdf = await renderPdf(standaloneSvg(spec), {
    title: spec.title,
    subject: [spec.subtitle, ...creditsOf(spec)].join('\n'),
    author: t(lang).site.name,
    keywords: spec.source,
    lang,
    date: buildDate(),
  });
  return new Uint8Array(pdf);
});

/** Items × periods as the chart's table shows them; an item with two values at one period gets a row per source. */
function shownSheet(spec: ChartSpec, meta: ChartMetadata): Sheet {
  const w = t(spec.lang).chartMeta;
  const at = new Map<string, ChartCell[]>();
  for (const c of spec.cells) at.set(`${c.key}|${c.period}`, [...(at.get(`${c.key}|${c.period}`) ?? []), c]);
  const split = [...at.values()].some((l) => l.length > 1);
  const origin = (c: ChartCell) => (c.source_url ? new URL(c.source_url).hostname : c.source_doc);
  const rowKey = (c: ChartCell) => (split ? `${c.key}|${origin(c)}` : c.key);
  const rows = new Map<string, { label: string; cells: Map<string, ChartCell> }>();
  for (const c of spec.cells) {
    const k = rowKey(c);
    if (!rows.has(k)) rows.set(k, { label: split ? `${c.label} (${origin(c)})` : c.label, cells: new Map() });
    rows.get(k)!.cells.set(c.period, c);
  }
  // Periods in words: 和暦 and 西暦 in Japanese (平成22年（2010年）6月), words in English.
  const periods = [...new Set(spec.cells.map((c) => c.period))].map((p) => [p, formatDate(p, spec.lang)] as const);
  const format = meta.unit === 'percent' ? PERCENT : COUNT;
  return {
    name: w.sheets.shown,
    head: [w.item, ...periods.map(([, label]) => label)],
    rows: [...rows.values()].map((r) => [r.label, ...periods.map(([p]) => r.cells.get(p)?.value ?? null)]),
    formats: [undefined, ...periods.map(() => format)],
  };
}

/** The long data of a chart: one row per value, with status and provenance (the chart CSV's columns, typed). */
function chartDataSheet(spec: ChartSpec, meta: ChartMetadata): Sheet {
  const format = meta.unit === 'percent' ? PERCENT : COUNT;
  return {
    name: t(spec.lang).chartMeta.sheets.data,
    head: meta.columns.map((c) => c.title),
    rows: spec.cells.map((c) => [c.key, c.label, c.period, c.periodLabel, c.value, c.status, c.source_doc, c.source_line, c.source_url]),
    formats: meta.columns.map((c) => (c.name === 'value' ? format : c.name === 'source_line' ? '0' : undefined)),
  };
}

/** Each source as the notes sheet lists it: publisher, title and date; its address; its quoted words; its licence. */
function sourceRows(sources: ChartMetadata['sources'], lang: Lang): [string, string][] {
  const w = t(lang).chartMeta;
  return sources.flatMap((s): [string, string][] => [
    [w.source, sourceLine(s, lang)],
    ...(s.url ? [[w.sourceUrl, s.url] as [string, string]] : []),
    ...s.quotes.map((q): [string, string] => [w.sourceQuote, q]),
    ...(s.licence ? [[w.licence, s.licence] as [string, string]] : []),
  ]);
}

/** The notes sheet: title, what is measured, every source with its address and words, licence, citation, version, blanks, statuses. */
function notesSheet(meta: ChartMetadata, lang: Lang, extra: [string, string][] = []): Sheet {
  const w = t(lang).chartMeta;
  const rows: [string, string][] = [
    [w.title, meta.title],
    [w.measured, meta.subtitle],
    ...extra,
    [w.unit, w.units[meta.unit]],
    ...sourceRows(meta.sources, lang),
    [w.licence, w.licenceText],
    [w.citation, meta.citation[lang]],
    [w.bibtex, meta.citation.bibtex],
    [w.version, meta.dataVersion ?? w.unversioned],
    [w.updated, meta.lastUpdated],
    [w.page, meta.page],
    [w.blank, w.blankText],
    ...Object.entries(meta.statuses).map(([s, text]): [string, string] => [w.status(s), text]),
  ];
  return { name: w.sheets.notes, head: [...w.noteHead], rows, wrap: [1] };
}

/** A chart's workbook in a language. */
export const chartXlsx = memo(async (key: string): Promise<Uint8Array> => {
  const [id, lang] = key.split('|') as [string, Lang];
  const spec = makeChart(id, lang)!;
  const meta = chartMetadata(id, lang)!;
  return writeXlsx(
    [shownSheet(spec, meta), chartDataSheet(spec, meta), notesSheet(meta, lang, [[t(lang).chartMeta.summary, spec.summary]])],
    {
      title: spec.title,
      creator: t(lang).site.name,
      date: filesDate(),
    },
  );
});

/** The README of a chart's zip, in both languages. */
function readme(id: string, lang: Lang): string {
  return [lang, ...LANGS.filter((l) => l !== lang)]
    .map((l) => {
      const m = chartMetadata(id, l)!;
      const w = t(l).chartMeta;
      const head = t(l).value.head;
      const files = Object.entries(w.readmeFiles).map(([kind, what]) => `- ${head(fileOf(id, kind), what)}`);
      return [
        `# ${m.title}`,
        '',
        m.subtitle,
        '',
        `## ${w.readme}`,
        '',
        ...files,
        '',
        `## ${w.source}`,
        '',
        ...m.sources.map((s) => `- ${sourceLine(s, l)}${s.url ? ` <${s.url}>` : ''}`),
        '',
        `## ${w.licence}`,
        '',
        w.licenceText,
        '',
        `## ${w.citation}`,
        '',
        m.citation[l],
        '',
        `${head(w.version, t(l).context.dated(m.dataVersion ?? w.unversioned, m.lastUpdated))} · ${head(w.page, m.page)}`,
        '',
        head(w.blank, w.blankText),
      ].join('\n');
    })
    .join('\n\n---\n\n')
    .concat('\n');
}

function fileOf(id: string, kind: string): string {
  return kind === 'csv'
    ? `${id}.csv`
    : kind.startsWith('excel-')
      ? `${id}.${kind}.csv`
      : kind === 'metadata'
        ? `${id}.metadata.json`
        : `${id}.${kind}`;
}

/** A chart's metadata file. */
export function chartMetadataJson(id: string, lang: Lang): string {
  return `${JSON.stringify(chartMetadata(id, lang), null, 2)}\n`;
}

/** A chart's zip in a language: its CSVs, xlsx, metadata, SVG, PNG and a README in both languages. */
export const chartZip = memo(async (key: string): Promise<Uint8Array> => {
  const [id, lang] = key.split('|') as [string, Lang];
  const enc = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  for (const f of chartDataFiles(lang).filter((x) => x.chart === id)) files[f.file] = f.bytes;
  files[`${id}.xlsx`] = await chartXlsx(key);
  files[`${id}.metadata.json`] = enc.encode(chartMetadataJson(id, lang));
  files[`${id}.svg`] = enc.encode(chartSvg(key));
  files[`${id}.png`] = await chartPng(key);
  files['README.md'] = enc.encode(readme(id, lang));
  return zipFiles(files, filesDate());
});

// ------------------------------------------------------------------------------------------- datasets

/** A dataset's table as its page shows it (numbers typed), or null when its page shows a list instead. */
function datasetShownSheet(id: DatasetId, lang: Lang): Sheet | null {
  const view = VIEWS[id] as { table?: (rows: unknown[], lang: Lang) => import('../../display/table.ts').TableView };
  if (!view.table) return null;
  const table = view.table(loadRows(id), lang);
  const numberOf = (c: { text: string; numeric: boolean; value?: number | null }): SheetCell =>
    c.value !== undefined ? c.value : c.numeric && /^-?\d+(\.\d+)?$/.test(c.text) ? Number(c.text) : c.text;
  const first = table.rows[0]?.cells ?? [];
  return {
    name: t(lang).chartMeta.sheets.table,
    head: table.head.length === first.length + 1 ? table.head : [t(lang).chartMeta.item, ...table.head],
    rows: table.rows.map((r) => [r.header, ...r.cells.map(numberOf)]),
    formats: [
      undefined,
      ...first.map((c) =>
        c.decimals === undefined ? (c.numeric ? '0' : undefined) : c.decimals > 0 ? `0.${'0'.repeat(c.decimals)}` : COUNT,
      ),
    ],
  };
}

/** A dataset's published CSV as a typed sheet: numbers as numbers, every other column as text, blanks blank. */
function datasetDataSheet(id: DatasetId, lang: Lang): Sheet {
  const fields = READERS[id].spec.fields;
  const rows = loadRows(id) as unknown as Record<string, unknown>[];
  return {
    name: t(lang).chartMeta.sheets.data,
    head: fields.map((f) => localName(lang, f.title_ja, f.title)),
    rows: rows.map((r) =>
      fields.map((f) => {
        const v = r[f.name];
        if (v === null || v === undefined || v === '') return null;
        return f.type === 'integer' || f.type === 'number' ? Number(v) : String(v);
      }),
    ),
    formats: fields.map((f) =>
      f.type === 'integer'
        ? f.role === 'line' || f.role === 'key'
          ? '0'
          : COUNT
        : f.type === 'number'
          ? `0.${'0'.repeat(Math.max(1, f.constraints.decimals ?? 1))}`
          : undefined,
    ),
  };
}

/** A dataset's notes: its title and description, every source of its values (documents and quoted sources,
 * not only those of its first chart), and the rest as for a chart. */
function datasetNotes(id: DatasetId, lang: Lang): Sheet {
  const chart = availableCharts().find((c) => c.dataset === id);
  const w = t(lang).chartMeta;
  const meta = chart && chartMetadata(chart.id, lang);
  const measured = t(lang).pages[VIEWS[id].page].measures;
  const sources = datasetSources(id, lang);
  if (meta) return notesSheet({ ...meta, title: datasetTitle(id, lang), subtitle: measured, sources }, lang);
  return {
    name: w.sheets.notes,
    head: [...w.noteHead],
    rows: [
      [w.title, datasetTitle(id, lang)],
      [w.measured, measured],
      ...sourceRows(sources, lang),
      [w.licence, w.licenceText],
      [w.version, dataRelease()?.version ?? w.unversioned],
      [w.blank, w.blankText],
    ],
    wrap: [1],
  };
}

/** A dataset's workbook in a language. */
export const datasetXlsx = memo(async (key: string): Promise<Uint8Array> => {
  const [id, lang] = key.split('|') as [DatasetId, Lang];
  const shown = datasetShownSheet(id, lang);
  return writeXlsx([...(shown ? [shown] : []), datasetDataSheet(id, lang), datasetNotes(id, lang)], {
    title: datasetTitle(id, lang),
    creator: t(lang).site.name,
    date: filesDate(),
  });
});

/** The name of a dataset's workbook under /downloads/: Japanese `<id>.xlsx`, English `<id>.en.xlsx`. */
export function xlsxName(id: string, lang: Lang): string {
  return `${id}${LANG_SEGMENT[lang] && `.${LANG_SEGMENT[lang]}`}.xlsx`;
}

/** The datasets of this build that have a workbook. */
export function xlsxDatasets(): DatasetId[] {
  return DATASET_IDS.filter((d) => hasDataset(d));
}

/** The name of the zip of all the data of this version. */
export function dataZipName(): string {
  const v = dataRelease()?.version;
  return v ? `mhlw-charts-data-${v}.zip` : 'mhlw-charts-data.zip';
}

/** Every published file of data/clean with its Excel forms, and every dataset's workbooks: the data of this version. */
export const dataZip = memo(async (): Promise<Uint8Array> => {
  const files: Record<string, Uint8Array> = {};
  for (const d of downloads()) files[d.file] = d.bytes;
  for (const f of dataFiles().filter((x) => !files[x])) files[f] = new Uint8Array(readDataFile(f));
  for (const id of xlsxDatasets()) for (const lang of LANGS) files[xlsxName(id, lang)] = await datasetXlsx(`${id}|${lang}`);
  return zipFiles(files, filesDate());
});
