/** Builds the site once into dist/ before the tests that read it (site, browser). */
import { buildSite } from './e2e/browser.ts';

export default function setup(): void {
  const t0 = Date.now();
  buildSite();
  console.log(`site built for the tests in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
