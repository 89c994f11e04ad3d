/**
 * What the browser's scripts (src/client/) and the server's pages agree on: the message an embed posts to
 * the page that frames it, the URL parameters a page reads, and the words a page gives its scripts. Both
 * sides import these names from here, so a rename cannot leave one side behind. Nothing here needs Node or
 * a browser global: the server imports it while building pages.
 */

/** The `type` of the message an embed page posts to its parent with its height (documented in the README). */
export const HEIGHT_MESSAGE = 'mhlw-charts:height';

/** What an embed page posts: its chart's id and its height in CSS pixels. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

/**
 * The heights the host script (`/embed.js`) accepts, in CSS pixels: the smallest embed is taller than the
 * minimum, the tallest far shorter than the maximum. Anything outside is a broken or hostile message.
 */
export const HEIGHT_MIN = 50;
export const HEIGHT_MAX = 20_000;

/**
 * The URL parameters the pages read (`?highlight=KEY[,KEY…]`, `?sort=name|period:P` for a sortable chart,
 * `?theme=light|dark|auto` on embeds, `?values=all|printed`).
 */
export const PARAM = { highlight: 'highlight', sort: 'sort', theme: 'theme', values: 'values' } as const;
/**
 * An embed's themes: light unless asked (the host page chooses, as with Datawrapper), `dark` forced, `auto`
 * following the reader's `prefers-color-scheme`. The first is the default (no parameter, or scripts off).
 */
export const THEMES = ['light', 'dark', 'auto'] as const;

/**
 * Which values a chart and its table show (`?values=`): all of them, or only those read from the document as
 * printed (repaired, corrected and sourced values become gaps). The one place pages, embeds and downloads
 * read it from (params.ts `valuesShown`).
 */
export const VALUES = ['all', 'printed'] as const;
export type ValuesShown = (typeof VALUES)[number];
/** On `<html>` while only the values as printed are shown (CSS hides the others). */
export const VALUES_ATTR = 'data-values';
/** The status of a drawn or tabled value, on its element (marks, table values). */
export const VALUE_STATUS_ATTR = 'data-status';

/** The provenance panel's file of a page (`<main data-evidence="…/evidence/<page>.json">`). */
export const EVIDENCE_ATTR = 'data-evidence';
/** The address of the code that draws the panel (`scripts/panel.js`), imported on first use. */
export const PANEL_SCRIPT_ATTR = 'data-panel-script';

/** The period of a mark (`data-period`), beside its item key: together they name the value it draws. */
export const PERIOD_ATTR = 'data-period';

/** The attribute the iframes of the responsive embed snippet carry; `/embed.js` resizes only those. */
export const EMBED_FRAME_ATTR = 'data-mhlw-chart';

/**
 * The key of an item (an owner, a service…) on every element that draws it — marks, labels, table rows —
 * written at build time (src/display/chart.ts); the scripts highlight, dim and re-sort by it. As an
 * attribute `data-key`, as a `dataset` name `key`.
 */
export const ITEM_KEY = 'key';
export const ITEM_KEY_ATTR = `data-${ITEM_KEY}`;
/** The attribute as a server template spreads it on an element: `<tr {...itemKeyAttrs(key)}>`. */
export const itemKeyAttrs = (key: string): Record<string, string> => ({ [ITEM_KEY_ATTR]: key });

/** The chart's polite live region, where the scripts announce what they did or ignored. */
export const STATUS_ATTR = 'data-hl-status';
const WORDS_ATTR = 'data-words';

/**
 * The words the highlight script announces in the chart's live region, in the page's language: the server
 * renders them from the dictionaries (`chartTools`) as JSON in the region's `data-words` attribute.
 */
export interface StatusWords {
  /** Before the names of the items highlighted. */
  on: string;
  /** When nothing is highlighted. */
  off: string;
  /** Before the values of a parameter the page does not know (they are ignored). */
  unknown: string;
}

/** The attributes of a live region (spread on its element by the server; src/client/status.ts reads them back). */
export const statusAttrs = (words: StatusWords): Record<string, string> => ({
  [STATUS_ATTR]: '',
  [WORDS_ATTR]: JSON.stringify({ on: words.on, off: words.off, unknown: words.unknown }),
});

/** The words of a live region, from its attributes; null when they are missing or not three strings. */
export function statusWordsOf(region: Element): StatusWords | null {
  try {
    const w: unknown = JSON.parse(region.getAttribute(WORDS_ATTR) ?? '');
    if (w && typeof w === 'object') {
      const { on, off, unknown } = w as Record<string, unknown>;
      if (typeof on === 'string' && typeof off === 'string' && typeof unknown === 'string') return { on, off, unknown };
    }
  } catch {
    // not JSON: nothing can be announced
  }
  return null;
}

/** Class names the scripts set and the stylesheets style. */
export const CLASS = {
  /** A highlighted item (marks and labels in a chart, rows of its table). */
  highlighted: 'hl',
  tooltip: 'tooltip',
} as const;

/** Set on `<html>` once every enhancement is in place (the browser tests wait for it: test/e2e/browser.ts). */
export const READY_ATTR = 'data-ready';
