// @ts-check
import { defineConfig } from 'astro/config';
import { SettingError, siteAddress } from './src/site/publish/address.ts';
import { clientScripts } from './src/site/publish/client-bundle.ts';
import { identity } from './src/site/publish/identity.ts';
import { siteFiles } from './src/site/publish/integration.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path (src/site/publish/address.ts
// normalises them or refuses them); OUT_DIR lets tests build a fixture site elsewhere.
/** @type {import('./src/site/publish/address.ts').SiteAddress} */
let address;
/** @type {string[]} */
let warnings;
try {
  address = siteAddress(process.env);
  warnings = [...address.warnings, ...identity().warnings];
} catch (e) {
  if (!(e instanceof SettingError)) throw e;
  console.error(e.message);
  process.exit(1);
}
if (process.argv.includes('build')) for (const w of warnings) console.warn(`warning: ${w}`);

export default defineConfig({
  site: address.site,
  base: address.base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  // Four pages at a time: PNGs are rasterised off the build's thread (src/site/render/png.ts), so both cores
  // work while the next pages render (2 gave 15.5 s for `npm run build` here, 4 gave 14 s, 1 gave 16.5 s). The
  // output does not depend on the order.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  integrations: [siteFiles({ site: address.site, base: address.base })],
  // The browser's scripts, bundled from src/client/ and served by the endpoints under src/pages/ (scripts/*.js, embed.js).
  vite: { plugins: [clientScripts()] },
});
