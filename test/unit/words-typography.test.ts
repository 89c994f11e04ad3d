/**
 * Japanese typography in the dictionaries: every string literal of the Japanese words (src/i18n/ja.ts, and the
 * first, Japanese, half of each dataset's `dictionary(ja, en)`) quotes with 「」, never with “” or ".
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
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

  it('the check catches an English quote', () => {
    const source = ts.createSourceFile('x.ts', 'dictionary({ a: `“x”` }, { a: `“x”` })', ts.ScriptTarget.Latest, true);
    expect(literals(source).filter((s) => BAD_QUOTES.test(s))).toHaveLength(2);
  });
});
