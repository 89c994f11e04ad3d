/** Dictionaries: a Japanese one, and an English one typed by it, so a missing or mistyped string fails the type check. */

export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** BCP 47 locale of a language, for number and date formats. */
export const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

/** The shape of a dictionary: the same keys as the Japanese one, each a string or a function of the same parameters. */
export type Words<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends number
      ? number
      : T[K] extends (...args: infer A) => infer R
        ? (...args: A) => R extends string ? string : R
        : T[K] extends readonly (infer E)[]
          ? readonly Words<E>[]
          : Words<T[K]>;
};

/** A pair of dictionaries, the English typed by the Japanese. */
export function dictionary<T>(jaWords: T, enWords: Words<T>): Record<Lang, Words<T>> {
  return { ja: jaWords as Words<T>, en: enWords };
}
