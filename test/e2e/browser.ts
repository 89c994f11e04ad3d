/**
 * Shared by the browser tests: build the site once, serve dist/ on loopback, and launch Debian's Chromium
 * (CHROME_PATH or /usr/bin/chromium) through playwright-core. Without a browser the tests say so and skip,
 * except under CI=true, where a missing browser fails the run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../helpers.ts';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const HAVE_BROWSER = existsSync(CHROME);

if (!HAVE_BROWSER) {
  if (process.env.CI === 'true') throw new Error(`browser tests: no Chromium at ${CHROME} (set CHROME_PATH or install Debian's chromium); CI=true requires one`);
  console.warn(`browser tests skipped: no Chromium at ${CHROME} (set CHROME_PATH or apt-get install chromium)`);
}

export const DIST = join(ROOT, 'dist');

/** Builds the site (astro build only: data/clean is committed and checked elsewhere); `env` can point
 * DATA_DIR, RAW_DIR, OUT_DIR, BASE_PATH elsewhere for fixture builds. */
export function buildSite(env: Record<string, string> = {}): void {
  // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in process.env; a child build would
  // take them for its own, so they are left out.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|NODE_ENV)$/.test(k)));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stdout}\n${r.stderr}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** The rules of a `_headers` file: a path pattern (`*` matches anything) and its headers. */
export function parseHeaders(text: string): { pattern: RegExp; source: string; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; source: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = `^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`;
      rules.push({ pattern: new RegExp(re), source: line.trim(), headers: [] });
    } else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules[rules.length - 1]!.headers.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return rules;
}

/** A static server for a built site on 127.0.0.1 and a free port (`base` is the site's BASE_PATH); it sends
 * the headers of dist/_headers as a static host would. */
export async function serveDist(dist = DIST, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const rules = existsSync(join(dist, '_headers')) ? parseHeaders(readFileSync(join(dist, '_headers'), 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const r of rules) if (r.pattern.test(urlPath)) for (const [k, v] of r.headers) res.setHeader(k, v);
    let path = urlPath;
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    path = `/${path.slice(base.length)}`;
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.writeHead(200).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
