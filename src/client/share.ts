/**
 * Share (`<button data-share>` in a chart's tools): shares, or copies, the address of the view — the page,
 * its highlight and the chart's anchor — and says so in the live region. Only the parameters the page
 * understood are shared.
 */
import { all, data } from './dom.ts';
import type { Highlight } from './highlight.ts';
import { withHighlight } from './params.ts';
import type { Status } from './status.ts';

export function installShare(status: Status | null, highlight: Highlight | null): void {
  for (const b of all('[data-share]')) {
    b.addEventListener('click', () => {
      const fig = b.closest<HTMLElement>('[data-chart-figure]');
      const hash = fig ? `#chart-${data(fig, 'chartFigure') ?? ''}` : '';
      const url = location.origin + withHighlight({ pathname: location.pathname, search: '', hash }, highlight?.current() ?? []);
      b.dataset.url = url;
      if (navigator.share) navigator.share({ url, title: document.title }).catch(() => undefined);
      else navigator.clipboard?.writeText(url).then(() => status?.say(data(b, 'copied') ?? ''));
    });
  }
}
