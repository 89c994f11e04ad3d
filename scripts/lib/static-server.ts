/**
 * A static file server on loopback for a built site, sending the headers of its `_headers` file and, as
 * every static host does, text compressed with Brotli or gzip when the browser accepts it.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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
      const re = `^${line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')}$`;
      rules.push({ pattern: new RegExp(re), source: line.trim(), headers: [] });
    } else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules[rules.length - 1]!.headers.push([m[1]!.trim(), m[2]!.trim()]);
    }
  }
  return rules;
}

/**
 * The decoded path of a request target, or null when it cannot be one: malformed percent-encoding
 * (`%E0%A4%A`) or a NUL, which no file name holds.
 */
export function decodePath(target: string): string | null {
  try {
    const path = decodeURIComponent(new URL(target, 'http://x').pathname);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

/**
 * The file a decoded path names under `root`, or null when it lies outside: resolved first (so `..`, also
 * one that arrived encoded as `..%2F`, is gone), then compared with the root plus a separator, so a sibling
 * folder whose name starts with the root's (`dist-secret` beside `dist`) is outside.
 */
export function inside(root: string, path: string): string | null {
  const file = resolve(root, `.${sep}${path}`);
  return within(root, file) ? file : null;
}

function within(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

/** Serves `dist` under `base` on 127.0.0.1 and a free port. */
export async function serveStatic(dist: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  const compressed = new Map<string, Buffer>();
  const once = (key: string, make: () => Buffer) => compressed.get(key) ?? compressed.set(key, make()).get(key)!;
  const rules = existsSync(join(dist, '_headers')) ? parseHeaders(readFileSync(join(dist, '_headers'), 'utf8')) : [];
  const root = realpathSync(dist);
  const server: Server = createServer((req, res) => {
    // One bad request must not stop the server the bench and the browser tests share: any error is answered.
    try {
      handle(req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('internal error');
    }
  });
  function handle(req: IncomingMessage, res: ServerResponse): void {
    const urlPath = decodePath(req.url ?? '/');
    if (urlPath === null) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    for (const r of rules) if (r.pattern.test(urlPath)) for (const [k, v] of r.headers) res.setHeader(k, v);
    if (!urlPath.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    let file = inside(root, urlPath.slice(base.length));
    if (file === null) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // A link inside the root may point out of it: what is served is where the path really leads.
    if (!existsSync(file) || !within(root, realpathSync(file)) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if (!res.hasHeader('Content-Type')) res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    const body = readFileSync(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    res.setHeader('Vary', 'Accept-Encoding');
    if (extname(file) !== '.png' && /\bbr\b/.test(accepts)) {
      res.setHeader('Content-Encoding', 'br');
      res.writeHead(200).end(once(`br:${file}`, () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })));
    } else if (extname(file) !== '.png' && /\bgzip\b/.test(accepts)) {
      res.setHeader('Content-Encoding', 'gzip');
      res.writeHead(200).end(once(`gz:${file}`, () => gzipSync(body, { level: 9 })));
    } else res.writeHead(200).end(body);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
