/**
 * Text inside charts: the sizes of the two layouts, an estimate of how wide a text runs, and line wrapping
 * for Japanese and English labels (Plot's own wrapping breaks only at spaces and measures kana and kanji as
 * narrow Latin letters, so labels are wrapped here and handed to Plot with line breaks).
 */

/** Font size of chart text, in the SVG's user units (the same in both layouts). */
export const FONT = 12;
/** Line height of wrapped chart text, in user units. */
export const LINE = 15;

/**
 * The two layouts. A chart's SVG scales with its box, so its text renders at FONT × (box width / layout
 * width): the page picks the narrow layout below `BREAKPOINT` px and caps each at `MAX_SCALE`, which keeps
 * chart text between 10 and 16 CSS px from a 320 px phone to a 1280 px screen (see src/styles/site.css).
 */
export const LAYOUTS = { narrow: 320, wide: 640 } as const;
export type Layout = keyof typeof LAYOUTS;
export const BREAKPOINT = 560;
export const MAX_SCALE = 1.25;

/**
 * The estimated width of one character, in ems: the advance widths of DejaVu Sans, one of the widest common
 * sans-serif fonts (and the one a Linux viewer falls back to), so that text measured here fits in any font.
 */
function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  if (code >= 0x2e80 || (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef)) return 1; // kana, kanji, full-width
  if (c === ' ') return 0.32;
  if (c === 'M' || c === 'W' || c === '%') return 1;
  if (/[A-Z]/.test(c)) return 0.78;
  if (c === 'm') return 0.98;
  if (c === 'w') return 0.82;
  if (/[ijl.,:;'!|]/.test(c)) return 0.32;
  if (/[frt()[\]]/.test(c)) return 0.42;
  if (/[0-9]/.test(c)) return 0.64;
  if (/[a-z]/.test(c)) return 0.62;
  return 0.64;
}

/** The estimated width of a text at a font size, in the same units as the size. */
export function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * size;
}

// Kinsoku: characters that do not start a line, and those that do not end one.
const NO_START = /^[、。，．）」』〕】〉》・ー：；？！%)\],.:;?!]/;
const NO_END = /[（「『〔【〈《([]$/;
const CJK = /[\u2e80-\u9fff\uff00-\uffef]/;

/** Splits a text into the pieces a line may break between: words for English, characters for Japanese. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const c of text) {
    if (CJK.test(c)) {
      if (word) out.push(word);
      word = '';
      out.push(c);
    } else if (c === ' ') {
      out.push(`${word} `);
      word = '';
    } else {
      word += c;
    }
  }
  if (word) out.push(word);
  // Keep closing punctuation with the piece before it, opening with the piece after it.
  const merged: string[] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && (NO_START.test(p) || NO_END.test(last))) merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  return merged;
}

/** Wraps a text into lines no wider than `width` (a piece wider than that gets a line of its own). */
export function wrap(text: string, width: number, size = FONT): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of pieces(text)) {
    if (line && textWidth((line + p).trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = p.trimStart();
    } else line += p;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length ? lines : [''];
}

/** The same as `wrap`, joined with line breaks (Plot's text mark draws each line as a tspan). */
export function wrapped(text: string, width: number, size = FONT): string {
  return wrap(text, width, size).join('\n');
}
