/**
 * A run of `npm run data` killed at any point leaves the output whole: `data/clean` always resolves to one
 * complete set (the previous one or the new one, each checked against the sha256 its marker lists), and the
 * next run removes what the killed one left. Killed at each named step (MHLW_PIPELINE_KILL_AT), then at
 * random moments of a slow run (a corpus of synthetic handouts).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCompleteSet, MARKER, type KillPoint } from '../../scripts/lib/output.ts';
import { corpus, corpusRegister, seedText } from '../../scripts/lib/synthetic.ts';
import { rng } from '../../scripts/lib/synthetic.ts';
import { ROOT } from '../helpers.ts';

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const work = mkdtempSync(join(tmpdir(), 'mhlw-kill-'));
const dir = join(work, 'project');
const SIZE = 200;
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeCorpus(offset: number): void {
  rmSync(join(dir, 'data/raw'), { recursive: true, force: true });
  mkdirSync(join(dir, 'data/raw'), { recursive: true });
  const docs = corpus(SIZE, seedText(ROOT), offset);
  for (const d of docs) writeFileSync(join(dir, 'data/raw', d.file), d.bytes);
  writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(corpusRegister(docs), null, 2));
}

function start(env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts/build-data.ts'), '--quiet'], {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((ok) =>
    child.on('close', (code, signal) => ok({ code, signal, stderr })),
  );
  return { child, done };
}

/** The set data/clean points to, by the sha256 of its files (null if it is not one whole set). */
function currentSet(): string | null {
  const target = resolve(dir, 'data', readlinkSync(join(dir, 'data/clean')));
  if (!isCompleteSet(target)) return null;
  return JSON.stringify(JSON.parse(readFileSync(join(target, MARKER), 'utf8')).files);
}

let setA = '';
beforeAll(async () => {
  for (const f of ['corrections', 'supplements']) cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });
  writeCorpus(0);
  const r = await start().done;
  if (r.code !== 0) throw new Error(r.stderr);
  setA = currentSet()!;
  writeCorpus(5000);
}, 120_000);

describe('a killed run', () => {
  const seen = new Set<string>();

  for (const step of ['locked', 'files-written', 'staged', 'link-made', 'published'] satisfies KillPoint[]) {
    it(`killed at "${step}": data/clean is one whole set`, async () => {
      const r = await start({ MHLW_PIPELINE_KILL_AT: step }).done;
      expect(r.signal).toBe('SIGKILL');
      const set = currentSet();
      expect(set).not.toBeNull();
      seen.add(set!);
    }, 60_000);
  }

  it('killed at random moments of a slow run, ten times: data/clean is always one whole set', async () => {
    const random = rng(20261123);
    for (let i = 0; i < 10; i++) {
      const run = start();
      const delay = 200 + Math.floor(random() * 2800);
      await new Promise((ok) => setTimeout(ok, delay));
      run.child.kill('SIGKILL');
      await run.done;
      const set = currentSet();
      expect(set, `killed after ${delay} ms`).not.toBeNull();
      seen.add(set!);
    }
  }, 120_000);

  it('the next run completes, cleans up, and every set seen was the previous or the new one', async () => {
    const r = await start().done;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const setB = currentSet()!;
    expect(setB).not.toBe(setA);
    for (const s of seen) expect([setA, setB]).toContain(s);
    expect(seen.has(setA) && seen.has(setB)).toBe(true);
    expect(readdirSync(join(dir, 'data/.clean.versions')).sort()).toEqual([
      '.mhlw-pipeline.json',
      readlinkSync(join(dir, 'data/clean')).split('/').pop(),
    ]);
    expect(existsSync(join(dir, 'data/.clean.lock'))).toBe(false);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.includes('.link-'))).toEqual([]);
  }, 60_000);
});
