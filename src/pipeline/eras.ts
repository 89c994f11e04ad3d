/** Japanese era years (和暦) ↔ Western years (西暦), and period labels of the handouts. */

export interface Era {
  name: string;
  letter: string;
  /** Western year of the era's first year (元年). */
  start: number;
}

export const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', start: 1868 },
  { name: '大正', letter: 'T', start: 1912 },
  { name: '昭和', letter: 'S', start: 1926 },
  { name: '平成', letter: 'H', start: 1989 },
  { name: '令和', letter: 'R', start: 2019 },
];

function findEra(nameOrLetter: string): Era {
  const era = ERAS.find((e) => e.name === nameOrLetter || e.letter === nameOrLetter.toUpperCase());
  if (!era) throw new Error(`unknown era: ${nameOrLetter}`);
  return era;
}

/** 平成3 → 1991. */
export function eraToWestern(era: string, year: number): number {
  if (!Number.isInteger(year) || year < 1) throw new Error(`invalid era year: ${era}${year}`);
  return findEra(era).start + year - 1;
}

/** 1991 → { era: 平成, year: 3 } (the era in force for most of that year: the later one from its 2nd year). */
export function westernToEra(year: number): { era: Era; year: number } {
  for (let i = ERAS.length - 1; i >= 0; i--) {
    const era = ERAS[i]!;
    if (year >= era.start) return { era, year: year - era.start + 1 };
  }
  throw new Error(`year before the eras known here: ${year}`);
}

/** 1991 → 平成3年 (元年 for the first year). */
export function formatEraYear(year: number): string {
  const { era, year: y } = westernToEra(year);
  return `${era.name}${y === 1 ? '元' : y}年`;
}

/** Parses 平成3年 / 平成 3年 / 平成元年 → 1991 / 1989; null when the text holds no era year. */
export function parseEraYear(text: string): number | null {
  const m = /(明治|大正|昭和|平成|令和)\s*(元|\d{1,2})\s*年/.exec(text);
  if (!m) return null;
  return eraToWestern(m[1]!, m[2] === '元' ? 1 : Number(m[2]));
}

/** A month in a fiscal year (年度, April–March) → the calendar year and month. */
export function fiscalMonthToCalendar(fiscalYear: number, month: number): { year: number; month: number } {
  return { year: month >= 4 ? fiscalYear : fiscalYear + 1, month };
}

/** `2010-06`. */
export function isoMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The era that was in force at a document's date (`2011` or `2011-03-28`): used for years printed without an era. */
export function eraOfDate(date: string): Era {
  return westernToEra(Number(date.slice(0, 4))).era;
}
