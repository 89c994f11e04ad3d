/**
 * The chart's polite live region (`<p role="status" data-hl-status data-words=…>`, rendered by the server
 * with the words of the page's language): what the scripts announce goes there, so no language is written
 * in client code.
 */
import { all } from './dom.ts';
import type { StatusWords } from './protocol.ts';

export interface Status {
  words: StatusWords;
  say(text: string): void;
}

function parseWords(text: string | null): StatusWords | null {
  try {
    const w: unknown = JSON.parse(text ?? '');
    if (w && typeof w === 'object') {
      const { on, off, unknown } = w as Record<string, unknown>;
      if (typeof on === 'string' && typeof off === 'string' && typeof unknown === 'string') return { on, off, unknown };
    }
  } catch {
    // no words: nothing can be announced
  }
  return null;
}

/** The page's first live region and its words, or null on a page without one. */
export function findStatus(root: ParentNode = document): Status | null {
  const region = all('[data-hl-status]', root)[0];
  const words = region ? parseWords(region.getAttribute('data-words')) : null;
  if (!region || !words) return null;
  return {
    words,
    say(text) {
      region.textContent = text;
    },
  };
}
