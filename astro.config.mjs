// @ts-check
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { cspHeader } from './src/lib/csp.ts';

// SITE_URL and BASE_PATH let the same build serve from a domain root or a sub-path; OUT_DIR lets tests
// build a fixture site elsewhere.
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages): security headers; no page may be framed by another site.
 * @type {import('astro').AstroIntegration}
 */
const headers = {
  name: 'security-headers',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const common = ['  X-Content-Type-Options: nosniff', '  Referrer-Policy: strict-origin-when-cross-origin'];
      const text = [
        `${base}*`,
        `  Content-Security-Policy: ${cspHeader("'self'")}`,
        '  X-Frame-Options: SAMEORIGIN',
        ...common,
        `${base}downloads/*`,
        '  Content-Disposition: attachment',
        '',
      ].join('\n');
      writeFileSync(fileURLToPath(new URL('_headers', dir)), text);
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
