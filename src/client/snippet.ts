/**
 * The embed snippets, written the same way by the build (the dataset page's default snippets, oEmbed) and by
 * the embed builder in the browser (src/client/embed-builder.ts): one place for their markup. Pure strings,
 * no Node or browser global.
 */
import { EMBED_FRAME_ATTR } from './protocol.ts';

/** Text for a double-quoted attribute. */
function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOf {
  /** The embed page's absolute address, its parameters included. */
  src: string;
  /** The iframe's accessible name (the chart's title). */
  title: string;
  /** The width the embed is laid out for, in CSS px: the iframe never grows past it, and shrinks with its column. */
  width: number;
  /** The iframe's height at that width, in CSS px. */
  height: number;
}

/**
 * The recommended snippet: the iframe starts at `height` and `/embed.js` (at `script`) sets it to the embed's
 * own height whenever that changes. Its `width`/`height` attributes are the size oEmbed announces.
 */
export function responsiveSnippet(s: SnippetOf, script: string): string {
  return (
    `<iframe src="${attr(s.src)}" title="${attr(s.title)}" width="${s.width}" height="${s.height}" ` +
    `style="border:0;width:100%;max-width:${s.width}px" loading="lazy" ${EMBED_FRAME_ATTR}></iframe>\n` +
    `<script src="${attr(script)}" async></script>`
  );
}

/** A fixed snippet, no script: exactly `height` tall, right for a column `width` wide. */
export function fixedSnippet(s: SnippetOf): string {
  return (
    `<iframe src="${attr(s.src)}" title="${attr(s.title)}" width="${s.width}" height="${s.height}" ` +
    `style="border:0;width:100%;max-width:${s.width}px;height:${s.height}px" loading="lazy"></iframe>`
  );
}
