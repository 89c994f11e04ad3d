/**
 * `/embed.js`, loaded by pages on other sites that embed a chart with the responsive snippet: sets the
 * height of each `<iframe data-mhlw-chart>` to the height its embed page posts. A message is accepted only
 * when it comes from the site this script was loaded from (its own `src`, read while it loads), from the
 * very frame it resizes (`contentWindow === event.source`) whose `src` is on that site, and asks for a
 * finite height within bounds. Without this script an iframe keeps its height attribute.
 */
import { acceptedHeight, frameOrigin } from './height.ts';
import { EMBED_FRAME_ATTR } from './protocol.ts';

// document.currentScript is set only while the script first runs: read it now, not in the listener.
const site = frameOrigin((document.currentScript as HTMLScriptElement | null)?.src ?? null, location.href);

if (site && site !== 'null') {
  window.addEventListener('message', (e) => {
    if (e.origin !== site || !e.source) return;
    const height = acceptedHeight(e.data);
    if (height === null) return;
    for (const frame of Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_FRAME_ATTR}]`))) {
      if (frame.contentWindow !== e.source || frameOrigin(frame.getAttribute('src'), location.href) !== site) continue;
      frame.style.height = `${height}px`;
    }
  });
}
