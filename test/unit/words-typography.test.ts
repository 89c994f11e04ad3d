/**
 * Japanese typography in the dictionaries: every string literal of the Japanese words (src/i18n/ja.ts, and the
 * first, Japanese, half of each dataset's `dictionary(ja, en)`) quotes with 「」, never with “” or ", and uses
 * full-width punctuation in running text: no half-width parenthesis beside a Japanese character, no ASCII colon
 * after one (text quoted inside 「」 is a source's own and is not checked). The pages' markup takes its
 * punctuation from the dictionaries too: no colon or bracket typed next to a dictionary word.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../../src/datasets/readers.ts';
import { datasetIssues } from '../../src/site/model/data-quality.ts';
import { hasDataset } from '../../src/site/model/data.ts';
import { ROOT } from '../helpers.ts';

/** The text of every string and template literal under a node (comments are not literals). */
function literals(node: ts.Node): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n.text);
    else if (ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) out.push(n.text);
    n.forEachChild(visit);
  };
  visit(node);
  return out;
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

/** The Japanese words of a file: all of ja.ts; the first argument of `dictionary(…)` elsewhere. */
function japaneseLiterals(file: string): string[] {
  const source = parse(file);
  if (file.endsWith(join('i18n', 'ja.ts'))) return literals(source);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.expression.getText(source) === 'dictionary' && n.arguments[0]) out.push(...literals(n.arguments[0]));
    n.forEachChild(visit);
  };
  visit(source);
  return out;
}

const BAD_QUOTES = /[“”"]/;

/** Japanese characters (kana, kanji) and the full-width marks that close a phrase. */
const JA = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々）」]`;
/** A half-width parenthesis next to a Japanese character, or an ASCII colon after one. */
const HALF_WIDTH = new RegExp(String.raw`${JA}[():]|[()]${JA}`, 'u');
/** A string with what it quotes inside 「」 left out: a quoted source keeps its own punctuation. */
const unquoted = (s: string) => s.replace(/「[^」]*」/g, '「」');
const halfWidth = (strings: string[]) => strings.filter((s) => HALF_WIDTH.test(unquoted(s)));

describe('Japanese words quote with 「」', () => {
  const files = [
    join(ROOT, 'src/i18n/ja.ts'),
    ...readdirSync(join(ROOT, 'src/datasets'))
      .map((d) => join(ROOT, 'src/datasets', d, 'words.ts'))
      .filter((f) => existsSync(f)),
  ];

  it('finds the dictionaries it checks', () => {
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(japaneseLiterals(f).length, f).toBeGreaterThan(5);
  });

  for (const file of files)
    it(`${file.slice(ROOT.length + 1)}: no “” or " in a Japanese string`, () => {
      expect(japaneseLiterals(file).filter((s) => BAD_QUOTES.test(s))).toEqual([]);
    });

  for (const file of files)
    it(`${file.slice(ROOT.length + 1)}: full-width （）and ： in Japanese running text`, () => {
      expect(halfWidth(japaneseLiterals(file))).toEqual([]);
    });

  it('the check catches a half-width parenthesis or colon, and leaves quoted text alone', () => {
    expect(halfWidth(['病院数(不明)', '(注)内訳', '原文: 2010', '「(1401」を読み直した', '版 1.0 (2010)', '平成3年\n(1991)'])).toEqual([
      '病院数(不明)',
      '(注)内訳',
      '原文: 2010',
    ]);
  });

  it('the words made by code follow the same rules: every value not simply read, named and explained in Japanese', () => {
    const ids = DATASET_IDS.filter(hasDataset);
    expect(ids.length).toBeGreaterThan(3);
    const issues = ids.flatMap((id) => datasetIssues(id, 'ja'));
    expect(issues.length).toBeGreaterThan(20);
    expect(halfWidth(issues.flatMap((v) => [v.what, v.reason]))).toEqual([]);
  });

  it('the check catches an English quote', () => {
    const source = ts.createSourceFile('x.ts', 'dictionary({ a: `“x”` }, { a: `“x”` })', ts.ScriptTarget.Latest, true);
    expect(literals(source).filter((s) => BAD_QUOTES.test(s))).toHaveLength(2);
  });
});

describe('markup takes its punctuation from the dictionaries', () => {
  const astro = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? astro(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
    );
  const files = astro(join(ROOT, 'src'));
  /** A colon typed after an expression (`{w.files}: <a`), or a bracket typed around one (`{n} ({count})`). */
  const TYPED = /\}:(?=\s*[<{]|\s*$)|\} \(\{|\}\) *\{/m;
  const typed = (text: string) => text.split('\n').filter((l) => TYPED.test(l));

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no colon or bracket typed next to a dictionary word (the English form would show on Japanese pages)', () => {
    expect(files.flatMap((f) => typed(readFileSync(f, 'utf8')).map((l) => `${f.slice(ROOT.length + 1)}: ${l.trim()}`))).toEqual([]);
  });

  it('the check catches the forms it looks for', () => {
    expect(typed('{c.moreFiles}:{" "}\n{L.files}: <a href>\n{L.all} ({view.total})\n<p>{w.value.head(a, b)}</p>')).toHaveLength(3);
  });
});
