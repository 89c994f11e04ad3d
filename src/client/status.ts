/**
 * The chart's polite live region (`<p role="status" data-hl-status data-words=…>`, rendered by the server
 * with the words of the page's language): what the scripts announce goes there, so no language is written
 * in client code.
 */
import { all } from './dom.ts';
import { STATUS_ATTR, statusWordsOf, type StatusWords } from './protocol.ts';

export interface Status {
  words: StatusWords;
  say(text: string): void;
}

/** The page's first live region and its words, or null on a page without one. */
export function findStatus(root: ParentNode = document): Status | null {
  const region = all(`[${STATUS_ATTR}]`, root)[0];
  const words = region ? statusWordsOf(region) : null;
  if (!region || !words) return null;
  return {
    words,
    say(text) {
      region.textContent = text;
    },
  };
}
