/**
 * Where the site is published: SITE_URL (the origin: `https://charts.example.org`) and BASE_PATH (a sub-path:
 * `/mhlw/`), read once from the environment by astro.config.mjs and scripts/build.ts. Both are normalised
 * (`mhlw`, `/mhlw`, `mhlw/`, `//mhlw//` → `/mhlw/`; a trailing slash on the origin is dropped) or refused
 * with a `SITE_URL: …` / `BASE_PATH: …` message. A SITE_URL with a path gives the base path when BASE_PATH is
 * not set. Without SITE_URL the site is built for http://localhost:4321 (fine for `npm start`) with a
 * warning; a publishing build (PUBLISH=1, as the deploy workflow sets) refuses to run without it.
 */

export const LOCAL_SITE = 'http://localhost:4321';

export interface SiteAddress {
  /** The origin, without a trailing slash. */
  site: string;
  /** The base path, with a leading and a trailing slash (`/` at the root). */
  base: string;
  /** What the build should say (no SITE_URL). */
  warnings: string[];
}

export class SettingError extends Error {}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `mhlw`, `/mhlw`, `/mhlw/`, `//mhlw//x/` → `/mhlw/`, `/mhlw/x/`; `''` and `/` → `/`. */
export function normaliseBase(raw: string, name = 'BASE_PATH'): string {
  const segments = raw.trim().split('/').filter(Boolean);
  for (const s of segments)
    if (!SEGMENT.test(s) || s === '.' || s === '..')
      throw new SettingError(`${name}: "${raw}" is not a path of plain segments (letters, digits, . _ ~ -), such as /mhlw/`);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const raw = (env.SITE_URL ?? '').trim();
  const warnings: string[] = [];
  let site = LOCAL_SITE;
  let pathFromSite = '/';
  if (!raw) {
    if (env.PUBLISH === '1' || env.PUBLISH === 'true')
      throw new SettingError(
        'SITE_URL: not set; a publishing build (PUBLISH=1) needs the address the site is served from, such as https://charts.example.org',
      );
    warnings.push(
      `SITE_URL is not set: canonical and alternate links, social cards, oEmbed, sitemap.xml, robots.txt, embed snippets, chart files and citations point to ${LOCAL_SITE}. Set SITE_URL=https://… (and BASE_PATH for a sub-path) to publish.`,
    );
  } else {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new SettingError(`SITE_URL: "${raw}" is not an absolute URL, such as https://charts.example.org`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new SettingError(`SITE_URL: "${raw}" must start with https:// (or http://)`);
    if (url.search || url.hash || url.username || url.password)
      throw new SettingError(`SITE_URL: "${raw}" must be an address only, without a query, a fragment or credentials`);
    site = url.origin;
    pathFromSite = normaliseBase(decodeURIComponent(url.pathname), 'SITE_URL');
  }
  const base = env.BASE_PATH?.trim() ? normaliseBase(env.BASE_PATH) : pathFromSite;
  if (env.BASE_PATH?.trim() && pathFromSite !== '/' && pathFromSite !== base)
    throw new SettingError(`SITE_URL: its path ${pathFromSite} differs from BASE_PATH ${base}; give the path in one of them`);
  return { site, base, warnings };
}
