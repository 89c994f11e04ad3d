/**
 * What the pipeline writes about a value, a fragment or a check, in English and Japanese: the published CSVs
 * and quality.json carry both (`note` and `note_ja`, `reason` and `reason_ja`, `detail` and `detail_ja`), so
 * each page shows them in its own language. Operator-facing errors (PipelineError) stay English.
 */
import type { Note } from './types.ts';

export const NO_NOTE: Note = { en: '', ja: '' };

export function note(en: string, ja: string): Note {
  return { en, ja };
}

/** Joins notes with "; " / "。". */
export function joinNotes(notes: Note[]): Note {
  const some = notes.filter((n) => n.en || n.ja);
  return { en: some.map((n) => n.en).join('; '), ja: some.map((n) => n.ja).join('') };
}

const orJa = (values: readonly (string | number)[]) => values.map((v) => `${v}とも`).join('');

/** Messages shared by the tables' readers. */
export const MESSAGES = {
  noValidReading: (raw: string) => note(`no valid reading of "${raw}"`, `「${raw}」は、どの規則でも有効な値として読めない`),
  ambiguous: (raw: string, values: readonly number[]) =>
    note(`ambiguous: "${raw}" reads as ${values.join(' or ')}`, `「${raw}」は${orJa(values)}読めるため、一つに決められない`),
  noRateOnRow: note('no rate printed on the row', '行に率が印刷されていない'),
  tooManyCells: (cells: number, periods: number) =>
    note(
      `${cells} cells for ${periods} periods: which value belongs to which period cannot be told`,
      `${periods}期間に対して${cells}個の値があり、どの値がどの期間のものか決められない`,
    ),
  tooFewCells: (cells: number, periods: number, raw: string) =>
    note(
      `${cells} of ${periods} cells legible as separate values: which period "${raw}" belongs to cannot be told`,
      `${periods}期間のうち値として区切れるのは${cells}個で、「${raw}」がどの期間のものか決められない`,
    ),
  noCountOnRow: note('no hospital count on the row', '行に病院数が印刷されていない'),
  notInText: (why: Note) => note(`not in the text; ${why.en}`, `資料のテキストにない値。${why.ja}`),
  fromSource: (url: string) => note(`from ${url}`, `出典：${url}`),
} as const;
