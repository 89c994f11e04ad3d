/**
 * Repair rules for OCR'd numbers. Each rule is named; a cell is repaired only when the rules give exactly
 * one valid reading under its column's constraints (a rate: one decimal, 0–100; a count: an integer).
 * Otherwise it stays `missing` with its raw text and the readings that competed.
 */
import { MESSAGES, NO_NOTE } from './messages.ts';
import { parseCount, parseRate, toHalfWidth } from './numbers.ts';
import type { Note } from './types.ts';

export interface Reading {
  value: number | null;
  status: 'read' | 'repaired' | 'missing';
  /** Names of the rules applied, in order (empty for `read`). */
  rules: string[];
  note: Note;
}

/** The named repair rules, with what each does (documented in the README and the datapackage). */
export const REPAIR_RULES: Record<string, string> = {
  'full-width-digits': 'Full-width digits or punctuation (０-９ ． ％) read as their ASCII forms.',
  'percent-sign-stand-in': 'A percent sign OCR\'d as "0/o" or "0/6" (e.g. "56.50/o" → 56.5%).',
  'decimal-point-stand-in': 'A decimal point OCR\'d as "。", "．", "," or a space between digits (e.g. "35 3%" → 35.3).',
  'letter-for-one': 'The letters i, l or I OCR\'d for the digit 1 (e.g. "i00.0" → 100.0).',
  'one-for-decimal-point':
    'A decimal point OCR\'d as the digit 1 (e.g. "3017" → 30.7), only when exactly one "1" gives a valid rate and reading the token as a rate whose point was lost (e.g. "100" → 10.0) is not also valid.',
  'circled-digit': 'A count in parentheses OCR\'d as a circled digit (e.g. "④" → 4).',
  'missing-closing-parenthesis': 'A count whose closing parenthesis was lost (e.g. "(69" → 69), only when no other reading is valid.',
  'closing-parenthesis-as-one': 'A closing parenthesis OCR\'d as the digit 1 (e.g. "(1401" → 140), only when no other reading is valid.',
};

function single(candidates: { value: number; rule: string }[], rules: string[], raw: string): Reading {
  const distinct = [...new Map(candidates.map((c) => [c.value, c])).values()];
  if (distinct.length === 1) {
    return { value: distinct[0]!.value, status: 'repaired', rules: [...rules, distinct[0]!.rule], note: NO_NOTE };
  }
  if (distinct.length > 1) {
    return {
      value: null,
      status: 'missing',
      rules: [],
      note: MESSAGES.ambiguous(
        raw,
        distinct.map((c) => c.value),
      ),
    };
  }
  return { value: null, status: 'missing', rules: [], note: MESSAGES.noValidReading(raw) };
}

/** Reads a rate cell (one decimal, 0–100), applying repair rules only where they give one reading. */
export function readRate(raw: string): Reading {
  const rules: string[] = [];
  let t = raw.trim();
  // Parentheses mark subtotals in these tables: a printed format, not a repair.
  const paren = /^[(（](.*)[)）]$/.exec(t);
  if (paren) t = paren[1]!.trim();
  const half = toHalfWidth(t);
  if (half !== t) rules.push('full-width-digits');
  t = half;
  if (/0\/[o6]$/.test(t)) {
    t = t.replace(/0\/[o6]$/, '%');
    rules.push('percent-sign-stand-in');
  }
  t = t.replace(/%$/, '');
  const dec = /^(\d{1,3})(?:\s*[。．,・]\s*|\s+)(\d)$/.exec(t);
  if (dec) {
    t = `${dec[1]}.${dec[2]}`;
    rules.push('decimal-point-stand-in');
  }
  if (/^[\dilI.]+$/.test(t) && /[ilI]/.test(t)) {
    t = t.replace(/[ilI]/g, '1');
    rules.push('letter-for-one');
  }
  const v = parseRate(t);
  if (v !== null) return { value: v, status: rules.length ? 'repaired' : 'read', rules, note: NO_NOTE };
  if (/^\d{2,5}$/.test(t)) {
    const candidates: { value: number; rule: string }[] = [];
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== '1') continue;
      const r = parseRate(`${t.slice(0, i)}.${t.slice(i + 1)}`);
      if (r !== null) candidates.push({ value: r, rule: 'one-for-decimal-point' });
    }
    // A point that was lost rather than misread is a competing reading: it can only make the token ambiguous.
    const dropped = parseRate(`${t.slice(0, -1)}.${t.slice(-1)}`);
    if (dropped !== null && candidates.length > 0) candidates.push({ value: dropped, rule: 'lost-decimal-point' });
    return single(candidates, rules, raw.trim());
  }
  return { value: null, status: 'missing', rules: [], note: MESSAGES.noValidReading(raw.trim()) };
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Reads a count cell (an integer, printed in parentheses in the owner table: `(136)`, `(2,690)`). */
export function readCount(raw: string): Reading {
  const rules: string[] = [];
  let t = raw.trim();
  const half = toHalfWidth(t);
  if (half !== t) rules.push('full-width-digits');
  t = half;
  const circled = CIRCLED.indexOf(t);
  if (t.length === 1 && circled >= 0) {
    return { value: circled + 1, status: 'repaired', rules: [...rules, 'circled-digit'], note: NO_NOTE };
  }
  const closed = /^[(（]?([\d,]+)[)）]?$/.exec(t);
  const opened = /^[(（]([\d,]+)$/.exec(t);
  if (opened) {
    const digits = opened[1]!;
    const candidates: { value: number; rule: string }[] = [];
    const asIs = parseCount(digits);
    if (asIs !== null) candidates.push({ value: asIs, rule: 'missing-closing-parenthesis' });
    if (digits.length > 1 && digits.endsWith('1')) {
      const cut = parseCount(digits.slice(0, -1));
      if (cut !== null) candidates.push({ value: cut, rule: 'closing-parenthesis-as-one' });
    }
    return single(candidates, rules, raw.trim());
  }
  if (closed && /^[(（].*[)）]$|^[^()（）]*$/.test(t)) {
    const v = parseCount(closed[1]!);
    if (v !== null) return { value: v, status: rules.length ? 'repaired' : 'read', rules, note: NO_NOTE };
  }
  return { value: null, status: 'missing', rules: [], note: MESSAGES.noValidReading(raw.trim()) };
}
