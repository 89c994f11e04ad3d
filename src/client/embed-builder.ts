/**
 * The embed builder on a chart's Download tab (`<div data-builder="CHART">`, src/components/EmbedExport.astro):
 * the embedder picks the language, the view (every control with `data-param="NAME"` becomes `?NAME=value` of
 * the embed's address: highlight, sort, values, theme), and a width;
 * a live preview (an iframe of the embed, made only when the builder is opened, so the page does not fetch
 * it otherwise) shows it at that width, and the two snippets follow: the responsive one (recommended) and a
 * fixed one whose height is the preview's measured height at that width.
 *
 * The builder's state is its own address: `#embed=CHART&lang=en&width=640&theme=dark…` (the page's hash),
 * kept with `history.replaceState`; opening such an address opens the builder in that state.
 */
import { all, data } from './dom.ts';
import { acceptedHeight } from './height.ts';
import { HEIGHT_MESSAGE } from './protocol.ts';
import { fixedSnippet, responsiveSnippet } from './snippet.ts';

/** The hash key naming the chart whose builder the address describes. */
const BUILDER_HASH = 'embed';
const LANG = 'lang';
/** Pixels the fixed snippet adds to the measured height: rounding and a browser's sub-pixel layout differ by 1–2 px. */
const FIXED_SPARE = 4;
const WIDTH = 'width';

export interface BuilderState {
  chart: string;
  lang: string;
  width: number;
  /** The embed's own parameters (`data-param` controls) that differ from their defaults, in form order. */
  params: [string, string][];
}

/** The state a hash describes, or null when it is not a builder's (`#embed=CHART&…`). */
export function parseBuilderHash(hash: string): (Omit<BuilderState, 'params'> & { params: Map<string, string> }) | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const chart = p.get(BUILDER_HASH);
  if (!chart) return null;
  const params = new Map([...p].filter(([k]) => k !== BUILDER_HASH && k !== LANG && k !== WIDTH));
  return { chart, lang: p.get(LANG) ?? '', width: Number(p.get(WIDTH)) || 0, params };
}

/** The hash of a state (its chart first, then language, width and the embed's parameters). */
export function builderHash(s: BuilderState): string {
  const p = new URLSearchParams([[BUILDER_HASH, s.chart], [LANG, s.lang], [WIDTH, String(s.width)], ...s.params]);
  return `#${p.toString().replace(/%2C/g, ',')}`;
}

/** The embed's address: its page in the chosen language, with the view's parameters. */
export function embedSrc(base: string, params: readonly [string, string][]): string {
  const q = new URLSearchParams(params as [string, string][]).toString().replace(/%2C/g, ',');
  return q ? `${base}?${q}` : base;
}

interface Control {
  el: HTMLInputElement | HTMLSelectElement;
  name: string;
}

function installBuilder(box: HTMLElement): void {
  const chart = data(box, 'builder') ?? '';
  const urls = JSON.parse(data(box, 'urls') ?? '{}') as Record<string, string>;
  const previews = JSON.parse(data(box, 'previews') ?? '{}') as Record<string, string>;
  const script = data(box, 'script') ?? '';
  const details = box.closest('details');
  const preview = box.querySelector<HTMLElement>('[data-builder-preview]');
  const controlsBox = box.querySelector<HTMLElement>('[data-builder-controls]');
  const responsive = box.querySelector<HTMLTextAreaElement>('[data-builder-snippet="responsive"]');
  const fixed = box.querySelector<HTMLTextAreaElement>('[data-builder-snippet="fixed"]');
  if (!details || !preview || !controlsBox || !responsive || !fixed) return;
  const staticFixed = fixed.value;
  const controls: Control[] = all<HTMLInputElement | HTMLSelectElement>('[data-param]', box).map((el) => ({
    el,
    name: data(el, 'param') ?? '',
  }));
  const radios = (name: string) => all<HTMLInputElement>(`input[data-builder-${name}]`, box);
  const checked = (name: string) => radios(name).find((r) => r.checked)?.value ?? radios(name)[0]?.value ?? '';
  let frame: HTMLIFrameElement | null = null;
  let height = 0;

  const state = (): BuilderState => ({
    chart,
    lang: checked('lang'),
    width: Number(checked('width')),
    params: controls
      .filter(({ el }) => (el instanceof HTMLInputElement && el.type === 'radio' ? el.checked : true))
      .filter(({ el }) => el.value !== (data(el, 'default') ?? ''))
      .map(({ el, name }): [string, string] => [name, el.value]),
  });

  function render(updateAddress: boolean): void {
    const s = state();
    const src = embedSrc(urls[s.lang] ?? '', s.params);
    const title = frame?.contentDocument?.title || document.title;
    if (frame) {
      const shown = embedSrc(previews[s.lang] ?? '', s.params);
      if (frame.style.width !== `${s.width}px` || frame.getAttribute('src') !== shown) {
        height = 0;
        // Measured once the frame has laid out at its new width (and again when a new address has loaded).
        requestAnimationFrame(() => requestAnimationFrame(measure));
      }
      frame.style.width = `${s.width}px`;
      if (frame.getAttribute('src') !== shown) frame.src = shown;
    }
    responsive!.value = responsiveSnippet({ src, title, width: s.width, height: height || Number(data(box, 'height')) }, script);
    // Until the preview has measured the embed at this width, the build's snippet (tall enough for any width).
    fixed!.value = height ? fixedSnippet({ src, title, width: s.width, height: height + FIXED_SPARE }) : staticFixed;
    fixed!.dataset.measured = height ? `${s.width} ${height}` : '';
    if (updateAddress) history.replaceState(history.state, '', builderHash(s));
  }

  /**
   * The embed's height at the chosen width, read from its document (the preview is on this site). Taken only
   * when the embed is laid out at exactly that width: while the frame is shorter than the embed, a scrollbar
   * narrows it, so the frame is first made taller.
   */
  function measure(): void {
    const doc = frame?.contentDocument;
    // Not the frame's first, empty document: the embed, loaded.
    if (!frame || !doc || doc.readyState !== 'complete' || !doc.querySelector('[data-embed]')) return;
    const root = doc.documentElement;
    const width = state().width;
    if (root.clientWidth !== width) {
      if (frame.contentWindow?.innerWidth === width) frame.style.height = `${root.scrollHeight + 100}px`;
      return;
    }
    const h = acceptedHeight({ type: HEIGHT_MESSAGE, height: root.getBoundingClientRect().height });
    if (h === null || h === height) return;
    height = h;
    frame.style.height = `${h}px`;
    render(false);
  }

  function open(): void {
    if (frame) return;
    frame = document.createElement('iframe');
    frame.title = data(box, 'previewTitle') ?? '';
    frame.className = 'builder-frame';
    frame.height = data(box, 'height') ?? '400';
    frame.addEventListener('load', () => {
      // Measured again whenever the embed's layout changes (its width, its fonts, its scripts).
      const win = frame?.contentWindow as (Window & typeof globalThis) | null;
      if (win && 'ResizeObserver' in win) new win.ResizeObserver(measure).observe(win.document.documentElement);
      win?.addEventListener('resize', measure);
      measure();
    });
    preview!.appendChild(frame);
    render(false);
  }

  details.addEventListener('toggle', () => details.open && open());
  box.addEventListener('change', () => render(true));
  controlsBox.hidden = false;
  // It starts from the view the page shows, as its snippets carry it (snippet-view.ts): the highlighted item
  // and the values shown, where the builder's menus offer them. From now on the builder writes the snippets.
  const src = (/src="([^"]*)"/.exec(responsive.value)?.[1] ?? '').replace(/&amp;/g, '&');
  const carried = new URL(src, location.href).searchParams;
  for (const { el, name } of controls) {
    const first = carried.get(name)?.split(',')[0];
    if (first && el instanceof HTMLSelectElement && [...el.options].some((o) => o.value === first)) el.value = first;
  }
  for (const ta of [responsive, fixed]) delete ta.dataset.embedUrl;

  const restore = () => {
    const s = parseBuilderHash(location.hash);
    if (!s || s.chart !== chart) return;
    for (const r of radios('lang')) r.checked = r.value === s.lang || (!s.lang && r.defaultChecked);
    for (const r of radios('width')) r.checked = Number(r.value) === s.width || (!s.width && r.defaultChecked);
    for (const { el, name } of controls) {
      const v = s.params.get(name) ?? data(el, 'default') ?? '';
      if (el instanceof HTMLInputElement && el.type === 'radio') el.checked = el.value === v;
      else if ([...(el as HTMLSelectElement).options].some((o) => o.value === v)) el.value = v;
    }
    // Its chart's Download tab, then the builder, opened.
    document.getElementById(`tab-${chart}-download`)?.click();
    details.open = true;
    open();
    render(false);
    details.scrollIntoView({ block: 'start' });
  };
  window.addEventListener('hashchange', restore);
  restore();
  // Loaded on the first opening of a builder (builder-loader.ts): that one is open already.
  if (details.open) open();
}

export function installEmbedBuilders(): void {
  for (const box of all('[data-builder]')) installBuilder(box);
}
