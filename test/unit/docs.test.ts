/**
 * The Markdown files are the project's front door: every relative link in them resolves (a file, and a heading
 * of it where the link names one), and the README stays a front door (at most 150 lines).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

function markdown(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist'
      ? []
      : e.isDirectory()
        ? markdown(join(dir, e.name))
        : e.name.endsWith('.md')
          ? [join(dir, e.name)]
          : [],
  );
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]!)));
}

/** Every relative link of a Markdown file that does not resolve, as `file: target`. */
function broken(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/i.test(target))
    .filter((target) => {
      const [path, hash] = target.split('#') as [string, string | undefined];
      const resolved = path ? join(dirname(file), path) : file;
      if (!existsSync(resolved)) return true;
      return hash !== undefined && resolved.endsWith('.md') && !anchors(resolved).has(hash);
    })
    .map((target) => `${relative(ROOT, file)}: ${target}`);
}

describe('the Markdown files', () => {
  // the fixture with broken links on purpose is the check's own test
  const files = markdown(ROOT).filter((f) => !f.endsWith('broken-links.md'));
  it('include the front door and the guides', () => {
    for (const f of ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', 'docs/publishing.md', 'docs/benchmarks.md'])
      expect(files.map((x) => relative(ROOT, x))).toContain(f);
  });
  it('link only to files and headings that exist', () => {
    expect(files.flatMap(broken)).toEqual([]);
  });
  it('the check sees a broken link', () => {
    expect(anchorOf('Build settings')).toBe('build-settings');
    expect(broken(join(ROOT, 'test/fixtures/broken-links.md'))).toEqual([
      'test/fixtures/broken-links.md: no-such-file.md',
      'test/fixtures/broken-links.md: ../../README.md#no-such-heading',
    ]);
  });
  it('the README is a front door: at most 150 lines', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(150);
  });
});
