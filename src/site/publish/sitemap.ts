/** sitemap.xml (every page of the build; embeds and downloads are not pages of their own) and robots.txt. */

export function sitemapXml(site: string, base: string, pages: readonly string[]): string {
  const origin = site.replace(/\/$/, '');
  const urls = pages.map((p) => `  <url><loc>${origin}${base}${p}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${site.replace(/\/$/, '')}${base}sitemap.xml\n`;
}

/** The pages of a built tree: every `index.html` outside `embed/`, as paths relative to the base (`datasets/x/`). */
export function pagesOf(files: readonly string[]): string[] {
  return files
    .filter((f) => /(^|\/)index\.html$/.test(f) && !/(^|\/)embed\//.test(f))
    .map((f) => f.replace(/index\.html$/, ''))
    .sort();
}
