/**
 * Synthetic handouts for benchmarks and the kill test: the 2011 handout's layout with every printed rate and
 * count in parentheses replaced by seeded random ones (the same corpus on every run), and their register.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Register } from '../../src/pipeline/register.ts';
import type { InputFile } from '../../src/pipeline/run.ts';

export const SEED_FILE = join('data', 'raw', 'mhlw-2011-keizaika-handout.txt');
export const SEED_TABLES = ['outsourcing-rates', 'clinical-labs-totals', 'price-agreement-by-facility', 'price-agreement-by-owner'];

/** A deterministic generator (mulberry32), so every run measures the same corpora. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The seed with every rate (`20.6`) and hospital count (`(136)`) of its price-agreement tables replaced by
 * another: the same layout with other numbers (the dates and breakdown numbers of the other tables, which
 * look alike, are left as they are).
 */
export function vary(seed: string, n: number): string {
  const r = rng(n + 1);
  const at = seed.indexOf('価格妥結状況調査結果概要');
  const head = at < 0 ? seed : seed.slice(0, at);
  const tail = at < 0 ? '' : seed.slice(at);
  return (
    head +
    tail
      .replace(/(?<![\d.HR])\d{1,2}\.\d(?![\d.])/g, () => (r() * 100).toFixed(1))
      .replace(/\((\d{1,3})\)(?![\u3040-\u9fff])/g, () => `(${1 + Math.floor(r() * 500)})`)
  );
}

export function seedText(root = process.cwd()): string {
  return readFileSync(join(root, SEED_FILE), 'utf8');
}

/** `size` handouts (`handout-0000.txt` …), the `offset`-th variant onwards. */
export function corpus(size: number, seed: string, offset = 0): InputFile[] {
  return Array.from({ length: size }, (_, i) => ({
    file: `handout-${String(i).padStart(4, '0')}.txt`,
    bytes: new TextEncoder().encode(vary(seed, i + offset)),
  }));
}

/** The register of a synthetic corpus: each handout with its sha256, declaring the seed's tables. */
export function corpusRegister(docs: InputFile[]): Register {
  return {
    documents: docs.map((d) => ({
      id: d.file.replace(/\.txt$/, ''),
      file: d.file,
      type_ja: '合成した説明資料',
      type_en: 'synthetic handout',
      title_ja: `合成資料 ${d.file}`,
      title_en: `Synthetic handout ${d.file}`,
      title_note: 'Made from the 2011 handout with other numbers, for benchmarks and tests.',
      title_note_ja: '2011年の資料の数値を変えて作った、ベンチマークとテスト用の合成資料。',
      publisher_ja: '（合成）',
      publisher_en: '(synthetic)',
      date: '2011',
      url: null,
      licence: 'Government of Japan Standard Terms of Use (Version 2.0), compatible with CC BY 4.0',
      licence_ja: '政府標準利用規約（第2.0版）',
      licence_url: 'https://www.mhlw.go.jp/chosakuken/index.html',
      sha256: createHash('sha256').update(d.bytes).digest('hex'),
      tables: SEED_TABLES,
    })),
  };
}
