/**
 * `scripts/site.js`, on every page (added after the first paint by the inline loader, src/site/publish/csp.ts).
 * Enhancements only: every page works without it. Each behaviour is installed on its own, so one that
 * fails leaves the others working; then `<html data-ready>` tells the browser tests all is in place.
 */
import { installCaseFilter } from './case-filter.ts';
import { installCopyButtons } from './copy.ts';
import { installBuilderLoader } from './builder-loader.ts';
import { installAll } from './dom.ts';
import { installHighlight, type Highlight } from './highlight.ts';
import { installLangSwitch } from './lang-switch.ts';
import { unknownThemes } from './params.ts';
import { PARAM, READY_ATTR } from './protocol.ts';
import { installShare } from './share.ts';
import { installSort } from './sort.ts';
import { findStatus } from './status.ts';
import { installTabs } from './tabs.ts';
import { installTooltips } from './tooltips.ts';
import { installProvenance } from './provenance.ts';
import { installValues } from './values.ts';

const status = findStatus();
let highlight: Highlight | null = null;
installAll([
  installTooltips,
  installValues,
  installProvenance,
  installCaseFilter,
  installCopyButtons,
  installTabs,
  installLangSwitch,
  () => {
    highlight = installHighlight(
      status,
      unknownThemes(location.search).map((v) => `${PARAM.theme}=${v}`),
    );
  },
  () => installShare(status, highlight),
  () => installSort(status),
  installBuilderLoader,
]);
document.documentElement.setAttribute(READY_ATTR, '');
