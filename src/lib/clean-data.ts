/** Build-time access to data/clean: the only data the site reads. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CLEAN_DIR = join(process.cwd(), 'data', 'clean');

export interface ResourceInfo {
  name: string;
  path: string;
  title: string;
  title_ja: string;
  description: string;
}

export function readCleanFile(name: string): Buffer {
  if (!/^[a-z0-9-]+\.(csv|json)$/.test(name)) throw new Error(`not a data/clean file name: ${name}`);
  return readFileSync(join(CLEAN_DIR, name));
}

export function cleanFiles(): string[] {
  return readdirSync(CLEAN_DIR).filter((f) => /^[a-z0-9-]+\.(csv|json)$/.test(f)).sort();
}

export function resources(): ResourceInfo[] {
  return (JSON.parse(readCleanFile('datapackage.json').toString('utf8')) as { resources: ResourceInfo[] }).resources;
}

export interface StatusCounts {
  read: number;
  repaired: number;
  corrected: number;
  sourced: number;
  missing: number;
}

export function statusTotals(): StatusCounts {
  const q = JSON.parse(readCleanFile('quality.json').toString('utf8')) as { datasets: Record<string, { statuses: Record<string, StatusCounts> }> };
  const t: StatusCounts = { read: 0, repaired: 0, corrected: 0, sourced: 0, missing: 0 };
  for (const d of Object.values(q.datasets)) for (const c of Object.values(d.statuses)) for (const k of Object.keys(t) as (keyof StatusCounts)[]) t[k] += c[k];
  return t;
}
