/**
 * The loopback server of the bench and the browser tests: only files inside its root, a malformed request
 * answered with 400, and the server still running after it. Real HTTP requests with raw paths (node:http
 * sends the path as written; fetch would normalise `..` away before sending).
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePath, inside, serveStatic } from '../../../scripts/lib/static-server.ts';

const top = mkdtempSync(join(tmpdir(), 'static-server-'));
const dist = join(top, 'dist');
let server: { url: string; close: () => Promise<void> };

function get(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  mkdirSync(join(dist, 'a'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'home');
  writeFileSync(join(dist, 'a', 'x.txt'), 'inside');
  mkdirSync(join(top, 'dist-secret'));
  writeFileSync(join(top, 'dist-secret', 's.txt'), 'secret');
  writeFileSync(join(top, 'outside.txt'), 'secret');
  symlinkSync(join(top, 'outside.txt'), join(dist, 'link.txt'));
  server = await serveStatic(dist);
});
afterAll(async () => {
  await server.close();
  rmSync(top, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves files inside its root', async () => {
    expect(await get(server.url, '/a/x.txt')).toEqual({ status: 200, body: 'inside' });
    expect(await get(server.url, '/')).toEqual({ status: 200, body: 'home' });
  });

  it.each([
    '/..%2Fdist-secret/s.txt',
    '/%2E%2E%2Fdist-secret/s.txt',
    '/a/..%2F..%2Fdist-secret/s.txt',
    '/..%5Cdist-secret/s.txt',
    '/../dist-secret/s.txt',
    '/..%2Foutside.txt',
    '/link.txt',
  ])('serves nothing outside its root: %s', async (path) => {
    const res = await get(server.url, path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('secret');
  });

  it.each(['/%E0%A4%A', '/%', '/%ZZ', '/a%00.txt', '/a/x.txt%00'])(
    'answers a malformed request %s with 400 and keeps running',
    async (path) => {
      expect((await get(server.url, path)).status).toBe(400);
      expect(await get(server.url, '/a/x.txt')).toEqual({ status: 200, body: 'inside' });
    },
  );
});

describe('decodePath and inside', () => {
  it('decodes a path, or gives null for one that cannot be decoded or holds a NUL', () => {
    expect(decodePath('/a%20b/c')).toBe('/a b/c');
    expect(decodePath('/%E0%A4%A')).toBeNull();
    expect(decodePath('/x%00')).toBeNull();
  });
  it('compares with the root plus a separator', () => {
    expect(inside('/srv/dist', '/a/b.txt')).toBe('/srv/dist/a/b.txt');
    expect(inside('/srv/dist', '/../dist-secret/s.txt')).toBeNull();
    expect(inside('/srv/dist', '/a/../../dist2')).toBeNull();
    expect(inside('/srv/dist', '/')).toBe('/srv/dist');
  });
});
