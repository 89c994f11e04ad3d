/**
 * The provenance panel's contents (`scripts/panel.js`, an ES module): imported by the panel (provenance.ts) on
 * the first value a reader opens, so pages do not fetch it before. Text goes in as text only.
 */
import type { PanelData, PanelValue } from './panel-data.ts';
import { quoteFacts, reportBody, reportHref } from './report.ts';

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
export function render(d: PanelData, id: string, v: PanelValue): DocumentFragment {
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
    f.append(el('h3', w.words), q, el('p', quoteFacts(w, v.quote), 'small'));
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
