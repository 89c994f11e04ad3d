/**
 * What is known about one chart, in one place (after OWID's `/grapher/<slug>.metadata.json`): its title and
 * subtitle, unit, columns, every source with its words, licence, citations in both languages and BibTeX, the
 * data version and the page and embed addresses. Served as `/charts/<id>.metadata.json`, written into the
 * chart's xlsx (notes sheet) and zip (README). The zod schema below is the contract; its JSON Schema is
 * published as `/charts/metadata.schema.json`.
 */
import { z } from 'zod/v4';
import { READERS, isDatasetId, type DatasetId } from '../../datasets/readers.ts';
import { VIEWS } from '../../datasets/views.ts';
import type { ChartDefinition, ChartSpec } from '../../display/chart.ts';
import { LANGS, localName, t, type Lang } from '../../i18n/index.ts';
import { formatDocumentDate } from '../../i18n/dates.ts';
import { STATUSES } from '../../pipeline/types.ts';
import { buildDate } from '../model/build-date.ts';
import { chartEntry, drawnRefs, makeChart } from '../model/charts.ts';
import { unitOf } from '../model/chart-data.ts';
import { dataRelease, loadRows, loadSources, sourcesOf } from '../model/data.ts';
import { citeChart, embedPath } from './embed.ts';
import { absolute, href } from './urls.ts';

const Text = z.string();
const SourceSchema = z.object({
  kind: z
    .enum(['document', 'primary', 'secondary', 'tertiary'])
    .describe('document: a handout the values are read from; else the kind of public source a quoted value comes from'),
  publisher: Text,
  title: Text.describe('"unknown" when the source gives none'),
  date: Text.describe('YYYY, YYYY-MM or YYYY-MM-DD, or "unknown"'),
  url: Text.describe('the address of the source ("" when unknown)'),
  quotes: z.array(Text).describe("the source's own words for each value quoted from it"),
  licence: Text,
});

const ChartMetadataSchema = z
  .object({
    id: Text.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    lang: z.enum(LANGS as unknown as ['ja', 'en']),
    title: Text.min(1),
    subtitle: Text,
    unit: z.enum(['percent', 'count']).describe('percent: percentage points (35.3 = 35.3 %); count: a number of things'),
    dataset: Text.describe('the dataset the chart draws (its CSV in /downloads/)'),
    columns: z
      .array(z.object({ name: Text, title: Text, type: z.enum(['string', 'number', 'integer']), description: Text }))
      .describe('the columns of the chart CSV'),
    sources: z.array(SourceSchema).min(1),
    licence: z.object({ name: Text, url: Text.url() }),
    citation: z.object({ ja: Text, en: Text, bibtex: Text }),
    statuses: z.record(z.enum(STATUSES as unknown as ['read']), Text).describe('what each status means'),
    dataVersion: Text.nullable().describe('the version of the data (semver), or null for unversioned data'),
    lastUpdated: Text.regex(/^\d{4}-\d{2}-\d{2}$|^n\.d\.$/),
    page: Text.url(),
    embed: Text.url(),
    files: z.record(Text, Text.url()).describe('the addresses of the chart files, by kind'),
  })
  .strict();

export type ChartMetadata = z.infer<typeof ChartMetadataSchema>;

/** The JSON Schema of the metadata files (JSON Schema 2020-12). */
export function metadataJsonSchema(): object {
  return { $id: 'metadata.schema.json', title: 'Chart metadata', ...z.toJSONSchema(ChartMetadataSchema) };
}

/** The files of a chart, by kind, relative to the site (chart data and pictures, in the chart's language). */
export function chartFiles(lang: Lang, id: string): Record<string, string> {
  const f = (name: string) => href(lang, `charts/${id}${name}`);
  return {
    csv: f('.csv'),
    'excel-utf8': f('.excel-utf8.csv'),
    'excel-cp932': f('.excel-cp932.csv'),
    xlsx: f('.xlsx'),
    metadata: f('.metadata.json'),
    svg: f('.svg'),
    png: f('.png'),
    zip: f('.zip'),
  };
}

/** The datasets a chart draws: its own and those its definition names. */
function drawn(id: string): string[] {
  const entry = chartEntry(id);
  const def = (VIEWS[entry.dataset].charts as readonly ChartDefinition<unknown>[]).find((c) => c.id === entry.chart);
  return [entry.dataset, ...(def?.draws ?? [])];
}

/** The sources of the values a chart draws: the documents, then each public source quoted, with its words. */
function chartSources(spec: ChartSpec, lang: Lang): ChartMetadata['sources'] {
  const { docIds, urls } = drawnRefs(spec.cells);
  return valueSources(drawn(spec.id).filter(isDatasetId), docIds, urls, lang);
}

/**
 * Every source of a dataset's values (its workbook's notes): the documents it is read from and those its
 * rows name, then each public source its rows quote, with their words.
 */
export function datasetSources(id: DatasetId, lang: Lang): ChartMetadata['sources'] {
  const rows = loadRows(id) as unknown as { status?: string; source_doc?: string; source_url?: string }[];
  const docIds = new Set([
    ...sourcesOf(id).map((s) => s.id),
    ...rows.filter((r) => r.status !== 'sourced' && r.source_doc).map((r) => r.source_doc!),
  ]);
  const urls = new Set(rows.filter((r) => r.status === 'sourced' && r.source_url).map((r) => r.source_url!));
  return valueSources([id], docIds, urls, lang);
}

/** The documents `docIds` (in the sources' order), then the public sources at `urls` quoted by the rows of `datasets`. */
function valueSources(
  datasets: readonly DatasetId[],
  docIds: ReadonlySet<string>,
  urls: ReadonlySet<string>,
  lang: Lang,
): ChartMetadata['sources'] {
  const docs = loadSources().filter((s) => docIds.has(s.id));
  type Quoted = {
    source_url: string;
    source_quote: string;
    source_publisher: string;
    source_title: string;
    source_published: string;
    source_kind: string;
    status: string;
  };
  const quoted = new Map<string, Quoted[]>();
  for (const d of datasets)
    for (const r of loadRows(d) as unknown as Quoted[])
      if (r.status === 'sourced' && urls.has(r.source_url)) quoted.set(r.source_url, [...(quoted.get(r.source_url) ?? []), r]);
  const w = t(lang);
  return [
    ...docs.map((s) => ({
      kind: 'document' as const,
      publisher: localName(lang, s.publisher_ja, s.publisher_en),
      title: localName(lang, s.title_ja, s.title_en),
      date: s.date,
      url: s.url ?? '',
      quotes: [],
      licence: localName(lang, s.licence_ja, s.licence),
    })),
    ...[...quoted.entries()].map(([url, rows]) => ({
      kind: rows[0]!.source_kind as 'primary' | 'secondary' | 'tertiary',
      publisher: rows[0]!.source_publisher,
      title: rows[0]!.source_title,
      date: rows[0]!.source_published,
      url,
      quotes: [...new Set(rows.map((r) => r.source_quote))],
      licence: w.chartMeta.quotedLicence,
    })),
  ];
}

const cache = new Map<string, ChartMetadata>();

/** A chart's metadata in a language (null when its dataset is not in this build). */
export function chartMetadata(id: string, lang: Lang): ChartMetadata | null {
  const key = `${id}|${lang}`;
  if (cache.has(key)) return cache.get(key)!;
  const spec = makeChart(id, lang);
  if (!spec) return null;
  const w = t(lang);
  const entry = chartEntry(id);
  const page = `${absolute(href(lang, `datasets/${entry.page}/`))}#chart-${id}`;
  const accessed = buildDate();
  // cited by the sources of the values it draws, in each language, dated as the sources' list dates them
  const cite = (l: Lang) => {
    const s = makeChart(id, l)!;
    const sources = chartSources(s, l).map((x) => ({ ...x, date: x.date === 'unknown' ? '' : formatDocumentDate({ date: x.date }, l) }));
    return citeChart(s, l, `${absolute(href(l, `datasets/${entry.page}/`))}#chart-${id}`, accessed, sources);
  };
  const columns = w.chartTools.columns;
  const release = dataRelease();
  const meta: ChartMetadata = {
    id,
    lang,
    title: spec.title,
    subtitle: spec.subtitle,
    unit: unitOf(spec),
    dataset: entry.dataset,
    columns: (Object.keys(columns) as (keyof typeof columns)[]).map((name) => ({
      name,
      title: columns[name],
      type: name === 'value' ? 'number' : name === 'source_line' ? 'integer' : 'string',
      description: w.chartMeta.columns[name],
    })),
    sources: chartSources(spec, lang),
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    citation: { ja: cite('ja').text, en: cite('en').text, bibtex: cite(lang).bibtex },
    statuses: Object.fromEntries(STATUSES.map((s) => [s, `${w.status.label[s]}: ${w.status.help[s]}`])) as ChartMetadata['statuses'],
    dataVersion: release?.version ?? null,
    lastUpdated: release?.date ?? accessed,
    page,
    embed: absolute(embedPath(lang, id)),
    files: Object.fromEntries(Object.entries(chartFiles(lang, id)).map(([k, v]) => [k, absolute(v)])),
  };
  cache.set(key, meta);
  return meta;
}

/** The document dates as a source list writes them (for the notes sheet and the README). */
export function sourceLine(s: ChartMetadata['sources'][number], lang: Lang): string {
  const date = s.date === 'unknown' ? '' : formatDocumentDate({ date: s.date }, lang);
  return [s.publisher, s.title === 'unknown' ? '' : s.title, date].filter(Boolean).join(t(lang).chartMeta.sep);
}

/** A dataset's title in a language. */
export function datasetTitle(id: string, lang: Lang): string {
  return isDatasetId(id) ? localName(lang, READERS[id].spec.title_ja, READERS[id].spec.title) : id;
}
