/**
 * The README's "Adding a dataset", followed to the letter on a copy of the project: the fixture dataset of
 * test/fixtures/example-dataset/ (its folder and its document) is added with one registry line; the type
 * checker then asks for the words of its page, and once they are there the dataset has its page, chart,
 * table, downloads, embed and source-viewer marks in the built site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';
import { registerOf } from '../helpers.ts';

const FIXTURE = join(ROOT, 'test/fixtures/example-dataset');
const work = mkdtempSync(join(tmpdir(), 'mhlw-add-'));
const copy = join(work, 'project');
const clean = join(work, 'clean');
const out = join(work, 'dist');

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)),
  );
  return spawnSync(cmd, args, { cwd: copy, encoding: 'utf8', env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
}

function edit(file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer holds ${JSON.stringify(from)}: update the README and this test`);
  writeFileSync(path, text.replace(from, to));
}

let typecheckWithoutWords: ReturnType<typeof run>;
let typecheckWithWords: ReturnType<typeof run>;

beforeAll(() => {
  for (const f of [
    'src',
    'public',
    'scripts',
    'data/raw',
    'data/corrections',
    'data/supplements',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ]) {
    cpSync(join(ROOT, f), join(copy, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // 1. The folder, named by the dataset id.
  cpSync(join(FIXTURE, 'dataset'), join(copy, 'src/datasets/example-beds'), { recursive: true });
  // 2. The two registry lines (and their imports): the reader for the pipeline, the view for the site.
  edit(
    'src/datasets/readers.ts',
    "import { outsourcingRates } from './outsourcing-rates/reader.ts';",
    "import { exampleBeds } from './example-beds/reader.ts';\nimport { outsourcingRates } from './outsourcing-rates/reader.ts';",
  );
  edit(
    'src/datasets/readers.ts',
    "  'clinical-research-cases': clinicalResearchCases,\n",
    "  'clinical-research-cases': clinicalResearchCases,\n  'example-beds': exampleBeds,\n",
  );
  edit(
    'src/datasets/views.ts',
    "import { outsourcingRatesView } from './outsourcing-rates/view.ts';",
    "import { exampleBedsView } from './example-beds/view.ts';\nimport { outsourcingRatesView } from './outsourcing-rates/view.ts';",
  );
  edit(
    'src/datasets/views.ts',
    "  'clinical-research-cases': clinicalResearchCasesView,\n",
    "  'clinical-research-cases': clinicalResearchCasesView,\n  'example-beds': exampleBedsView,\n",
  );
  const tsc = [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', '.'];
  typecheckWithoutWords = run(process.execPath, tsc);
  // 3. What the type checker asks for: the words of the new page, in both dictionaries.
  edit(
    'src/i18n/ja.ts',
    '  pages: {\n',
    "  pages: {\n    'example-beds': { title: '例示病院の病床数', measures: 'テスト用の例示データセット。' },\n",
  );
  edit(
    'src/i18n/en.ts',
    '  pages: {\n',
    "  pages: {\n    'example-beds': { title: 'Beds of the example hospitals', measures: 'An example dataset for the tests.' },\n",
  );
  typecheckWithWords = run(process.execPath, tsc);
  // 4. The document, in the register.
  const doc = readFileSync(join(FIXTURE, 'handout.txt'), 'utf8');
  writeFileSync(join(copy, 'data/raw/example-handout.txt'), doc);
  const register = JSON.parse(readFileSync(join(copy, 'data/raw/sources.json'), 'utf8'));
  register.documents.push(registerOf({ 'example-handout.txt': doc }, { 'example-handout.txt': ['example-beds'] }).documents[0]);
  writeFileSync(join(copy, 'data/raw/sources.json'), `${JSON.stringify(register, null, 2)}\n`);
  // 5. The pipeline, then the site.
  const data = run(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--out', clean, '--quiet']);
  if (data.status !== 0) throw new Error(`npm run data failed:\n${data.stderr}`);
  const build = run(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--silent'], {
    DATA_DIR: clean,
    RAW_DIR: join(copy, 'data/raw'),
    OUT_DIR: out,
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (p: string) => readFileSync(join(out, p), 'utf8');

describe('adding a dataset (README: "Adding a dataset")', () => {
  it('the type checker asks for the words of its page, and is content once they are there', () => {
    expect(typecheckWithoutWords.status).not.toBe(0);
    expect(typecheckWithoutWords.stdout).toMatch(/src\/datasets\/example-beds\/view\.ts.*"example-beds".*not assignable/);
    expect(typecheckWithWords.stdout + typecheckWithWords.stderr).toBe('');
    expect(typecheckWithWords.status).toBe(0);
  });

  it('its CSV is published with its values and statuses', () => {
    const csv = readFileSync(join(clean, 'example-beds.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'year,beds,status,raw,rule,note,note_ja,source_doc,source_line,source_url,source_quote,source_accessed',
    );
    expect(csv).toContain('2008,1234,read,"1,234",,,,example-handout,7,,,');
    expect(csv).toMatch(/\n2009,,missing,"1,2S0",/);
  });

  it('has its page in both languages, with its chart, table and downloads', () => {
    for (const [p, title] of [
      ['datasets/example-beds/index.html', '例示病院の病床数'],
      ['en/datasets/example-beds/index.html', 'Beds of the example hospitals'],
    ] as const) {
      const html = page(p);
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain('data-chart="example-beds"');
      expect(html).toContain('id="table-example-beds"');
      expect(html).toContain('downloads/example-beds.csv');
      expect(html).toContain('downloads/example-beds.excel-sjis.csv');
    }
    expect(page('index.html')).toContain('href="/datasets/example-beds/"');
  });

  it('has its embed, SVG, PNG and downloads', () => {
    expect(page('embed/example-beds/index.html')).toContain('data-embed="example-beds"');
    expect(page('en/charts/example-beds.svg')).toContain('Beds of the example hospitals');
    expect(readFileSync(join(out, 'charts/example-beds.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(page('downloads/example-beds.excel-utf8.csv').charCodeAt(0)).toBe(0xfeff);
  });

  it('marks the lines its values cite in the source viewer', () => {
    const html = page('sources/example-handout/index.html');
    expect(html).toMatch(/<li id="L7" class="cited">/);
    expect(html).toMatch(/<li id="L9" class="cited">/);
    expect(html).not.toMatch(/<li id="L1" class="cited">/);
  });
});
