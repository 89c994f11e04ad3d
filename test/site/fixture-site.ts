/**
 * The fixture site: one build that serves four test files (add-dataset, fixture-build, illegible-build and
 * publishing), made by test/global-setup.ts. Their inputs do not conflict, so they are combined:
 *
 * - a copy of the project with the dataset of test/fixtures/example-dataset/ added as the README's "Adding a
 *   dataset" says (its folder, two registry lines, the words of its page, its document in the register), the
 *   type checker run before and after the words;
 * - its raw folder: the case list as received, the example dataset's document, and in place of the 2011
 *   handout a copy of it with markup in five labels (four services, one owner) and every value of its tables
 *   made into letters (its headings, dates, periods, labels and row numbers kept), but the values of the owner
 *   with markup;
 * - data made by the copy's own `npm run data`, then the site built for https://charts.example.org/ with
 *   BASE_PATH=mhlw (spelled without slashes: the address is normalised) and a repository URL.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_TABLES } from '../../scripts/lib/synthetic.ts';
import { astroBuild, childEnv, record, run, type Built, type Ran } from '../builds.ts';
import { registerOf, ROOT, SEED } from '../helpers.ts';

export const SCRIPT = '<script>alert(document.domain)</script>';
const IMG = '"><img/src=x/onerror=alert(document.domain)>';
export const JS_LINK = 'javascript:alert(document.domain)';
export const FORMULA = '=HYPERLINK("http://example.org")';
export const SITE = 'https://charts.example.org';
export const BASE = '/mhlw/';
export const REPOSITORY = 'https://github.com/someone/mhlw-charts';
/** The settings the fixture site is built with: the base and address as a user might spell them. */
export const FIXTURE_ENV = { SITE_URL: `${SITE}/`, BASE_PATH: 'mhlw', REPOSITORY_URL: REPOSITORY };
/** The test document that stands for the 2011 handout in the fixture site (its id: fixture-handout). */
export const FIXTURE_DOC = 'fixture-handout.txt';

const DATE_ROW = /^(\s*\d{1,2}\s*[._\s]\s*\d{1,2}\s*[._\s]\s*\d{1,2})(?=\s|$)(.*)$/;
// A value token (OCR'd digits, letters read as 1, points, percent and parentheses), and the same in letters.
const VALUE = /^[(（]?(?=[\d０-９iIl.]*[\d０-９])[\d０-９iIl][\d０-９iIl.,．。%％/o6]*[)）]?$/;
const blank = (t: string) => t.replace(/[\d０-９iIl]/g, 'O');

/** Every value token in letters: lab rows after their date; price-agreement rows but their row number. */
export function illegibleValues(text: string): string {
  const lines = text.split('\n');
  const labs = lines.findIndex((l) => l.includes('衛生検査所の推移'));
  const price = lines.findIndex((l) => l.includes('価格妥結状況調査結果概要'));
  return lines
    .map((line, i) => {
      if (i > labs && i < labs + 120) {
        const d = DATE_ROW.exec(line);
        if (d) return `${d[1]}${d[2]!.replace(/\S+/g, (t) => (VALUE.test(t) ? blank(t) : t))}`;
        return line.replace(/(^|\s)(\S+)(?=\s|$)/g, (m, s: string, t: string) =>
          VALUE.test(t) && !/^[(（]\d[)）]$/.test(t) ? `${s}${blank(t)}` : m,
        );
      }
      if (i > price && !/取引分|年度|H\d/.test(line)) {
        // Counts glued to their label (`機構)(136)`) too.
        line = line.replace(/([)）])([(（][\d０-９][\d０-９,]*[)）])/g, (_m, a: string, c: string) => `${a}${blank(c)}`);
        return line.replace(/(^|\s)(\S+)(?=\s|$)/g, (m, s: string, t: string, at: number) =>
          VALUE.test(t) && !(at === 0 && /^\d{1,2}$/.test(t)) ? `${s}${blank(t)}` : m,
        );
      }
      return line;
    })
    .join('\n');
}

/** Markup in five labels: 院内清掃, 医療事務, 在宅医療サポート and 院内物品管理 (services), 24 個人 (owner). */
function withMarkup(text: string): string {
  return text
    .replace('院内清掃', `院内清掃${SCRIPT}`)
    .replace('医療事務', `医療事務${IMG}`)
    .replace('在宅医療サポート', `${JS_LINK}在宅医療サポート`)
    .replace('院内物品管理', `${FORMULA}院内物品管理`)
    .replace('24 個 人 (39)', `24 個人${SCRIPT} (39)`);
}

/**
 * The fixture handout: the 2011 handout with markup in its labels and its values illegible, but for the row of
 * the owner whose label holds markup (its values stay legible, so the owner chart draws its bars and their
 * titles; with its values in letters the row could not be told from its label).
 */
function fixtureHandout(): string {
  const text = withMarkup(readFileSync(SEED, 'utf8'));
  for (const label of [`院内清掃${SCRIPT}`, `${FORMULA}院内物品管理`, `24 個人${SCRIPT} (39)`])
    if (!text.includes(label))
      throw new Error(`the handout no longer holds the label changed into ${label}: update ${import.meta.filename}`);
  const owner = text.split('\n').find((l) => l.startsWith(`24 個人${SCRIPT}`))!;
  return illegibleValues(text)
    .split('\n')
    .map((l) => (l.startsWith(`24 個人${SCRIPT}`) ? owner : l))
    .join('\n');
}

const EXAMPLE = join(ROOT, 'test/fixtures/example-dataset');

/** Builds the fixture site under `dir` (its record: `dir/fixture.json`). */
export async function buildFixtureSite(dir: string): Promise<void> {
  const t0 = Date.now();
  const copy = join(dir, 'project');
  const clean = join(dir, 'fixture-clean');
  const out = join(dir, 'fixture-dist');
  const rec: Built = { name: 'fixture', ok: false, seconds: 0, out, clean, build: { status: null, stdout: '', stderr: '' } };
  const fail = (step: string, r: Ran) => {
    throw new Error(`${step} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  };
  try {
    for (const f of [
      'src',
      'public',
      'scripts',
      'data/raw',
      'data/corrections',
      'data/supplements',
      'data/CHANGELOG.yml',
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
    ]) {
      if (existsSync(join(ROOT, f))) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const edit = (file: string, from: string, to: string) => {
      const path = join(copy, file);
      const text = readFileSync(path, 'utf8');
      if (!text.includes(from))
        throw new Error(`${file} no longer holds ${JSON.stringify(from)}: update the README and test/site/fixture-site.ts`);
      writeFileSync(path, text.replace(from, to));
    };
    // 1. The folder, named by the dataset id.
    cpSync(join(EXAMPLE, 'dataset'), join(copy, 'src/datasets/example-beds'), { recursive: true });
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
    rec.typecheckWithoutWords = await run(process.execPath, tsc, { cwd: copy });
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
    const typecheck = run(process.execPath, tsc, { cwd: copy });
    // 4. The documents, in the register: the example dataset's, and the fixture handout for the 2011 one.
    const raw = join(copy, 'data/raw');
    const register = JSON.parse(readFileSync(join(raw, 'sources.json'), 'utf8')) as { documents: { file: string }[] };
    const seed = SEED.split('/').pop()!;
    rmSync(join(raw, seed));
    register.documents = register.documents.filter((d) => d.file !== seed);
    const example = readFileSync(join(EXAMPLE, 'handout.txt'), 'utf8');
    const handout = fixtureHandout();
    writeFileSync(join(raw, 'example-handout.txt'), example);
    writeFileSync(join(raw, FIXTURE_DOC), handout);
    register.documents.push(
      ...registerOf(
        { 'example-handout.txt': example, [FIXTURE_DOC]: handout },
        { 'example-handout.txt': ['example-beds'], [FIXTURE_DOC]: SEED_TABLES },
      ).documents,
    );
    writeFileSync(join(raw, 'sources.json'), `${JSON.stringify(register, null, 2)}\n`);
    // 5. The pipeline, then the site.
    const data = await run(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--out', clean, '--quiet'], {
      cwd: copy,
      env: childEnv(),
    });
    if (data.status !== 0) fail('npm run data', data);
    rec.build = await astroBuild({ ...FIXTURE_ENV, DATA_DIR: clean, OUT_DIR: out }, copy);
    if (rec.build.status !== 0) fail('astro build', rec.build);
    rec.typecheckWithWords = await typecheck;
    rec.ok = true;
  } catch (e) {
    rec.error = (e as Error).stack ?? String(e);
  }
  rec.seconds = (Date.now() - t0) / 1000;
  mkdirSync(dir, { recursive: true });
  record(dir, rec);
}
