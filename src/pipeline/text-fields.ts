/**
 * The text a reader sees from a fix file (a correction's reason, a supplement's quote and note, a context
 * source's publisher and title): bounded, so a runaway note cannot swell every page that shows it, and free
 * of what no page or SVG can hold (control characters, lone surrogates, the non-characters U+FFFE/U+FFFF).
 * The limits are generous for real text: the longest of each in data/corrections and data/supplements is a
 * fifth of its limit or less (README, "Limits of fix text").
 */
export const TEXT_LIMITS = {
  reason: 1000,
  reason_ja: 1000,
  note: 1000,
  note_ja: 1000,
  quote: 500,
  publisher: 200,
  title: 300,
  url: 2000,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

// Tab, LF and CR are text (a CSV field or a YAML block may hold a line break); other C0 and C1 controls, DEL,
// lone surrogates (a YAML "\ud800" escape makes one) and U+FFFE/U+FFFF are not, nor allowed in XML.
// eslint-disable-next-line no-control-regex -- looking for exactly these characters
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udfff]/u;

/** Why a text field cannot be published (`note is 1001 characters (limit 1000)`), or null. */
function textProblem(field: TextField, value: string): string | null {
  const bad = NOT_TEXT.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `${field} contains U+${code}, ${/[\ud800-\udfff]/.test(bad[0]) ? 'a lone surrogate' : 'a control character'}, at character ${[...value.slice(0, bad.index)].length + 1}`;
  }
  // Characters as a reader counts them: code points, so a kanji outside the BMP counts once.
  const length = [...value].length;
  const limit = TEXT_LIMITS[field];
  return length > limit ? `${field} is ${length} characters (limit ${limit})` : null;
}

/** The first problem of the text fields an entry gives (absent ones are passed over), or null. */
export function textFieldsProblem(entry: Partial<Record<TextField, unknown>>, fields: readonly TextField[]): string | null {
  for (const f of fields) {
    const v = entry[f];
    if (typeof v !== 'string') continue;
    const problem = textProblem(f, v);
    if (problem) return problem;
  }
  return null;
}
