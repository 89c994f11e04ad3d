/** The site's pages and what each shows: dataset pages, their charts and downloads, citations. */
import { execFileSync } from 'node:child_process';
import type { Lang } from './i18n.ts';
import { CHARTS, type ChartEntry } from '../charts/index.ts';
import type { ChartSpec } from '../charts/types.ts';
import { dataFiles, hasDataset, loadDatapackage, loadQuality, loadSources, readDataFile, type Resource, type SourceDoc } from './load.ts';
import { FLAVOURS, fileName, flavourBytes, type Flavour } from './downloads.ts';

export interface DatasetPage {
  id: string;
  /** `cases` pages list texts (their own view); the others are charts and tables. */
  kind?: 'cases';
  datasets: string[];
  charts: string[];
  title: Record<Lang, string>;
  measures: Record<Lang, string>;
}

export const DATASET_PAGES: DatasetPage[] = [
  {
    id: 'outsourcing',
    datasets: ['outsourcing-rates'],
    charts: ['outsourcing-trends', 'outsourcing-respondents'],
    title: { ja: '医療関連サービスの委託率（病院）', en: 'Hospital outsourcing of medical-related services' },
    measures: {
      ja: '病院が医療関連サービス（寝具類洗濯、検体検査、患者給食など）を外部に委託している割合。医療関連サービス振興会「医療関連サービス実態調査」の各回。資料ではグラフが画像で、OCRで数値が失われました。',
      en: 'The share of hospitals that outsource each medical-related service (bedding laundry, specimen testing, patient meals …), per wave of the 医療関連サービス実態調査. In the handout the chart was an image: OCR lost its numbers.',
    },
  },
  {
    id: 'clinical-labs',
    datasets: ['clinical-labs-totals'],
    charts: ['clinical-labs-totals'],
    title: { ja: '衛生検査所数の推移', en: 'Registered clinical laboratories' },
    measures: {
      ja: '登録されている衛生検査所（臨床検査を受託する検査所）の数。各年1月1日現在。資料の内訳表（経営主体別・従事者数別・登録検査業務数別）の合計欄から読み、表どうしで一致を確かめています。',
      en: 'The number of registered clinical laboratories (衛生検査所, which run tests for medical institutions) on 1 January of each year, read from the total column of the handout\'s breakdowns and checked across them.',
    },
  },
  {
    id: 'price-agreement',
    datasets: ['price-agreement-by-owner', 'price-agreement-by-facility'],
    charts: ['price-agreement-by-owner', 'price-agreement-by-facility'],
    title: { ja: '医薬品の価格妥結率', en: 'Drug price-agreement rates' },
    measures: {
      ja: '医療用医薬品の取引高（薬価ベース）のうち、卸と医療機関・薬局の間で価格が妥結した割合。価格妥結状況調査（卸の報告による）。設置主体別は200床以上の病院。',
      en: 'The share of prescription-drug sales (valued at NHI prices) whose price wholesalers and medical institutions or pharmacies had agreed, from the price-agreement survey (reports of the wholesalers). The owner table covers hospitals with 200 or more beds.',
    },
  },
  {
    id: 'clinical-research-cases',
    kind: 'cases',
    datasets: ['clinical-research-cases'],
    charts: [],
    title: { ja: '臨床研究法の対象となる臨床研究等の事例集', en: 'Which studies the Clinical Trials Act covers: the case examples' },
    measures: {
      ja: '臨床研究法の対象となるかどうかの公式の事例。特定臨床研究・臨床研究・対象外のリストと留意事項、参照するQ&A、改正で変わった箇所（新旧対照表の傍線部）。',
      en: 'The official examples of whether a study falls under the Clinical Trials Act: the lists (specified clinical research, clinical research, not covered) with notes, the Q&A they cite, and what the revision changed (the underlined passages of the comparison table).',
    },
  },
];

/** The source documents a dataset was read from. */
export function sourcesOf(dataset: string): SourceDoc[] {
  const docs = loadQuality()
    .documents.filter((d) => d.tables.includes(dataset))
    .map((d) => d.id);
  return loadSources().filter((s) => docs.includes(s.id));
}

/** A chart of the site with its one-line source, or null when its dataset is not in data/clean. */
export function makeChart(id: string, lang: Lang): ChartSpec | null {
  const entry = CHARTS.find((c) => c.id === id);
  if (!entry || !hasDataset(entry.dataset)) return null;
  return entry.make(lang, sourceLine(lang, sourcesOf(entry.dataset)));
}

/** Every chart that can be drawn from data/clean. */
export function availableCharts(): ChartEntry[] {
  return CHARTS.filter((c) => hasDataset(c.dataset));
}

/** The one-line source under a chart. */
export function sourceLine(lang: Lang, sources: SourceDoc[]): string {
  return sources.map((s) => (lang === 'ja' ? `出典：${s.publisher_ja}「${s.title_ja}」` : `Source: ${s.publisher_en}, “${s.title_en}”`)).join(' ');
}

export function resourceOf(id: string): Resource | undefined {
  return loadDatapackage().resources.find((r) => r.name === id);
}

export function textColumns(id: string): Set<string> {
  return new Set(resourceOf(id)?.schema.fields.filter((f) => f.type === 'string').map((f) => f.name) ?? []);
}

export interface Download {
  file: string;
  flavour: Flavour | 'json';
  bytes: Uint8Array;
  replaced: number;
}

/** Every downloadable file: each CSV of data/clean in three forms, plus the JSON files as they are. */
export function downloads(): Download[] {
  const out: Download[] = [];
  for (const f of dataFiles()) {
    if (f.endsWith('.json')) {
      out.push({ file: f, flavour: 'json', bytes: new Uint8Array(readDataFile(f)), replaced: 0 });
      continue;
    }
    const id = f.replace(/\.csv$/, '');
    const csv = readDataFile(f).toString('utf8');
    for (const flavour of FLAVOURS) out.push({ file: fileName(id, flavour), flavour, ...flavourBytes(csv, flavour, textColumns(id)) });
  }
  return out;
}

/** The date the data of this build was made: the commit's date (stable for a commit), for citations. */
export function buildDate(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'n.d.';
  } catch {
    return 'n.d.';
  }
}

export function formatBytes(n: number, lang: Lang): string {
  if (n < 1024) return lang === 'ja' ? `${n}バイト` : `${n} bytes`;
  return `${(n / 1024).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 })} KB`;
}
