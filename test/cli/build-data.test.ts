/** `npm run data` as a user runs it: arguments, bad inputs (exit code, message, outputs untouched), encodings. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ROOT, SEED } from '../helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'mhlw-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-data.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('npm run data', () => {
  it('--help says how to use it', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run data -- [--raw DIR] [--out DIR]');
  });

  it('an unknown option fails with usage', () => {
    const r = run('--nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('writes the datasets and prints the status table', () => {
    const out = join(work, 'ok');
    const r = run('--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/price-agreement-by-owner\s+rate_pct\s+58\s+4\s+0\s+0\s+13/);
    expect(snapshot(out)).toEqual(snapshot(join(ROOT, 'data/clean')));
  });

  const bad: [string, Uint8Array, string][] = [
    ['empty.txt', new Uint8Array(), 'empty.txt: the file is empty'],
    ['nul.txt', new Uint8Array([0x41, 0x42, 0, 0x43]), 'nul.txt: contains a NUL byte at offset 2; not a text document'],
    ['garbled.txt', new Uint8Array([0xff, 0xfe, 0x80, 0xa0, 0xff, 0x41]), 'garbled.txt: decodes neither as UTF-8 nor as Shift_JIS'],
  ];
  for (const [name, bytes, message] of bad) {
    it(`${name}: fails naming the file, exit 1, previous outputs untouched`, () => {
      const raw = join(work, `raw-${name}`);
      mkdirSync(raw);
      cpSync(SEED, join(raw, 'handout.txt'));
      writeFileSync(join(raw, name), bytes);
      const out = join(work, `out-${name}`);
      mkdirSync(out);
      writeFileSync(join(out, 'previous.csv'), 'a,b\n1,2\n');
      const r = run('--raw', raw, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toBe(`error: ${join(raw, name)}: ${message.split(': ').slice(1).join(': ')}`);
      expect(snapshot(out)).toEqual({ 'previous.csv': 'a,b\n1,2\n' });
      expect(readdirSync(work).filter((f) => f.includes('.tmp-'))).toEqual([]);
    });
  }

  it('a raw document that differs from its sha256 in sources.json fails', () => {
    const raw = join(work, 'raw-sha');
    cpSync(join(ROOT, 'data/raw'), raw, { recursive: true });
    writeFileSync(join(raw, 'mhlw-2011-keizaika-handout.txt'), `${readFileSync(SEED, 'utf8')}\n追記\n`);
    const r = run('--raw', raw, '--out', join(work, 'out-sha'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/mhlw-2011-keizaika-handout.txt: sha256 [0-9a-f]{64} differs from the one in sources.json/);
  });

  it('a correction whose expect no longer matches fails the run', () => {
    const dir = join(work, 'corr');
    mkdirSync(dir);
    writeFileSync(join(dir, 'price-agreement-by-owner.yml'), '- match: { owner_ja: 市町村 }\n  field: hospitals\n  expect: "(283)"\n  value: 283\n  reason: test of a stale correction\n');
    const out = join(work, 'out-corr');
    const r = run('--corrections', dir, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('price-agreement-by-owner.yml: correction for owner_ja=市町村 (hospitals) expects the raw text "(283)" but the source now reads "|■lt283p"');
    expect(() => readdirSync(out)).toThrow();
  });

  it('UTF-8, UTF-8 with BOM and CRLF, and Shift_JIS give byte-identical outputs', () => {
    // ‖ (U+2016) has no Shift_JIS code; the same text with ∥ is used in every encoding.
    const text = readFileSync(SEED, 'utf8').replace(/\u2016/g, '\u2225');
    const variants: Record<string, Buffer> = {
      utf8: Buffer.from(text, 'utf8'),
      bomcrlf: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]),
      sjis: iconv.encode(text, 'Shift_JIS'),
    };
    const outs = Object.entries(variants).map(([name, bytes]) => {
      const raw = join(work, `enc-${name}`);
      mkdirSync(raw);
      writeFileSync(join(raw, 'mhlw-2011-keizaika-handout.txt'), bytes);
      const out = join(work, `enc-out-${name}`);
      expect(run('--raw', raw, '--out', out).code).toBe(0);
      return snapshot(out);
    });
    expect(Object.keys(outs[0]!)).toContain('price-agreement-by-owner.csv');
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
  });
});
