/** The Astro integration that writes _headers, sitemap.xml and robots.txt into the build once it is done. */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LANG_SEGMENT } from '../../i18n/index.ts';
import { headersFile } from './headers.ts';
import { markJapanese } from './mark-languages.ts';
import { pagesOf, robotsTxt, sitemapXml } from './sitemap.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function entries(dir: string, kind: 'folders' | 'files'): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => (kind === 'folders' ? d.isDirectory() : d.isFile()))
    .map((d) => d.name)
    .sort();
}

export function siteFiles(options: { site: string; base: string }): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        // Astro can leave server-side modules behind when outDir is outside the project (content-assets.mjs,
        // manifest_*.mjs, chunks/*.mjs): never site files (the site has no .mjs).
        for (const f of entries(out, 'files').filter((x) => x.endsWith('.mjs'))) rmSync(join(out, f), { force: true });
        const chunks = join(out, 'chunks');
        if (existsSync(chunks) && entries(chunks, 'files').every((x) => x.endsWith('.mjs')))
          rmSync(chunks, { recursive: true, force: true });
        const en = join(out, 'en');
        writeFileSync(
          join(out, '_headers'),
          headersFile(options.base, {
            folders: entries(out, 'folders').filter((f) => !Object.values(LANG_SEGMENT).includes(f)),
            // with the two files written below
            files: [...new Set([...entries(out, 'files'), 'sitemap.xml', 'robots.txt'])].sort(),
            enFolders: existsSync(en) ? entries(en, 'folders') : null,
            attachments: [
              ...(existsSync(join(out, 'downloads')) ? entries(join(out, 'downloads'), 'files').filter((f) => f !== 'index.html') : []).map(
                (f) => `downloads/${f}`,
              ),
              ...['charts', 'en/charts'].flatMap((d) =>
                existsSync(join(out, d))
                  ? entries(join(out, d), 'files')
                      .filter((f) => /\.(csv|xlsx|zip)$/.test(f))
                      .map((f) => `${d}/${f}`)
                  : [],
              ),
            ],
          }),
        );
        const files = walk(out).map((f) => relative(out, f).split('\\').join('/'));
        // English pages: the Japanese they quote is marked as Japanese.
        for (const f of files.filter((x) => /^en\/.*\.html$/.test(x))) {
          const path = join(out, f);
          writeFileSync(path, markJapanese(readFileSync(path, 'utf8')));
        }
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(options.site, options.base, pagesOf(files)));
        writeFileSync(join(out, 'robots.txt'), robotsTxt(options.site, options.base));
      },
    },
  };
}
