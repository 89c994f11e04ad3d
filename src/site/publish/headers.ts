/**
 * dist/_headers (read by Netlify and Cloudflare Pages): security headers for every file of the build; pages
 * may be framed only by the site itself, embed pages by any site. Rules name each top-level folder and file
 * so that no two Content-Security-Policy rules ever match the same path (hosts combine the headers of
 * matching rules). Each download is sent as an attachment with its type; the catalogue page beside them is
 * a page like any other.
 */
import { cspHeader } from './csp.ts';
import { contentTypeOf } from './downloads.ts';

export interface BuiltTree {
  /** Top-level folders of the build (without `en`), and those under `en/`. */
  folders: string[];
  /** Top-level files of the build (`favicon.svg`, `embed.js`, `sitemap.xml`, `robots.txt`, `404.html` …). */
  files: string[];
  enFolders: string[] | null;
  /** Files sent as attachments, relative to the build: `downloads/*` and the charts' CSVs (`charts/x.csv`, `en/charts/x.csv`). */
  attachments: string[];
}

export function headersFile(base: string, tree: BuiltTree): string {
  const own = [
    `${base}`,
    `${base}index.html`,
    ...tree.files.filter((f) => f !== 'index.html' && f !== '_headers').map((f) => `${base}${f}`),
    ...tree.folders.filter((f) => f !== 'embed').map((f) => `${base}${f}/*`),
    ...(tree.enFolders
      ? [`${base}en/`, `${base}en/index.html`, ...tree.enFolders.filter((f) => f !== 'embed').map((f) => `${base}en/${f}/*`)]
      : []),
  ];
  const embeds = [`${base}embed/*`, `${base}en/embed/*`];
  return [
    `${base}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    ...own.flatMap((p) => [p, `  Content-Security-Policy: ${cspHeader("'self'")}`, '  X-Frame-Options: SAMEORIGIN']),
    ...embeds.flatMap((p) => [p, `  Content-Security-Policy: ${cspHeader('*')}`]),
    ...tree.attachments.flatMap((f) => [
      `${base}${f}`,
      `  Content-Type: ${contentTypeOf(f)}`,
      `  Content-Disposition: attachment; filename="${f.split('/').pop()}"`,
    ]),
    '',
  ].join('\n');
}
