/**
 * The browser's scripts, bundled from src/client/ at build time by esbuild (the bundler Vite itself uses):
 * each entry and what it imports become one minified classic script. The same sources give the same bytes
 * (no hashes, dates or paths in the output), so builds stay byte-identical. Pages reach them through the
 * endpoints src/pages/scripts/[name].js.ts and src/pages/embed.js.ts, which read the virtual module this
 * Vite plugin serves.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Each script's path under the site's base → its entry in src/client/. `embed.js` keeps the fixed address
 * the embed snippets give to other sites. */
export const CLIENT_SCRIPTS = {
  'scripts/site.js': 'site.ts',
  'scripts/embed-page.js': 'embed-page.ts',
  'embed.js': 'embed-host.ts',
  'scripts/panel.js': 'panel.ts',
  'scripts/builder.js': 'embed-builder.ts',
} as const;

/** Entries loaded with `import()` on first use (an ES module); the others are classic scripts. */
const MODULES = new Set<string>(['panel.ts', 'embed-builder.ts']);

const CLIENT_DIR = fileURLToPath(new URL('../../client/', import.meta.url));

/** Bundles one entry of src/client/; returns the script and the files it read (for the dev server's watcher). */
export async function bundleClient(entry: string): Promise<{ code: string; inputs: string[] }> {
  const r = await build({
    entryPoints: [CLIENT_DIR + entry],
    absWorkingDir: CLIENT_DIR,
    bundle: true,
    write: false,
    metafile: true,
    format: MODULES.has(entry) ? 'esm' : 'iife',
    platform: 'browser',
    // Browsers of the last few years: optional chaining and ??= stay as written (smaller), nothing newer.
    target: 'es2021',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
  });
  return { code: r.outputFiles[0]!.text, inputs: Object.keys(r.metafile.inputs).map((f) => CLIENT_DIR + f) };
}

const CLIENT_MODULE = 'virtual:client-scripts';
const RESOLVED = `\0${CLIENT_MODULE}`;

/** The Vite plugin: `import scripts from 'virtual:client-scripts'` gives every script's code by its path. */
export function clientScripts(): Plugin {
  return {
    name: 'client-scripts',
    resolveId: (id) => (id === CLIENT_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const out: Record<string, string> = {};
      for (const [path, entry] of Object.entries(CLIENT_SCRIPTS)) {
        const { code, inputs } = await bundleClient(entry);
        for (const f of inputs) this.addWatchFile(f);
        out[path] = code;
      }
      return `export default ${JSON.stringify(out)};`;
    },
  };
}
