/**
 * Finding elements without building selectors from text: values from the address bar or the page are
 * compared with `dataset`, never pasted into a selector (`?highlight=%0A` once made
 * `[data-key="\n"]`, an invalid selector, and stopped every script of the page).
 */

/** Every element under `root` matching a selector written here (a constant, never built from a value). */
export function all<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E[] {
  return Array.from(root.querySelectorAll<E>(selector));
}

/** `data-*` of an HTML or SVG element. */
export const data = (el: Element, name: string): string | undefined => (el as HTMLElement | SVGElement).dataset[name];

/** The closest ancestor-or-self of an event's target matching `selector` (targets may be text nodes). */
export function closest<E extends Element = HTMLElement>(target: EventTarget | null, selector: string): E | null {
  return target instanceof Element ? target.closest<E>(selector) : null;
}

/**
 * Runs each installer on its own: one that throws (a defect) is reported to the console and the others are
 * still installed, so the page keeps the rest of its enhancements.
 */
export function installAll(installers: ReadonlyArray<() => void>): void {
  for (const install of installers) {
    try {
      install();
    } catch (e) {
      // Reported after the loop, so the remaining installers run first.
      setTimeout(() => {
        throw e;
      });
    }
  }
}
