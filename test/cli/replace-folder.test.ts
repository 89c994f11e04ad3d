/**
 * `npm run build` replaces dist/ only when the site built (scripts/lib/swap.ts, `replaceFolder`): tested with
 * fake builders that write, fail, throw or are "killed" part-way, in scratch folders, without an astro build.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSwap, replaceFolder } from '../../scripts/lib/swap.ts';
import { PipelineError, PipelineErrors } from '../../src/pipeline/types.ts';

const work = mkdtempSync(join(tmpdir(), 'mhlw-swap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A scratch folder holding dist/ with a previous site (index.html saying `old`); returns its paths. */
function scratch(name: string) {
  const root = join(work, name);
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'en'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), 'old');
  writeFileSync(join(dist, 'en/index.html'), 'old en');
  return { root, dist };
}

/** A builder that writes a whole site into the folder it is given. */
const site = (out: string) => {
  mkdirSync(join(out, 'en'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'new');
  writeFileSync(join(out, 'en/index.html'), 'new en');
  return 0;
};
/** A builder that writes half a site, then fails (as an astro build that throws on a page). */
const half = (out: string) => (mkdirSync(out), writeFileSync(join(out, 'index.html'), 'half'), 1);

const index = (dist: string) => readFileSync(join(dist, 'index.html'), 'utf8');
const beside = (root: string) => readdirSync(root).sort();

describe.concurrent('replacing dist/', () => {
  it('a build that succeeds replaces dist/ whole, built beside it, and leaves nothing else', () => {
    const { root, dist } = scratch('ok');
    let into = '';
    expect(replaceFolder(dist, 'DIST', (out) => ((into = out), site(out)))).toBe(0);
    expect(into).toBe(join(root, `.dist.new-${process.pid}`));
    expect(index(dist)).toBe('new');
    expect(readdirSync(dist).sort()).toEqual(['en', 'index.html']);
    expect(beside(root)).toEqual(['dist']);
  });

  it('the first build, with no dist/ yet, puts it in place', () => {
    const root = join(work, 'first');
    expect(replaceFolder(join(root, 'dist'), 'DIST', site)).toBe(0);
    expect(index(join(root, 'dist'))).toBe('new');
  });

  it('a build that fails part-way leaves the previous dist/ whole and removes what it wrote', () => {
    const { root, dist } = scratch('fails');
    expect(replaceFolder(dist, 'DIST', half)).toBe(1);
    expect(index(dist)).toBe('old');
    expect(readFileSync(join(dist, 'en/index.html'), 'utf8')).toBe('old en');
    expect(beside(root)).toEqual(['dist']);
  });

  it('a build that throws: the same, and the error goes on', () => {
    const { root, dist } = scratch('throws');
    const boom = new PipelineError('src/pages/x.astro', 'broken');
    expect(() =>
      replaceFolder(dist, 'DIST', (out) => {
        half(out);
        throw boom;
      }),
    ).toThrow(boom);
    expect(index(dist)).toBe('old');
    expect(beside(root)).toEqual(['dist']);
  });

  it('a build that claims success but wrote nothing does not remove dist/', () => {
    const { dist } = scratch('nothing');
    expect(() => replaceFolder(dist, 'DIST', () => 0)).toThrow(/^DIST: the build made no .*\.dist\.new-\d+; .*dist was not replaced$/);
    expect(index(dist)).toBe('old');
  });

  it('when removing a failed build fails too, the message says where it is left', () => {
    const { root, dist } = scratch('stuck');
    const stuck = () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY', syscall: 'rmdir' });
    };
    expect(() => replaceFolder(dist, 'DIST', half, stuck)).toThrow(
      new RegExp(
        `^${root}/\\.dist\\.new-\\d+: left behind by a failed build \\(exit 1\\): removing it failed \\(.*in use by another program \\(EBUSY, rmdir\\)\\); the next build removes it$`,
      ),
    );
    expect(index(dist)).toBe('old');
    // The next build removes it.
    expect(replaceFolder(dist, 'DIST', site)).toBe(0);
    expect(beside(root)).toEqual(['dist']);
  });

  it('a second build at once fails at once, naming the first; the first completes', () => {
    const { dist } = scratch('twice');
    let second: unknown;
    const code = replaceFolder(dist, 'DIST', (out) => {
      try {
        replaceFolder(dist, 'DIST', site);
      } catch (e) {
        second = e;
      }
      return site(out);
    });
    expect(code).toBe(0);
    // The same process holds the lock, so it counts as a live run.
    expect(String((second as Error)?.message)).toMatch(
      /^DIST: another run \(pid \d+, started .*\) is writing .*\/dist; wait for it to end/,
    );
    expect(index(dist)).toBe('new');
  });

  it('killed between the two renames (dist/ absent, the previous site aside): the next build puts it back first', () => {
    const { root, dist } = scratch('between');
    const f = folderSwap(dist, 'DIST');
    site(f.staging);
    // A kill at 'old-aside', simulated by an exception the swap does not catch.
    const killed = new Error('killed');
    expect(() =>
      f.swap(f.staging, (step) => {
        if (step === 'old-aside') throw killed;
      }),
    ).toThrow(killed);
    expect(existsSync(dist)).toBe(false);
    expect(index(join(root, '.dist.old'))).toBe('old');
    // A build that then fails still finds the previous site put back.
    let seen = '';
    expect(replaceFolder(dist, 'DIST', (out) => ((seen = index(dist)), half(out)))).toBe(1);
    expect(seen).toBe('old');
    expect(index(dist)).toBe('old');
    expect(beside(root)).toEqual(['dist']);
  });

  it('killed after the second rename: the new site is in place, and the next build removes the previous one', () => {
    const { root, dist } = scratch('after');
    const f = folderSwap(dist, 'DIST');
    site(f.staging);
    expect(() =>
      f.swap(f.staging, (step) => {
        if (step === 'new-in-place') throw new Error('killed');
      }),
    ).toThrow('killed');
    expect(index(dist)).toBe('new');
    expect(beside(root)).toEqual(['.dist.old', 'dist']);
    folderSwap(dist, 'DIST').recover();
    expect(beside(root)).toEqual(['dist']);
    expect(index(dist)).toBe('new');
  });

  it('a second rename that fails puts the previous site back and names the path', () => {
    const { root, dist } = scratch('rename-fails');
    const f = folderSwap(dist, 'DIST');
    site(f.staging);
    // The staged site vanishes between the renames (as on a device that fails): the second rename fails.
    let error: unknown;
    try {
      f.swap(f.staging, (step) => step === 'old-aside' && rmSync(f.staging, { recursive: true }));
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
    expect((error as NodeJS.ErrnoException).path).toBe(f.staging);
    expect(index(dist)).toBe('old');
    expect(beside(root)).toEqual(['dist']);
  });

  it('when putting it back fails too, the message says where the previous site is', () => {
    const { root, dist } = scratch('rename-fails-twice');
    const f = folderSwap(dist, 'DIST');
    site(f.staging);
    // Something takes dist/'s place between the renames: neither the new nor the previous site can go there.
    const blocked = () => {
      rmSync(f.staging, { recursive: true });
      writeFileSync(dist, 'in the way');
    };
    let error: unknown;
    try {
      f.swap(f.staging, (step) => step === 'old-aside' && blocked());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PipelineErrors);
    expect((error as Error).message.split('\n')[1]).toBe(
      `${root}/.dist.old: the previous version of ${dist} is here; the next run puts it back`,
    );
    expect(index(join(root, '.dist.old'))).toBe('old');
  });
});
