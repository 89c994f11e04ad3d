/**
 * The layers run one way: the pipeline (scripts/build-data.ts and everything it imports) reaches no part of
 * the site — no view, chart, dictionary, Plot, d3, Astro or linkedom. Checked on the bundle esbuild makes of
 * the entry, so an import added anywhere along the way is caught, however indirect.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

/** Every module (project file or package) the bundle of an entry holds. */
async function modulesOf(entry: string): Promise<string[]> {
  const r = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'bundle',
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return Object.keys(r.metafile.inputs);
}

const SITE = [
  /^src\/(site|display|i18n|components|layouts|pages|client)\//,
  /^src\/datasets\/(views|view)\.ts$/,
  /^src\/datasets\/[^/]+\/(view|chart[^/]*|table|words|list)\.ts$/,
  /node_modules\/(@observablehq\/plot|d3[^/]*|astro|linkedom|@resvg)\//,
];

describe('the pipeline imports nothing of the site', () => {
  it.each(['scripts/build-data.ts', 'src/datasets/readers.ts'])('%s', async (entry) => {
    const modules = await modulesOf(entry);
    expect(modules.length).toBeGreaterThan(20);
    expect(modules).toContain('src/pipeline/contract.ts');
    expect(modules.filter((m) => SITE.some((re) => re.test(m)))).toEqual([]);
  });

  it('the check itself sees a site module when one is imported', async () => {
    const modules = await modulesOf('src/datasets/views.ts');
    expect(modules.filter((m) => SITE.some((re) => re.test(m)))).toContain('src/datasets/views.ts');
    expect(modules.some((m) => /node_modules\/@observablehq\/plot\//.test(m))).toBe(true);
  });
});
