/**
 * The embed builder's code (`scripts/builder.js`, an ES module, src/client/embed-builder.ts) is imported when a
 * reader first opens a chart's "Embed" section, or arrives with a builder state in the address (`#embed=…`):
 * pages do not fetch it before. Without it the section shows the build's snippets, as without scripts.
 */
import { all, data } from './dom.ts';

export function installBuilderLoader(): void {
  const boxes = all('[data-builder]');
  const src = boxes[0] && data(boxes[0], 'builderScript');
  if (!src) return;
  let loading: Promise<void> | null = null;
  const load = () => {
    loading ??= (import(src) as Promise<{ installEmbedBuilders: () => void }>).then((m) => m.installEmbedBuilders());
  };
  for (const box of boxes) {
    const details = box.closest('details');
    details?.addEventListener('toggle', () => details.open && load());
  }
  const asked = () => location.hash.startsWith('#embed=') && load();
  window.addEventListener('hashchange', asked);
  asked();
}
