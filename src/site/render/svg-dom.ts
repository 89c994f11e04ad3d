/**
 * SVG built as a DOM and written by an XML serializer, never assembled from strings: text set with
 * `textContent` and attributes set with `setAttribute` are escaped on the way out (`&`, `<`, `>` in text; those
 * and `"` in attributes), so no text of a document, correction or supplement can become markup.
 */
import { DOMParser } from 'linkedom';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A new XML document for SVG. Not an HTML one: linkedom's HTML serializer writes the text of an HTML-namespace
 * `<title>` or `<style>` as it is (`</title><script>` would end the title) and leaves `&` bare in attributes.
 */
export function svgDocument(): Document {
  return new DOMParser().parseFromString(`<svg xmlns="${SVG_NS}"/>`, 'image/svg+xml') as unknown as Document;
}

export type Attrs = Record<string, string | number | undefined>;

/** An SVG element with its attributes (undefined ones left out) and, if given, its text. */
export function el(doc: Document, name: string, attrs: Attrs = {}, text?: string): Element {
  const e = doc.createElementNS(SVG_NS, name);
  setInOrder(e, Object.entries(attrs));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** An element and its children, appended in order; returns the element. */
export function append(parent: Element, ...children: Element[]): Element {
  for (const c of children) parent.appendChild(c);
  return parent;
}

/** The markup of an element of an `svgDocument()`, escaped as XML. */
export function serialize(e: Element): string {
  return e.toString();
}

/** Sets attributes first (in the order given), the element's others after them: a stable, readable order. */
export function setLeading(e: Element, attrs: Attrs): void {
  const rest = [...e.attributes].map((a): [string, string] => [a.name, a.value]).filter(([name]) => !(name in attrs));
  for (const a of [...e.attributes]) e.removeAttribute(a.name);
  setInOrder(e, [...Object.entries(attrs), ...rest]);
}

/** linkedom writes an element's attributes newest first: set in reverse, they are written in the order given. */
function setInOrder(e: Element, attrs: [string, string | number | undefined][]): void {
  for (const [k, v] of attrs.reverse()) if (v !== undefined) e.setAttribute(k, String(v));
}
