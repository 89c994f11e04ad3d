/**
 * A run of `npm run data` killed at any point leaves the output whole: `data/clean` is one complete set (the
 * previous one or the new one, each checked against the sha256 its marker lists), except between the two
 * renames of the swap, when it is absent and `.clean.old` holds the previous set whole; the next run puts that
 * back, removes what the killed one left, and publishes. Killed at each step (`--kill-at`, a test option of
 * scripts/build-data.ts), then at random moments of a slow run (a corpus of synthetic handouts).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCompleteSet, KILL_POINTS, MARKER } from '../../scripts/lib/output.ts';
import { corpus, corpusRegister, rng, seedText } from '../../scripts/lib/synthetic.ts';
import { ROOT, SEED } from '../helpers.ts';

const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const work = mkdtempSync(join(tmpdir(), 'mhlw-kill-'));
const dir = join(work, 'project');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Two raw folders of the real documents, giving two sets: as received (a) and with one value changed (b). */
function realRaw(name: string, change: (text: string) => string): void {
  const raw = join(dir, 'data', name);
  cpSync(join(ROOT, 'data/raw'), raw, { recursive: true });
  const text = change(readFileSync(SEED, 'utf8'));
  writeFileSync(join(raw, 'mhlw-2011-keizaika-handout.txt'), text);
  const register = JSON.parse(readFileSync(join(raw, 'sources.json'), 'utf8')) as { documents: { file: string; sha256: string }[] };
  register.documents.find((d) => d.file === 'mhlw-2011-keizaika-handout.txt')!.sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(raw, 'sources.json'), JSON.stringify(register, null, 2));
}

/** Two corpora of 200 synthetic handouts: runs slow enough to be killed at random moments. */
function corpusRaw(name: string, offset: number): void {
  const raw = join(dir, 'data', name);
  mkdirSync(raw, { recursive: true });
  const docs = corpus(200, seedText(ROOT), offset);
  for (const d of docs) writeFileSync(join(raw, d.file), d.bytes);
  writeFileSync(join(raw, 'sources.json'), JSON.stringify(corpusRegister(docs), null, 2));
}

function start(...args: string[]) {
  const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts/build-data.ts'), '--quiet', ...args], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((ok) =>
    child.on('close', (code, signal) => ok({ code, signal, stderr })),
  );
  return { child, done };
}

async function plainRun(raw: string): Promise<void> {
  const r = await start('--raw', `data/${raw}`).done;
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

/** A folder's set, by the sha256 of its files (null if it is not one whole set). */
function setIn(folder: string): string | null {
  const p = join(dir, 'data', folder);
  if (!existsSync(p) || !isCompleteSet(p)) return null;
  return JSON.stringify(JSON.parse(readFileSync(join(p, MARKER), 'utf8')).files);
}

/** What the pipeline keeps beside data/clean besides its inputs (nothing, after a run that ended). */
const leftovers = () => readdirSync(join(dir, 'data')).filter((f) => f.startsWith('.clean'));

const sets: Record<string, string> = {};
beforeAll(async () => {
  for (const f of ['corrections', 'supplements']) cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });
  realRaw('raw-a', (t) => t);
  realRaw('raw-b', (t) => t.replace('20.6', '21.7'));
  corpusRaw('corpus-a', 0);
  corpusRaw('corpus-b', 5000);
  for (const raw of ['raw-a', 'raw-b']) {
    await plainRun(raw);
    sets[raw] = setIn('clean')!;
  }
  expect(sets['raw-a']).not.toBe(sets['raw-b']);
}, 120_000);

describe('a killed run', () => {
  // Each step's run publishes the other set than the one in place, so "previous" and "new" differ.
  let current = 'raw-b';
  const before = new Set(['locked', 'writing', 'staged']);
  for (const step of KILL_POINTS) {
    it(`killed at "${step}": the output is whole; the next run completes and leaves nothing behind`, async () => {
      const next = current === 'raw-a' ? 'raw-b' : 'raw-a';
      const r = await start('--raw', `data/${next}`, '--kill-at', step).done;
      expect(r.signal).toBe('SIGKILL');
      if (step === 'old-aside') {
        // Between the two renames: data/clean is absent, the previous set whole beside it.
        expect(existsSync(join(dir, 'data/clean'))).toBe(false);
        expect(setIn('.clean.old')).toBe(sets[current]);
        // Any next run, even one that fails on its inputs, puts the previous set back first.
        const failed = await start('--raw', 'data/no-such-folder').done;
        expect(failed.code).toBe(1);
        expect(failed.stderr).toMatch(/no-such-folder/);
        expect(setIn('clean')).toBe(sets[current]);
      } else expect(setIn('clean')).toBe(sets[before.has(step) ? current! : next]);
      await plainRun(next);
      expect(setIn('clean')).toBe(sets[next]);
      expect(leftovers()).toEqual([]);
      current = next;
    }, 60_000);
  }

  it('killed at random moments of a slow run, ten times: data/clean is always one whole set, or absent with the previous whole beside it', async () => {
    await plainRun('corpus-a');
    const setA = setIn('clean')!;
    const random = rng(20261123);
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      const run = start('--raw', 'data/corpus-b');
      const delay = 200 + Math.floor(random() * 2800);
      await new Promise((ok) => setTimeout(ok, delay));
      run.child.kill('SIGKILL');
      await run.done;
      const set = setIn('clean') ?? (existsSync(join(dir, 'data/clean')) ? null : setIn('.clean.old'));
      expect(set, `killed after ${delay} ms`).not.toBeNull();
      seen.add(set!);
    }
    await plainRun('corpus-b');
    const setB = setIn('clean')!;
    expect(setB).not.toBe(setA);
    for (const s of seen) expect([setA, setB]).toContain(s);
    expect(leftovers()).toEqual([]);
  }, 180_000);
});
