/**
 * The data of one chart: one row per cell the chart draws (missing ones with an empty value and status
 * `missing`), keyed by a stable ASCII key of the entity, in the chart's language; as published (UTF-8) and in
 * the two Excel forms. Served at /charts/<id>.csv and /en/charts/<id>.csv.
 */
import Papa from 'papaparse';
import type { ChartSpec } from '../../display/chart.ts';
import { t, type Lang } from '../../i18n/index.ts';
import { availableCharts, makeChart } from './charts.ts';
import { FLAVOURS, fileName, flavourBytes, type Flavour } from '../publish/downloads.ts';

const CHART_COLUMNS = ['key', 'label', 'period', 'period_label', 'value', 'status', 'source_doc', 'source_line', 'source_url'] as const;
/** The columns of numbers (written as numbers in the Excel forms; the others are text). */
const NUMBER_COLUMNS = new Set(['value', 'source_line']);

/** What a chart's values are: rates in percent (one decimal, as the data contract writes them) or counts. */
export function unitOf(spec: ChartSpec): 'percent' | 'count' {
  return spec.cells.some((c) => c.value !== null && c.text.includes('%')) ? 'percent' : 'count';
}

export function chartCsv(spec: ChartSpec): string {
  // One format per column: a rate always with its one decimal (`100.0`, not `100` beside `35.3`).
  const decimals = unitOf(spec) === 'percent' ? 1 : 0;
  const data = spec.cells.map((c) => [
    c.key,
    c.label,
    c.period,
    c.periodLabel,
    c.value === null ? '' : c.value.toFixed(decimals),
    c.status,
    c.source_doc,
    c.source_line === null ? '' : String(c.source_line),
    c.source_url,
  ]);
  return `${Papa.unparse({ fields: [...CHART_COLUMNS], data }, { newline: '\n' })}\n`;
}

export interface ChartDataFile {
  chart: string;
  flavour: Flavour;
  /** The file name under charts/: `<id>.csv`, `<id>.excel-utf8.csv`, `<id>.excel-cp932.csv`. */
  file: string;
  bytes: Uint8Array;
}

const made = new Map<Lang, ChartDataFile[]>();

/** Every chart's data files in a language (made once: the endpoints, the zips and the catalogue share them). */
export function chartDataFiles(lang: Lang): ChartDataFile[] {
  if (!made.has(lang)) made.set(lang, makeDataFiles(lang));
  return made.get(lang)!;
}

function makeDataFiles(lang: Lang): ChartDataFile[] {
  const columns = { numeric: NUMBER_COLUMNS, headers: t(lang).chartTools.columns };
  return availableCharts().flatMap((c) => {
    const csv = chartCsv(makeChart(c.id, lang)!);
    return FLAVOURS.map((flavour) => ({
      chart: c.id,
      flavour,
      file: fileName(c.id, flavour),
      ...flavourBytes(csv, flavour, columns),
    }));
  });
}
