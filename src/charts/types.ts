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
