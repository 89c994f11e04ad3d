/**
 * How to read a chart's data in one line: R (`read.csv` with its encoding), Python (`pandas.read_csv`) and
 * Excel (open the workbook). The addresses are absolute (SITE_URL), so a line works pasted anywhere.
 */
import type { Lang } from '../../i18n/index.ts';
import { chartFiles } from './chart-meta.ts';
import { absolute } from './urls.ts';

export interface ReadLine {
  tool: 'r' | 'python' | 'excel';
  line: string;
}

export function readLines(lang: Lang, id: string): ReadLine[] {
  const f = chartFiles(lang, id);
  const csv = absolute(f.csv!);
  return [
    { tool: 'r', line: `d <- read.csv("${csv}", fileEncoding = "UTF-8")` },
    { tool: 'python', line: `import pandas as pd; d = pd.read_csv("${csv}")` },
    { tool: 'excel', line: absolute(f.xlsx!) },
  ];
}
