/**
 * House rules a reviewer would otherwise have to remember: languages are told apart only in the dictionaries
 * (src/i18n/), and product code reads no environment but the documented build settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|astro)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}
const SRC = files(join(ROOT, 'src')).map((f) => ({ path: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

/** Lines of product code that match, as `path:line: text`. */
function hits(re: RegExp, keep: (path: string) => boolean): string[] {
  return SRC.filter((f) => keep(f.path)).flatMap((f) =>
    f.text.split('\n').flatMap((line, i) => (re.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('house rules', () => {
  it('no language ternary or comparison outside the dictionaries (src/i18n/)', () => {
    const re = /[!=]==?\s*'(ja|en)'|'(ja|en)'\s*[!=]==?/;
    expect(hits(re, (p) => !p.startsWith('src/i18n/'))).toEqual([]);
    // the rule sees what it forbids
    expect(hits(re, (p) => p.startsWith('src/i18n/')).length).toBeGreaterThan(0);
  });

  it('process.env is read under src/ only for the documented build settings', () => {
    const reads = hits(/process\.env/, () => true).map((h) => h.replace(/^([^:]+):\d+: .*?(process\.env(\.\w+)?).*$/, '$1 $2'));
    expect(reads.sort()).toEqual([
      'src/site/model/build-date.ts process.env.SOURCE_DATE_EPOCH',
      'src/site/model/data.ts process.env.DATA_DIR',
      // SITE_URL, BASE_PATH, SITE_OPERATOR and REPOSITORY_URL, read by siteAddress and siteIdentity from the env given
      'src/site/publish/identity.ts process.env',
    ]);
    const docs = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of ['DATA_DIR', 'SOURCE_DATE_EPOCH', 'SITE_URL', 'BASE_PATH', 'SITE_OPERATOR', 'REPOSITORY_URL', 'OUT_DIR'])
      expect(docs, `README.md documents ${name}`).toContain(`\`${name}\``);
  });
});
