/**
 * The provenance panel: activating a value — a chart mark (click, tap, Enter on the focused mark) or a value
 * of a table — opens a modal `<dialog>` with its evidence: status in plain words, the OCR text and the source
 * lines around it (or a public source's own words), the rule applied, links, history and a pre-filled report.
 * Each value already links to its anchor on the evidence page (the page without scripts); the panel enhances
 * that link. Its contents come from one small file per page, fetched on first use. Text goes in as text only.
 */
import { closest, data } from './dom.ts';
import type { PanelData, PanelValue } from './panel-data.ts';
import { EVIDENCE_ATTR, ITEM_KEY, PERIOD_ATTR } from './protocol.ts';
import { reportBody, reportHref } from './report.ts';

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  return a;
}

/** The panel's contents for a value. */
function render(d: PanelData, id: string, v: PanelValue): DocumentFragment {
  const w = d.words;
  const f = document.createDocumentFragment();
  f.append(el('h2', `${v.what}${w.sep}${v.value}`));
  const dl = el('dl', undefined, 'facts');
  const fact = (dt: string, dd: string | Node) => {
    const x = el('dd');
    x.append(dd);
    dl.append(el('dt', dt), x);
  };
  fact(w.value, v.value);
  fact(w.unit, v.unit);
  fact(w.what, v.what);
  fact(w.status, v.status);
  if (v.raw) fact(w.ocr, el('code', v.raw));
  fact(w.applied, v.applied || w.none);
  fact(w.key, el('code', `${v.dataset} ${v.key}`));
  f.append(dl);
  if (v.around.length && v.line !== null) {
    const ol = el('ol', undefined, 'ev-source');
    ol.start = v.around[0]!;
    ol.lang = 'ja';
    for (const n of v.around) {
      const text = d.lines[v.doc]?.[String(n)] ?? '';
      const li = el('li', n === v.line ? undefined : text, n === v.line ? 'own' : undefined);
      if (n === v.line) li.append(el('mark', text));
      ol.append(li);
    }
    f.append(el('h3', w.evidence), ol);
  }
  if (v.quote) {
    const q = el('blockquote', v.quote.words);
    q.lang = 'ja';
    const unknown = (s: string) => (s && s !== 'unknown' ? s : '—');
    f.append(
      el('h3', w.words),
      q,
      el(
        'p',
        [
          [w.publisher, v.quote.publisher],
          [w.sourceTitle, v.quote.title],
          [w.published, v.quote.published],
          [w.accessed, v.quote.accessed],
        ]
          .map(([k, x]) => `${k}${w.sep}${unknown(x!)}`)
          .concat(v.quote.kind ? [v.quote.kind] : [])
          .join(' · '),
        'small',
      ),
    );
  }
  const links = el('p', undefined, 'ev-links');
  const sep = () => links.append(' · ');
  if (v.line !== null && v.doc) links.append(link(`${d.sources}${v.doc}/#L${v.line}`, w.viewer.replace('{line}', String(v.line))));
  if (v.original) {
    if (links.childNodes.length) sep();
    links.append(link(v.original, w.original));
  }
  if (links.childNodes.length) sep();
  links.append(link(`${d.page}#${id}`, w.more));
  f.append(links);
  if (v.history?.length) {
    const ul = el('ul');
    for (const c of v.history)
      ul.append(el('li', `${c.version} (${c.date}): ${c.old || w.missing} → ${c.new || w.missing}${c.reason ? ` — ${c.reason}` : ''}`));
    f.append(el('h3', w.history), ul);
  }
  const title = w.reportTitle.replace('{dataset}', v.dataset).replace('{key}', v.key);
  const body = reportBody(
    {
      dataset: v.dataset,
      key: v.key,
      what: v.what,
      value: v.value,
      status: v.status,
      ocr: v.raw,
      line: v.line === null ? '' : `${v.doc} ${v.line}`,
      page: location.href,
      version: d.version,
    },
    w.fields,
  );
  if (d.reports) {
    const a = link(reportHref(d.reports, title, body), w.report);
    a.setAttribute('data-report', '');
    const p = el('p', undefined, 'report');
    p.append(a);
    f.append(p);
  } else {
    const area = el('textarea', `${title}\n\n${body}`);
    area.readOnly = true;
    area.rows = 6;
    area.setAttribute('data-report', '');
    area.setAttribute('aria-label', w.reportCopy);
    const copy = el('button', w.copy);
    copy.type = 'button';
    copy.addEventListener('click', () => {
      area.select();
      void navigator.clipboard?.writeText(area.value).then(() => (copy.textContent = w.copied));
    });
    f.append(el('h3', w.reportCopy), area, copy);
  }
  return f;
}

export function installProvenance(): void {
  const found = document.querySelector<HTMLDialogElement>(`dialog[${EVIDENCE_ATTR}]`);
  if (!found || typeof found.showModal !== 'function') return;
  const dialog = found;
  const body = dialog.querySelector<HTMLElement>('[data-body]')!;
  let loaded: Promise<PanelData> | null = null;
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
    try {
      d = await load();
    } catch {
      loaded = null;
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
