/** Row labels: clean OCR debris, repair known confusions, and match to a glossary entry (recording how). */
import { toHalfWidth } from './numbers.ts';

/** A label the extractors recognise, with its English name (a vocabulary of a table's categories). */
export interface GlossaryEntry {
  ja: string;
  en: string;
}

export interface LabelMatch {
  entry: GlossaryEntry;
  /** The label as cleaned from the OCR text (spaces and stray symbols removed). */
  cleaned: string;
  /** How the label was repaired; empty when it matched as printed. */
  rule: string;
}

/** Label repair rules, each named; they apply to labels only, never to numbers. */
export const LABEL_RULES: Record<string, string> = {
  'kokuritsu-confusion': "「日立」「目立」 OCR'd for 「国立」 in labels.",
  'one-character-edit': 'A label one character away (lost, extra or misread) from exactly one known label.',
  'truncated-label':
    "A label whose first three or more characters match exactly one known label and whose rest is OCR debris in place of that label's end (the whole no longer than the label plus one character).",
};

/** Removes white space and OCR debris symbols; unifies brackets and digit widths. */
export function cleanLabel(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[〈《［[]/g, '(')
    .replace(/[〉》］\]]/g, ')')
    .replace(/[\s●■◆◇□|‖=′`´＾^~¨"'“”:;]/g, '');
}

function key(s: string): string {
  return cleanLabel(s);
}

function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (s.length === l.length) return s.slice(i + 1) === l.slice(i + 1);
  return s.slice(i) === l.slice(i + 1);
}

/** Matches an OCR'd label to exactly one glossary entry, or returns null. */
export function matchLabel(raw: string, glossary: readonly GlossaryEntry[]): LabelMatch | null {
  const cleaned = cleanLabel(raw);
  if (!cleaned) return null;
  const exact = glossary.find((e) => key(e.ja) === cleaned);
  if (exact) return { entry: exact, cleaned, rule: '' };
  const confused = cleaned.replace(/[日目]立/g, '国立');
  if (confused !== cleaned) {
    const hit = glossary.find((e) => key(e.ja) === confused);
    if (hit) return { entry: hit, cleaned, rule: 'kokuritsu-confusion' };
  }
  if (cleaned.length >= 3) {
    const near = glossary.filter((e) => oneEditApart(key(e.ja), confused));
    if (near.length === 1) return { entry: near[0]!, cleaned, rule: 'one-character-edit' };
    // Debris in place of a label's end: the start matches one label, and the whole is no longer than that
    // label (plus one character), so a longer label that merely starts the same is never taken for it.
    for (let n = Math.min(cleaned.length, 8); n >= 3; n--) {
      const prefix = confused.slice(0, n);
      const hits = glossary.filter((e) => key(e.ja).startsWith(prefix));
      if (hits.length === 1) {
        const full = key(hits[0]!.ja);
        if (full.length > n && cleaned.length <= full.length + 1) return { entry: hits[0]!, cleaned, rule: 'truncated-label' };
      }
      if (hits.length > 1) break;
    }
  }
  return null;
}

/**
 * A stable ASCII key from an English name (`Japan Community Health care Organization` →
 * `japan-community-health-care-organization`); for a label without an English name, `item-` and a hash of
 * the label as printed (the same in both languages and across builds).
 */
export function keyOf(name: string, printed = ''): string {
  const key = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (key) return key;
  // FNV-1a, 32 bits
  let h = 0x811c9dc5;
  for (const ch of printed || name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `item-${h.toString(16).padStart(8, '0')}`;
}
