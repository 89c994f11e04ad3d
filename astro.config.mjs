// @ts-check
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { cspHeader } from './src/lib/csp.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path; OUT_DIR lets tests
// build a fixture site elsewhere.
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages): security headers for every file; pages may be framed
 * only by the site itself, embed pages by any site. Rules name each top-level folder so that no two
 * Content-Security-Policy rules ever match the same path (hosts combine the headers of matching rules).
 * @type {import('astro').AstroIntegration}
 */
const headers = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      const folders = (/** @type {string} */ sub) =>
        readdirSync(join(out, sub), { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== 'embed' && !(sub === '' && d.name === 'en'))
          .map((d) => `${base}${sub}${d.name}/*`)
          .sort();
      const own = [`${base}`, `${base}index.html`, ...folders(''), ...(existsSync(join(out, 'en')) ? [`${base}en/`, `${base}en/index.html`, ...folders('en/')] : [])];
      const embeds = [`${base}embed/*`, `${base}en/embed/*`];
      const text = [
        `${base}*`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        ...own.flatMap((p) => [p, `  Content-Security-Policy: ${cspHeader("'self'")}`, '  X-Frame-Options: SAMEORIGIN']),
        ...embeds.flatMap((p) => [p, `  Content-Security-Policy: ${cspHeader('*')}`]),
        `${base}downloads/*`,
        '  Content-Disposition: attachment',
        '',
      ].join('\n');
      writeFileSync(join(out, '_headers'), text);
    },
  },
};

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: [headers],
});
