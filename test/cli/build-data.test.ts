/**
 * `npm run data` as a careless or unlucky operator uses it: each case is an input → the exit code, the
 * message (`FILE: reason`, one line each) and the outputs, which a failure leaves exactly as they were.
 * Every case runs in a scratch copy of the project's inputs under the OS temp dir.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.ts';
import { main } from '../../scripts/build-data.ts';
import { isCompleteSet, MARKER, type OutputHooks } from '../../scripts/lib/output.ts';
import { LOOKALIKES } from '../../src/pipeline/decode.ts';
import { CASES, registerOf, ROOT, SEED } from '../helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'mhlw-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const seed = readFileSync(SEED, 'utf8');
/** tsx's loader, by path: the scratch projects have no node_modules of their own. */
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

/** A scratch project: data/raw, data/corrections, data/supplements copied; `data/clean` not yet made. */
/** A scratch copy of the project's inputs; with `changelog`, its data/CHANGELOG.yml and data/events.yml too (the project's own data). */
function project(name: string, { changelog = false } = {}): string {
  const dir = join(work, name);
  for (const f of ['raw', 'corrections', 'supplements']) cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });
  if (changelog) for (const f of ['CHANGELOG.yml', 'events.yml']) cpSync(join(ROOT, 'data', f), join(dir, 'data', f));
  writeFileSync(join(dir, 'package.json'), '{"name":"scratch"}\n');
  return dir;
}

/** The command in this process (fast): the same main() as `npm run data`, its output collected. */
async function run(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, { log: (l) => out.push(`${l}\n`), error: (l) => err.push(`${l}\n`) }, cwd);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The command as a process of its own (for what only a process shows: exit codes, runs at once). */
function spawnRun(cwd: string, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'scripts/build-data.ts'), ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Every file under a folder with its bytes (following the output link), for "untouched" comparisons. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out[`${rel}${f}`] = `-> ${readlinkSync(p)}`;
      else if (st.isDirectory()) walk(p, `${rel}${f}/`);
      else out[`${rel}${f}`] = readFileSync(p, 'latin1');
    }
  };
  walk(dir, '');
  return out;
}

const outputs = (dir: string) =>
  Object.fromEntries(readdirSync(join(dir, 'data/clean')).map((f) => [f, readFileSync(join(dir, 'data/clean', f), 'utf8')]));
const committed = () =>
  Object.fromEntries(readdirSync(join(ROOT, 'data/clean')).map((f) => [f, readFileSync(join(ROOT, 'data/clean', f), 'utf8')]));

function register(dir: string, docs: Record<string, string | Uint8Array>, tables?: Record<string, string[]>): void {
  const r = registerOf(docs, tables);
  writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(r, null, 2));
}

describe.concurrent('npm run data: usage and a good run', () => {
  it('--help says how to use it', async () => {
    const r = await spawnRun(ROOT, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run data -- [--raw DIR] [--out DIR]');
  });

  it("--kill-at (a test option) takes only a step of the output's replacement", async () => {
    const r = await spawnRun(ROOT, '--kill-at', 'somewhere');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^--kill-at: not a step: somewhere\n\nUsage:.*\n[^]*one of locked, writing, staged, old-aside, new-in-place, published/,
    );
  });

  it('an unknown option fails with usage', async () => {
    const r = await spawnRun(ROOT, '--nope');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('writes the datasets as a plain folder holding a complete, marked set, identical to the committed data/clean', async () => {
    const dir = project('ok', { changelog: true });
    const r = await run(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/price-agreement-by-owner\s+rate_pct\s+58\s+4\s+0\s+0\s+13/);
    expect(lstatSync(join(dir, 'data/clean')).isDirectory()).toBe(true);
    expect(isCompleteSet(join(dir, 'data/clean'))).toBe(true);
    // The marker included: it is committed, so it is the same bytes on every run.
    expect(outputs(dir)).toEqual(committed());
    expect(Object.keys(outputs(dir))).toContain(MARKER);
    // A second run replaces the folder with the same set and leaves nothing beside it.
    expect((await run(dir)).code).toBe(0);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['CHANGELOG.yml', 'clean', 'corrections', 'events.yml', 'raw', 'supplements']);
  });

  it('versions the data from the changelog, and says when the data no longer match its newest version', async () => {
    const dir = project('changelog', { changelog: true });
    const log = readFileSync(join(dir, 'data/CHANGELOG.yml'), 'utf8');
    writeFileSync(join(dir, 'data/CHANGELOG.yml'), log.replace(/data_sha256: [0-9a-f]{64}/, `data_sha256: ${'f'.repeat(64)}`));
    const r = await run(dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^warning: \S*data\/CHANGELOG.yml: the data differ from version \d+\.\d+\.\d+; add a version above it .* data_sha256: [0-9a-f]{64}( and the values that changed from the published data:\n {2}values:\n( {4}- \{ dataset: .*\n?)+)?$/m,
    );
    const pkg = JSON.parse(readFileSync(join(dir, 'data/clean/datapackage.json'), 'utf8')) as { version?: string };
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    // without a changelog: no version
    rmSync(join(dir, 'data/CHANGELOG.yml'));
    expect((await run(dir)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'data/clean/datapackage.json'), 'utf8'))).not.toHaveProperty('version');
  });

  it('publishes the events of data/events.yml, refuses a bad one naming it, and leaves the previous outputs untouched', async () => {
    const dir = project('events', { changelog: true });
    expect((await run(dir)).code).toBe(0);
    const events = JSON.parse(readFileSync(join(dir, 'data/clean/events.json'), 'utf8')) as { id: string; source: { quote: string } }[];
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.source.quote.length > 0)).toBe(true);
    const before = outputs(dir);
    const yml = readFileSync(join(dir, 'data/events.yml'), 'utf8');
    for (const [bad, reason] of [
      [yml.replace(/datasets: \[[^\]]*\]/, 'datasets: [no-such-dataset]'), /no such dataset: no-such-dataset/],
      [yml.replace(/\n {4}quote: [^\n]*/, ''), /source\.quote: Required/],
    ] as const) {
      writeFileSync(join(dir, 'data/events.yml'), bad);
      const r = await run(dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^\\S*data/events\\.yml: .*${reason.source}`, 'm'));
      expect(outputs(dir)).toEqual(before);
    }
    // an events file named on the command line must exist
    const r = await run(dir, '--events', 'data/nope.yml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^\S*data\/nope\.yml: no such file: the events marked on the charts$/m);
    // without one: no events
    rmSync(join(dir, 'data/events.yml'));
    expect((await run(dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'data/clean/events.json'), 'utf8')).toBe('[]\n');
  });

  it('writes into a new folder, or an empty one', async () => {
    const dir = project('empty-out');
    mkdirSync(join(dir, 'out-empty'));
    expect((await run(dir, '--out', 'out-empty')).code).toBe(0);
    expect((await run(dir, '--out', 'deep/new/out')).code).toBe(0);
    expect(readdirSync(join(dir, 'out-empty'))).toContain('price-agreement-by-owner.csv');
    expect(readdirSync(join(dir, 'deep/new/out'))).toContain('quality.json');
  });
});

/** The committed set copied in as the scratch project's data/clean (a set the pipeline made); returns `out`. */
function published(dir: string, out: string): string {
  cpSync(join(ROOT, 'data/clean'), join(dir, 'data/clean'), { recursive: true });
  return out;
}

describe.concurrent('the pipeline deletes only what it made (OUT)', () => {
  const refused: [string, (dir: string) => string, RegExp][] = [
    ['the project folder (--out .)', () => '.', /^OUT: .* holds the raw folder \(.*data\/raw\); the output must be a folder of its own/],
    ['the data folder, which holds the inputs (--out data)', () => 'data', /^OUT: .*\/data holds the raw folder/],
    [
      'a file (--out some-file)',
      (dir) => (writeFileSync(join(dir, 'some-file'), 'keep me\n'), 'some-file'),
      /^OUT: .*some-file is a file, not a folder/,
    ],
    ['a folder inside the raw folder', () => 'data/raw/out', /^OUT: .*data\/raw\/out is inside the raw folder/],
    ['the corrections folder', () => 'data/corrections', /^OUT: .*data\/corrections holds the corrections folder/],
    [
      'a foreign folder',
      (dir) => (mkdirSync(join(dir, 'mine')), writeFileSync(join(dir, 'mine/notes.txt'), 'mine\n'), 'mine'),
      /^OUT: .*mine is a folder with files/,
    ],
    [
      'a link',
      (dir) => (mkdirSync(join(dir, 'elsewhere')), symlinkSync('elsewhere', join(dir, 'linked')), 'linked'),
      /^OUT: .*linked is a symbolic link \(to elsewhere\); the pipeline writes to a folder of its own, not through a link/,
    ],
    // Inside the published set (issue 27.3), whatever the spelling: the real path is compared.
    [
      'a folder inside data/clean',
      (dir) => published(dir, 'data/clean/sub'),
      /^OUT: .*\/data\/clean\/sub is inside .*\/data\/clean, a set of outputs of this pipeline/,
    ],
    ['./data/clean/sub/ (dot, trailing slash)', (dir) => published(dir, './data/clean/sub/'), /^OUT: .* is inside .*\/data\/clean, a set/],
    ['data//clean/../clean/sub', (dir) => published(dir, 'data//clean/../clean/sub'), /^OUT: .* is inside .*\/data\/clean, a set/],
    [
      'an absolute path inside data/clean',
      (dir) => published(dir, join(dir, 'data/clean/a/b')),
      /^OUT: .* is inside .*\/data\/clean, a set/,
    ],
    [
      'a path through a link to data/clean',
      (dir) => (symlinkSync('data/clean', join(dir, 'dc')), published(dir, 'dc/sub')),
      /^OUT: .*\/dc\/sub is inside .*\/data\/clean, a set/,
    ],
    [
      'a link to a folder inside data/clean',
      (dir) => (symlinkSync('data/clean/sub', join(dir, 'to-sub')), published(dir, 'to-sub')),
      /^OUT: .*to-sub is a symbolic link \(to data\/clean\/sub\)/,
    ],
    [
      'a spare folder of data/clean',
      (dir) => published(dir, 'data/.clean.new-4242'),
      /^OUT: .*\.clean\.new-4242 is a name this pipeline uses beside .*\/data\/clean \(its lock and spare folders\)/,
    ],
    ['the lock of data/clean', (dir) => published(dir, 'data/.clean.lock'), /^OUT: .*\.clean\.lock is a name this pipeline uses beside/],
    [
      'a folder inside a half-written spare folder',
      (dir) => (
        cpSync(join(ROOT, 'data/clean', MARKER), join(dir, 'data/.clean.new-4242', MARKER)),
        published(dir, 'data/.clean.new-4242/x')
      ),
      /^OUT: .* is inside .*\.clean\.new-4242, a set of outputs of this pipeline/,
    ],
    [
      'data/clean with a file added by hand',
      (dir) => (published(dir, ''), writeFileSync(join(dir, 'data/clean/notes.txt'), 'mine\n'), 'data/clean'),
      /^OUT: .*data\/clean\/notes.txt was not made by this pipeline \(its marker, .mhlw-pipeline.json, does not list it\)/,
    ],
    [
      'data/clean with a file edited by hand',
      (dir) => (published(dir, ''), writeFileSync(join(dir, 'data/clean/quality.json'), '{}\n'), 'data/clean'),
      /^OUT: .*data\/clean\/quality.json was changed since this pipeline wrote it/,
    ],
  ];
  for (const [what, setup, message] of refused) {
    it(`refuses ${what} before touching anything`, async () => {
      const dir = project(`out-${what.replace(/\W+/g, '-')}`);
      const out = setup(dir);
      const before = tree(dir);
      const r = await run(dir, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
      expect(tree(dir)).toEqual(before);
    });
  }
});

describe.concurrent('the register (RAW, sources.json)', () => {
  const cases: [string, (dir: string) => void, RegExp[]][] = [
    [
      'an unlisted copy with a changed value',
      (dir) => writeFileSync(join(dir, 'data/raw/copy.txt'), seed.replace('20.6', '29.6')),
      [/data\/raw\/copy.txt: not in .*sources.json; to register it, add to its documents .*"file":"copy.txt".*"sha256":"[0-9a-f]{64}"/],
    ],
    [
      'no sources.json',
      (dir) => rmSync(join(dir, 'data/raw/sources.json')),
      [/data\/raw\/sources.json: missing: every document of the raw folder is listed in its register/],
    ],
    [
      'a symbolic link to /etc/passwd',
      (dir) => symlinkSync('/etc/passwd', join(dir, 'data/raw/passwd.txt')),
      [/data\/raw\/passwd.txt: a symbolic link; the raw folder holds the documents themselves/],
    ],
    [
      'the same document under two names',
      (dir) => {
        cpSync(SEED, join(dir, 'data/raw/twin.txt'));
        const r = JSON.parse(readFileSync(join(dir, 'data/raw/sources.json'), 'utf8'));
        r.documents.push({ ...r.documents[0], id: 'twin', file: 'twin.txt' });
        writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(r));
      },
      [/sources.json: documents.2.sha256: sha256 [0-9a-f]{64} is listed twice/],
    ],
    [
      'an unlisted twin',
      (dir) => cpSync(SEED, join(dir, 'data/raw/twin.txt')),
      [/twin.txt: the same bytes as .*mhlw-2011-keizaika-handout.txt/, /twin.txt: not in/],
    ],
    [
      'a listed document that is absent',
      (dir) => rmSync(join(dir, 'data/raw/mhlw-2019-clinical-research-act-cases.txt')),
      [
        /sources.json: lists mhlw-2019-clinical-research-act-cases.txt \(mhlw-2019-clinical-research-act-cases\), which is not in the raw folder/,
      ],
    ],
    [
      'a changed document',
      (dir) => writeFileSync(join(dir, 'data/raw/mhlw-2011-keizaika-handout.txt'), `${seed}\n追記\n`),
      [/mhlw-2011-keizaika-handout.txt: sha256 [0-9a-f]{64} differs from the one in .*sources.json/],
    ],
    [
      'a folder in the raw folder',
      (dir) => mkdirSync(join(dir, 'data/raw/old.txt')),
      [/data\/raw\/old.txt: a folder; the raw folder holds .txt documents and sources.json only/],
    ],
    [
      'a file that is not a .txt document',
      (dir) => writeFileSync(join(dir, 'data/raw/notes.md'), '# notes\n'),
      [/data\/raw\/notes.md: not a .txt document/],
    ],
    [
      'a table declared for a dataset that does not exist',
      (dir) => {
        const r = JSON.parse(readFileSync(join(dir, 'data/raw/sources.json'), 'utf8'));
        r.documents[0].tables.push('hospital-beds');
        writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(r));
      },
      [/sources.json: mhlw-2011-keizaika-handout declares the table hospital-beds, which no dataset reads/],
    ],
    [
      'a table the document holds but the register does not declare',
      (dir) => {
        const r = JSON.parse(readFileSync(join(dir, 'data/raw/sources.json'), 'utf8'));
        r.documents[0].tables = r.documents[0].tables.filter((t: string) => t !== 'clinical-labs-totals');
        writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(r));
      },
      [/mhlw-2011-keizaika-handout.txt: holds the table clinical-labs-totals, which .*sources.json does not declare for it/],
    ],
  ];
  for (const [what, setup, messages] of cases) {
    it(`${what}: fails with every reason, exit 1, previous outputs untouched`, async () => {
      const dir = project(`raw-${what.replace(/\W+/g, '-')}`);
      expect((await run(dir)).code).toBe(0);
      const before = tree(join(dir, 'data'));
      setup(dir);
      const r = await run(dir);
      expect(r.code).toBe(1);
      for (const m of messages) expect(r.stderr).toMatch(m);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      const after = tree(join(dir, 'data'));
      for (const k of Object.keys(before).filter((k) => k.startsWith('clean') || k.startsWith('.clean')))
        expect(after[k], k).toBe(before[k]);
    });
  }
});

describe.concurrent('documents: bounded, decodable, whole', () => {
  const line = 'x'.repeat(100_000);
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /bad.txt: the file is empty/],
    ['binary (NUL)', new Uint8Array([0x41, 0x42, 0, 0x43]), /bad.txt: contains a NUL byte at offset 2; not a text document/],
    ['undecodable', new Uint8Array([0xff, 0xfe, 0x80, 0xa0, 0xff, 0x41]), /bad.txt: decodes neither as UTF-8 nor as Shift_JIS/],
    ['a 100,000-character line', `${seed}\n${line}\n`, /bad.txt: line 826 has 100000 characters; a line may have at most 20000/],
    ['a 6 MB document', `${seed}\n${'行\n'.repeat(2_100_000)}`, /bad.txt: \d+ bytes; a document may have at most 5242880 \(5 MiB\)/],
  ];
  for (const [what, bytes, message] of cases) {
    it(`${what}: fails naming the file, exit 1`, async () => {
      const dir = project(`doc-${what.replace(/\W+/g, '-')}`);
      writeFileSync(join(dir, 'data/raw/bad.txt'), bytes);
      register(
        dir,
        {
          'mhlw-2011-keizaika-handout.txt': seed,
          'mhlw-2019-clinical-research-act-cases.txt': readFileSync(CASES, 'utf8'),
          'bad.txt': bytes,
        },
        { 'bad.txt': ['outsourcing-rates'] },
      );
      const r = await run(dir, '--raw', 'data/raw');
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, 'data/clean'))).toBe(false);
    });
  }

  const cut = (text: string, lines: number) => `${text.split('\n').slice(0, lines).join('\n')}\n`;
  const truncated: [string, string, string, RegExp[]][] = [
    [
      'the case notice cut at line 100',
      'cases.txt',
      cut(readFileSync(CASES, 'utf8'), 100),
      [/cases.txt: the clinical-research-cases table is not whole: the comparison table has cases the revised list lacks \(/],
    ],
    [
      'the case notice cut inside the comparison table',
      'cases.txt',
      cut(readFileSync(CASES, 'utf8'), 40),
      [
        /cases.txt: the clinical-research-cases table is not whole: the revised case list .* does not follow the comparison table: the document is cut off/,
      ],
    ],
    [
      'the handout cut inside the owner table',
      'handout.txt',
      cut(seed, 750),
      [/handout.txt: the price-agreement-by-owner table is not whole: .*the document is cut off/],
    ],
    [
      'the handout cut inside the clinical-labs table',
      'handout.txt',
      cut(seed, 150),
      [
        /handout.txt: the clinical-labs-totals table is not whole: .*cut off/,
        /handout.txt: .*declares the table price-agreement-by-owner, but the document does not hold it/,
      ],
    ],
  ];
  for (const [what, file, text, messages] of truncated) {
    it(`${what}: fails naming the document and the table`, async () => {
      const dir = project(`cut-${what.replace(/\W+/g, '-')}`);
      rmSync(join(dir, 'data/raw'), { recursive: true });
      mkdirSync(join(dir, 'data/raw'));
      writeFileSync(join(dir, 'data/raw', file), text);
      // The register declares what the whole document holds.
      const whole =
        file === 'cases.txt'
          ? ['clinical-research-cases']
          : ['outsourcing-rates', 'clinical-labs-totals', 'price-agreement-by-facility', 'price-agreement-by-owner'];
      writeFileSync(join(dir, 'data/raw/sources.json'), JSON.stringify(registerOf({ [file]: text }, { [file]: whole })));
      const r = await run(dir);
      expect(r.code).toBe(1);
      for (const m of messages) expect(r.stderr).toMatch(m);
      expect(existsSync(join(dir, 'data/clean'))).toBe(false);
    });
  }
});

describe.concurrent('corrections and supplements', () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      'a correction with a negative count',
      (dir) => (
        writeFileSync(
          join(dir, 'data/corrections/price-agreement-by-owner.yml'),
          readFileSync(join(ROOT, 'data/corrections/price-agreement-by-owner.yml'), 'utf8').replace('value: 140', 'value: -1'),
        ),
        []
      ),
      /price-agreement-by-owner.yml: entry 2: hospitals must be at least 0, not -1/,
    ],
    [
      'a supplement with a javascript: URL',
      (dir) => (
        writeFileSync(
          join(dir, 'data/supplements/outsourcing-rates.csv'),
          readFileSync(join(ROOT, 'data/supplements/outsourcing-rates.csv'), 'utf8').replace(
            'http://frcsrnewsreel.blogspot.com/2013/04/7.html',
            'javascript:alert(1)',
          ),
        ),
        []
      ),
      /outsourcing-rates.csv: row 2: url must be an http or https address, not "javascript:alert\(1\)"/,
    ],
    [
      'a --corrections folder that does not exist',
      () => ['--corrections', 'data/correction'],
      /data\/correction: no such folder \(--corrections\)/,
    ],
    ['a --supplements folder that does not exist', () => ['--supplements', 'nowhere'], /nowhere: no such folder \(--supplements\)/],
    [
      'a corrections file named after no dataset',
      (dir) => (writeFileSync(join(dir, 'data/corrections/owners.yml'), '[]\n'), []),
      /owners.yml: no dataset is named owners/,
    ],
    [
      'a file that is no corrections file',
      (dir) => (writeFileSync(join(dir, 'data/corrections/README.md'), 'notes\n'), []),
      /data\/corrections\/README.md: not a <dataset>.yml file/,
    ],
  ];
  for (const [what, setup, message] of cases) {
    it(`${what}: fails, exit 1, previous outputs untouched`, async () => {
      const dir = project(`fix-${what.replace(/\W+/g, '-')}`);
      expect((await run(dir)).code).toBe(0);
      const before = outputs(dir);
      const args = setup(dir);
      const r = await run(dir, ...args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(outputs(dir)).toEqual(before);
    });
  }
});

describe.concurrent('runs at once, killed runs', () => {
  it('a second run at once fails with a clear message; the first completes', async () => {
    const dir = project('concurrent');
    const [a, b] = await Promise.all([spawnRun(dir), spawnRun(dir)]);
    const codes = [a.code, b.code].sort();
    // Usually one holds the lock while the other starts; if they did not overlap, both succeed.
    if (codes[1] === 1) {
      expect(codes).toEqual([0, 1]);
      expect([a, b].find((r) => r.code === 1)!.stderr).toMatch(
        /^OUT: another run \(pid \d+, started .*\) is writing .*data\/clean; wait for it to end/,
      );
    } else expect(codes).toEqual([0, 0]);
    expect(isCompleteSet(join(dir, 'data/clean'))).toBe(true);
  });

  it('a stale lock and the leftovers of a killed run are removed by the next run', async () => {
    const dir = project('stale');
    expect((await run(dir)).code).toBe(0);
    writeFileSync(
      join(dir, 'data/.clean.lock'),
      JSON.stringify({ pid: 999_999, host: (await import('node:os')).hostname(), started: '2026-01-01' }),
    );
    // A half-written set (its marker is written first) and a previous set left aside after the swap.
    cpSync(join(dir, 'data/clean', MARKER), join(dir, 'data/.clean.new-999999', MARKER));
    writeFileSync(join(dir, 'data/.clean.new-999999/half.csv'), 'a,b\n');
    cpSync(join(dir, 'data/clean'), join(dir, 'data/.clean.old'), { recursive: true });
    mkdirSync(join(dir, 'data/.clean.new-999998')); // killed before its marker
    const r = await run(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('a folder named like a spare folder but not made by the pipeline is refused, not removed', async () => {
    const dir = project('foreign-spare');
    expect((await run(dir)).code).toBe(0);
    mkdirSync(join(dir, 'data/.clean.old'));
    writeFileSync(join(dir, 'data/.clean.old/mine.txt'), 'mine\n');
    const before = tree(dir);
    const r = await run(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^OUT: .*data\/.clean.old has the name of a spare folder of .*data\/clean but was not made by this tool; remove it yourself$/,
    );
    expect(tree(dir)).toEqual(before);
  });
});

describe.concurrent('encodings and look-alike characters', () => {
  it('UTF-8, UTF-8 with BOM and CRLF, and Shift_JIS give byte-identical outputs (‖ and ∥ read alike)', async () => {
    const variants: Record<string, Buffer> = {
      utf8: Buffer.from(seed, 'utf8'),
      bomcrlf: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r\n'), 'utf8')]),
      // A Shift_JIS (CP932) copy as Windows writes it: ‖ (U+2016) becomes 0x8161, which reads back as ∥ (U+2225).
      sjis: iconv.encode(
        seed.replace(/[‖〜−¢£¬]/g, (c) => Object.keys(LOOKALIKES).find((k) => LOOKALIKES[k] === c)!),
        'cp932',
      ),
    };
    expect(seed).toContain('‖');
    expect(iconv.decode(variants.sjis!, 'cp932')).toContain('∥');
    expect(iconv.decode(variants.sjis!, 'cp932')).not.toContain('‖');
    const outs = await Promise.all(
      Object.entries(variants).map(async ([name, bytes]) => {
        const dir = project(`enc-${name}`);
        rmSync(join(dir, 'data/raw'), { recursive: true });
        mkdirSync(join(dir, 'data/raw'));
        writeFileSync(join(dir, 'data/raw/handout.txt'), bytes);
        register(dir, { 'handout.txt': bytes });
        const r = await run(dir);
        expect(r.stderr).toBe('');
        // Every output is the same but the sha256 of the received bytes, which the datapackage and documents.json record.
        const o = outputs(dir);
        delete o['.mhlw-pipeline.json'];
        for (const f of ['datapackage.json', 'documents.json']) o[f] = o[f]!.replace(/"sha256": "[0-9a-f]{64}"/g, '"sha256": "…"');
        return o;
      }),
    );
    expect(Object.keys(outs[0]!)).toContain('price-agreement-by-owner.csv');
    // The source text is published as received (decoded): the Shift_JIS copy's keeps its ∥.
    expect(outs[2]!['handout.txt']).toContain('その他 合 ∥');
    expect(outs[1]!['handout.txt']).toBe(outs[0]!['handout.txt']);
    for (const o of outs) delete o['handout.txt'];
    expect(outs[1]).toEqual(outs[0]);
    expect(outs[2]).toEqual(outs[0]);
    expect(outs[2]!['clinical-labs-totals.csv']).toContain('2007-01-01,平成19年1月1日,926,read,926,,printed alike in 2 breakdowns');
  });
});

describe.concurrent('npm run build: the site builds on the new data before it replaces data/clean', () => {
  const print = { log: () => {}, error: () => {} };
  const options = (dir: string) => ({
    raw: join(dir, 'data/raw'),
    out: join(dir, 'data/clean'),
    corrections: join(dir, 'data/corrections'),
    supplements: join(dir, 'data/supplements'),
  });

  it('a site build that fails leaves data/clean as it was and removes the staged set', async () => {
    const dir = project('build-fails');
    expect((await run(dir)).code).toBe(0);
    const before = tree(join(dir, 'data'));
    writeFileSync(join(dir, 'data/raw/mhlw-2011-keizaika-handout.txt'), seed.replace('20.6', '21.7'));
    register(dir, {
      'mhlw-2011-keizaika-handout.txt': seed.replace('20.6', '21.7'),
      'mhlw-2019-clinical-research-act-cases.txt': readFileSync(CASES, 'utf8'),
    });
    let staged = '';
    const code = build(options(dir), (data) => ((staged = data), 1), print);
    expect(code).toBe(1);
    expect(staged).toMatch(/\/data\/\.clean\.new-\d+$/);
    const after = tree(join(dir, 'data'));
    for (const k of Object.keys(after).filter((k) => k.startsWith('clean') || k.startsWith('.clean'))) expect(after[k], k).toBe(before[k]);
    expect(existsSync(staged)).toBe(false);
  });

  it('a site build that succeeds on the staged data is followed by the swap', async () => {
    const dir = project('build-ok');
    expect((await run(dir)).code).toBe(0);
    writeFileSync(join(dir, 'data/raw/mhlw-2011-keizaika-handout.txt'), seed.replace('20.6', '21.7'));
    register(dir, {
      'mhlw-2011-keizaika-handout.txt': seed.replace('20.6', '21.7'),
      'mhlw-2019-clinical-research-act-cases.txt': readFileSync(CASES, 'utf8'),
    });
    let sawNewData = false;
    const code = build(
      options(dir),
      (data) => ((sawNewData = readFileSync(join(data, 'price-agreement-by-owner.csv'), 'utf8').includes(',21.7,')), 0),
      print,
    );
    expect(code).toBe(0);
    expect(sawNewData).toBe(true);
    expect(readFileSync(join(dir, 'data/clean/price-agreement-by-owner.csv'), 'utf8')).toContain(',21.7,');
  });
});

describe.concurrent('write errors: a full disk, simulated by a failing writer passed to the output', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
  /** Writes as the pipeline does, but fails on quality.json (after the marker and some of the files). */
  const fullDisk = (path: string, data: string) => {
    if (path.endsWith('quality.json')) throw enospc();
    writeFileSync(path, data, { flag: 'wx' });
  };
  const collect = () => {
    const lines: string[] = [];
    return { lines, print: { log: () => {}, error: (l: string) => lines.push(l) } };
  };
  const options = (dir: string, hooks: OutputHooks) => ({
    raw: join(dir, 'data/raw'),
    out: join(dir, 'data/clean'),
    corrections: join(dir, 'data/corrections'),
    supplements: join(dir, 'data/supplements'),
    hooks,
  });

  it('names the file it could not write, removes the partial set, and leaves data/clean as it was', async () => {
    const dir = project('enospc');
    expect((await run(dir)).code).toBe(0);
    const before = tree(join(dir, 'data'));
    const { lines, print } = collect();
    let built = false;
    expect(build(options(dir, { writeFile: fullDisk }), () => ((built = true), 0), print)).toBe(1);
    expect(built).toBe(false);
    expect(lines).toEqual([
      expect.stringMatching(/^\/.*\/data\/\.clean\.new-\d+\/quality\.json: no space left on the device \(ENOSPC, write\)$/),
    ]);
    expect(tree(join(dir, 'data'))).toEqual(before); // no partial set, no lock
  });

  it('when removing the partial set fails too, says where it is left; the next run removes it', async () => {
    const dir = project('enospc-leftover');
    expect((await run(dir)).code).toBe(0);
    const clean = tree(join(dir, 'data/clean'));
    const { lines, print } = collect();
    const stuck = (d: string) => {
      throw Object.assign(new Error(`EIO: i/o error, rmdir '${d}'`), { code: 'EIO', syscall: 'rmdir', path: d });
    };
    expect(build(options(dir, { writeFile: fullDisk, remove: stuck }), () => 0, print)).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\.clean\.new-\d+\/quality\.json: no space left on the device \(ENOSPC, write\)$/);
    const left =
      /^(\/.*\/data\/\.clean\.new-\d+): left behind: removing it failed \(.*: an input\/output error of the device \(EIO, rmdir\)\); the next run removes it, or remove it yourself$/.exec(
        lines[1]!,
      );
    expect(left, lines[1]).not.toBeNull();
    expect(existsSync(left![1]!)).toBe(true);
    expect(tree(join(dir, 'data/clean'))).toEqual(clean);
    expect(existsSync(join(dir, 'data/.clean.lock'))).toBe(false);
    expect((await run(dir)).code).toBe(0);
    expect(readdirSync(join(dir, 'data')).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
