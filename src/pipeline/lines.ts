/** Helpers shared by the table extractors: finding headings and splitting lines into located tokens. */
import type { SourceDocument } from './types.ts';

export interface Token {
  text: string;
  /** 1-based line number in the document. */
  line: number;
}

/** Index (0-based) of the first line at or after `from` matching `re`, or -1. */
export function findLine(doc: SourceDocument, re: RegExp, from = 0, to = doc.lines.length): number {
  for (let i = Math.max(0, from); i < Math.min(to, doc.lines.length); i++) if (re.test(doc.lines[i]!)) return i;
  return -1;
}

/** A top-level section heading of a handout: ` 4.都道府県別…`, `9口 平成22年度 …`, ` 10,新薬…`. */
export const SECTION_HEADING = /^\s*\d{1,2}\s*[.．,，口]\s*[\u3000-\u9fff]/;

export function tokensOf(text: string, line: number): Token[] {
  return text
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => ({ text: t, line }));
}

export function hasCJK(s: string): boolean {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(s);
}

export function joinTokens(tokens: Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}
