/**
 * Copy buttons of the embed snippets (`<button data-copy="TEXTAREA-ID">`): copy the snippet and say so for
 * two seconds. Without scripts the buttons are hidden (the page's <noscript> style); the text can still be
 * selected.
 */
import { all, data } from './dom.ts';

export function installCopyButtons(): void {
  for (const b of all<HTMLButtonElement>('button[data-copy]')) {
    const area = document.getElementById(data(b, 'copy') ?? '');
    if (!(area instanceof HTMLTextAreaElement)) continue;
    const label = b.textContent;
    const done = () => {
      b.textContent = data(b, 'copied') || label;
      setTimeout(() => (b.textContent = label), 2000);
    };
    b.addEventListener('click', () => {
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(area.value).then(done, () => area.select());
      else {
        area.select();
        try {
          document.execCommand('copy');
          done();
        } catch {
          // the text stays selected
        }
      }
    });
  }
}
