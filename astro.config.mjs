// @ts-check
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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
      // Astro leaves these server-side chunks behind when outDir is outside the project: not site files.
      for (const f of ['content-assets.mjs', 'content-modules.mjs']) rmSync(join(out, f), { force: true });
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
        // Each download says its encoding: hosts guess a type from the extension but not the charset.
        ...(existsSync(join(out, 'downloads'))
          ? readdirSync(join(out, 'downloads'))
              .sort()
              .flatMap((f) => [
                `${base}downloads/${f}`,
                `  Content-Type: ${f.endsWith('.json') ? 'application/json; charset=utf-8' : f.endsWith('.excel-sjis.csv') ? 'text/csv; charset=shift_jis' : 'text/csv; charset=utf-8'}`,
              ])
          : []),
        '',
      ].join('\n');
      writeFileSync(join(out, '_headers'), text);
      // The sitemap lists every page (embeds and downloads are not pages of their own).
      /** @type {string[]} */
      const pages = [];
      const walk = (/** @type {string} */ d, /** @type {string} */ rel) => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          if (e.isDirectory()) walk(join(d, e.name), `${rel}${e.name}/`);
          else if (e.name === 'index.html' && !/(^|\/)embed\//.test(rel)) pages.push(rel);
        }
      };
      walk(out, '');
      const site = (process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');
      const urls = pages.map((p) => `  <url><loc>${site}${base}${p}</loc></url>`).join('\n');
      writeFileSync(join(out, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`);
      writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${site}${base}sitemap.xml\n`);
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
