/** What a chart function returns: Plot options plus the words around the chart. */
import type { PlotOptions } from '@observablehq/plot';
import { STATUS_LABEL, type Lang } from '../lib/i18n.ts';

export interface ChartSpec {
  id: string;
  lang: Lang;
  /** The dataset the chart draws (its CSV in data/clean). */
  dataset: string;
  title: string;
  subtitle: string;
  /** A text alternative: what the chart shows, in sentences. */
  summary: string;
  /** One-line source. */
  source: string;
  /** The key of colours and symbols (drawn by the site, not by Plot). */
  legend: LegendItem[];
  plot: PlotOptions;
}

export interface LegendItem {
  label: string;
  color: string;
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'line';
  hollow?: boolean;
}

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLORS = {
  blue: '#0072B2',
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  grey: '#6b6b6b',
};

/** Legend symbols, centred on 0,0 (drawn by the page legend and the standalone SVG alike). */
export const SYMBOL_PATH: Record<LegendItem['symbol'], string> = {
  circle: 'M0,-4.5A4.5,4.5 0 1,1 0,4.5A4.5,4.5 0 1,1 0,-4.5Z',
  square: 'M-4,-4H4V4H-4Z',
  triangle: 'M0,-5L4.5,3.5H-4.5Z',
  diamond: 'M0,-5L5,0L0,5L-5,0Z',
  line: 'M-7,0H7',
};

/** How a legend symbol is painted: fill, stroke, width and dashes. */
export function symbolStyle(item: LegendItem, fg = '#1a1a1a'): { fill: string; stroke: string; width: number; dash?: string } {
  const line = item.symbol === 'line';
  return { fill: item.hollow || line ? 'none' : item.color, stroke: item.color === '#1a1a1a' ? fg : item.color, width: line ? 2 : 1.5, ...(line ? { dash: '4,3' } : {}) };
}

export function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The tooltip text of a value: value, status, source line and raw OCR text. */
export function markTitle(lang: Lang, head: string, v: { status: string; source_line: number | null; raw: string; rule: string; note: string }, value: string): string {
  const st = STATUS_LABEL[lang][v.status] ?? v.status;
  const parts = [`${head}: ${value}`, `${lang === 'ja' ? '状態' : 'status'}: ${st}${v.rule ? ` (${v.rule})` : ''}`];
  if (v.source_line !== null) parts.push(`${lang === 'ja' ? '原文' : 'source line'} ${v.source_line}${v.raw ? `: “${v.raw}”` : ''}`);
  if (v.status === 'sourced' || v.status === 'corrected') parts.push(v.note);
  return parts.join('\n');
}
