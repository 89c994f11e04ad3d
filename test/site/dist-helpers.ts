/** Reading a built site: its pages, their links and the files they fetch. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function pages(dist: string): string[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The URL path of a built file: dist/datasets/x/index.html → /datasets/x/. */
export function urlOf(dist: string, file: string, base = '/'): string {
  return (
    base +
    relative(dist, file)
      .replace(/index\.html$/, '')
      .split('\\')
      .join('/')
  );
}

/** Maps a URL path (under base) to a file of dist, or null. */
export function fileOf(dist: string, path: string, base = '/'): string | null {
  if (!path.startsWith(base)) return null;
  const rel = decodeURIComponent(path.slice(base.length));
  const f = join(dist, rel);
  if (existsSync(f) && statSync(f).isFile()) return f;
  if (existsSync(join(f, 'index.html'))) return join(f, 'index.html');
  return null;
}

export function attrs(html: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** What a page fetches: scripts, images, and the stylesheets, icons and preloads it links. */
export function fetched(html: string): string[] {
  const out = [...attrs(html, 'script', 'src'), ...attrs(html, 'img', 'src')];
  // the scripts the loader adds after the first paint (src/site/publish/csp.ts)
  for (const list of attrs(html, 'script', 'data-load')) out.push(...list.split(' '));
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href && /\srel="(stylesheet|icon|preload|modulepreload)"/.test(tag)) out.push(href.replace(/&amp;/g, '&'));
  }
  return out;
}

export function gz(buf: Buffer | string): number {
  return gzipSync(buf, { level: 9 }).length;
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}
