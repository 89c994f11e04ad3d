/**
 * Chart tooltips: every mark with a value (an SVG element of class `mark` whose `<title>` is its accessible
 * name) shows its value, status, source line and raw OCR text on hover and on keyboard focus. Inside a chart
 * the marks form one tab stop (the build gives the first mark tabindex 0, the others -1); the arrow keys and
 * Home/End move between them, Escape hides the tooltip. Listeners are delegated from the document: nothing
 * runs per mark until a reader reaches one.
 */
import { all, closest } from './dom.ts';
import { CLASS } from './protocol.ts';

const MARK = 'svg[data-chart] .mark';
const TIP_ID = 'chart-tooltip';

let tip: HTMLDivElement | null = null;

function tooltip(): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = CLASS.tooltip;
    tip.setAttribute('role', 'tooltip');
    tip.id = TIP_ID;
    tip.hidden = true;
    document.body.appendChild(tip);
  }
  return tip;
}

function show(mark: SVGElement): void {
  const t = tooltip();
  // The tooltip replaces the browser's own title bubble; the accessible name stays in aria-label.
  const title = mark.querySelector('title');
  if (title) {
    mark.setAttribute('aria-label', title.textContent ?? '');
    title.remove();
  }
  t.textContent = mark.getAttribute('aria-label') ?? '';
  t.hidden = false;
  const r = mark.getBoundingClientRect();
  const x = window.scrollX + r.left + r.width / 2;
  const w = t.offsetWidth;
  const right = window.scrollX + document.documentElement.clientWidth - w - 4;
  t.style.left = `${Math.max(window.scrollX + 4, Math.min(x - w / 2, right))}px`;
  t.style.top = `${window.scrollY + tipTop(r, t.offsetHeight, window.innerHeight)}px`;
  mark.setAttribute('aria-describedby', TIP_ID);
}

/** Space kept between a mark and its tooltip. */
const GAP = 8;

/**
 * Where a tooltip of height `h` goes (viewport y): above the mark, or below it when there is no room above
 * and there is below; never over the mark it explains.
 */
export function tipTop(mark: { top: number; bottom: number }, h: number, viewport: number): number {
  const above = mark.top - h - GAP;
  if (above >= 0) return above;
  const below = mark.bottom + GAP;
  return below + h <= viewport ? below : above;
}

function hide(mark: SVGElement | null): void {
  if (tip) tip.hidden = true;
  mark?.removeAttribute('aria-describedby');
}

/** The mark to move to from mark `i` of `n` for a key, or undefined for other keys. */
export function step(key: string, i: number, n: number): number | undefined {
  if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(i + 1, n - 1);
  if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(i - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return undefined;
}

export function installTooltips(): void {
  const markOf = (e: Event) => closest<SVGElement>(e.target, MARK);
  document.addEventListener('mouseover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  document.addEventListener('mouseout', (e) => {
    const m = markOf(e);
    if (m && !(e.relatedTarget instanceof Node && m.contains(e.relatedTarget))) hide(m);
  });
  // A tap (or click) shows the mark's tooltip; it changes nothing else (highlight.ts leaves the address alone).
  document.addEventListener('click', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  document.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  document.addEventListener('focusout', (e) => {
    const m = markOf(e);
    if (m) hide(m);
  });
  document.addEventListener('keydown', (e) => {
    const m = markOf(e);
    const svg = m?.closest('svg');
    if (!m || !svg) return;
    if (e.key === 'Escape') return hide(m);
    const marks = all<SVGElement>('.mark', svg);
    const j = step(e.key, marks.indexOf(m), marks.length);
    const next = j === undefined ? undefined : marks[j];
    if (!next) return;
    e.preventDefault();
    m.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });
}
