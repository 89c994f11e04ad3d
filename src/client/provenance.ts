/**
 * The provenance panel: activating a value — a chart mark (click, tap, Enter on the focused mark) or a value
 * of a table — opens a modal `<dialog>` with its evidence: status in plain words, the OCR text and the source
 * lines around it (or a public source's own words), the rule applied, links, history and a pre-filled report.
 * Each value already links to its anchor on the evidence page (the page without scripts); the panel enhances
 * that link. Its contents come from one small file per page, and the code that draws them from
 * `scripts/panel.js` (the dialog's `data-panel-script`), both fetched on first use. Text goes in as text only.
 */
import { closest, data } from './dom.ts';
import type { PanelData } from './panel-data.ts';
import type { render as Render } from './panel.ts';
import { EVIDENCE_ATTR, ITEM_KEY, PANEL_SCRIPT_ATTR, PERIOD_ATTR } from './protocol.ts';

const VALUE_LINK = 'a[href*="#v-"]';
const MARK = 'svg[data-chart] .mark[data-key]';

/** The anchor a value's link points to (`v-…`), or null. */
function evidenceIdOf(href: string): string | null {
  const hash = href.split('#')[1] ?? '';
  return /^v-[0-9a-f]{8}$/.test(hash) ? hash : null;
}

/** The link of the value a mark draws: in its figure's table, the row of its key, the value of its period. */
function linkOfMark(mark: Element): HTMLAnchorElement | null {
  const figure = mark.closest('figure');
  const key = data(mark, ITEM_KEY);
  const period = mark.getAttribute(PERIOD_ATTR);
  const status = mark.getAttribute('data-status');
  if (!figure || key === undefined) return null;
  const rows = Array.from(figure.querySelectorAll<HTMLElement>('tr[data-key]')).filter((tr) => data(tr, ITEM_KEY) === key);
  const values = rows.flatMap((tr) => Array.from(tr.querySelectorAll<HTMLElement>('.v')));
  const fit = values.filter((v) => period === null || v.getAttribute(PERIOD_ATTR) === period);
  const best = fit.find((v) => v.getAttribute('data-status') === status) ?? fit[0] ?? (period === null ? values[0] : undefined);
  return best?.querySelector<HTMLAnchorElement>(VALUE_LINK) ?? null;
}

export function installProvenance(): void {
  const found = document.querySelector<HTMLDialogElement>(`dialog[${EVIDENCE_ATTR}]`);
  if (!found || typeof found.showModal !== 'function') return;
  const dialog = found;
  const body = dialog.querySelector<HTMLElement>('[data-body]')!;
  let loaded: Promise<PanelData> | null = null;
  let drawer: Promise<typeof Render> | null = null;
  const draw = () =>
    (drawer ??= (import(dialog.getAttribute(PANEL_SCRIPT_ATTR) ?? '') as Promise<{ render: typeof Render }>).then((m) => m.render));
  let opener: HTMLElement | SVGElement | null = null;
  const load = () =>
    (loaded ??= fetch(dialog.getAttribute(EVIDENCE_ATTR) ?? '').then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<PanelData>;
    }));

  async function open(a: HTMLAnchorElement, from: HTMLElement | SVGElement, e: Event): Promise<void> {
    const id = evidenceIdOf(a.getAttribute('href') ?? '');
    if (!id) return;
    e.preventDefault();
    opener = from;
    let d: PanelData;
    let render: typeof Render;
    try {
      [d, render] = await Promise.all([load(), draw()]);
    } catch {
      loaded = null;
      drawer = null;
      location.href = a.href; // the evidence page, as without scripts
      return;
    }
    const v = d.values[id];
    if (!v) return void (location.href = a.href);
    body.replaceChildren(render(d, id, v));
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-close]')?.focus();
  }

  dialog.addEventListener('close', () => {
    if (opener?.isConnected) opener.focus();
    opener = null;
  });
  dialog.addEventListener('click', (e) => {
    if (closest(e.target, '[data-close]')) dialog.close();
  });
  document.addEventListener('click', (e) => {
    const a = closest<HTMLAnchorElement>(e.target, `.chart-table ${VALUE_LINK}, .data-table ${VALUE_LINK}`);
    if (a) return void open(a, a, e);
    const mark = closest<SVGElement>(e.target, MARK);
    const to = mark && linkOfMark(mark);
    if (mark && to) void open(to, mark, e);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const mark = closest<SVGElement>(e.target, MARK);
    const to = mark && linkOfMark(mark);
    if (mark && to) void open(to, mark, e);
  });
}
