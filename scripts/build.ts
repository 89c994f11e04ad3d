/**
 * `npm run build`: the data pipeline, then the site on the data it accepted. The site is built into a spare
 * folder beside dist/ and swapped in by rename only when the build succeeded (scripts/lib/swap.ts); then the
 * new data replaces data/clean the same way. A failed site build leaves both as they were (the spare folders
 * are removed) and the command exits 1; a killed one leaves them whole, and the next build clears what it left.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { summarize } from '../src/pipeline/run.ts';
import { SettingError, siteAddress } from '../src/site/publish/address.ts';
import { identity } from '../src/site/publish/identity.ts';
import { failureLines, stageDataRun, type DataRunOptions, type StagedRun } from './lib/data-run.ts';
import { replaceFolder } from './lib/swap.ts';

const DEFAULTS: DataRunOptions = {
  raw: 'data/raw',
  out: 'data/clean',
  corrections: 'data/corrections',
  supplements: 'data/supplements',
  changelog: 'data/CHANGELOG.yml',
  events: 'data/events.yml',
};

/** Builds the site with astro on a data folder (more settings in `env`; `quiet`: errors only); returns its exit code. */
export function astroBuild(dataDir: string, env: NodeJS.ProcessEnv = {}, quiet = false): number {
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const r = spawnSync(process.execPath, [astro, 'build'], {
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, DATA_DIR: dataDir },
  });
  return r.status ?? 1;
}

/** Data, then site, then the swap; the site builder is given the staged data folder. */
export function build(
  options: DataRunOptions,
  buildSite: (dataDir: string) => number,
  print = { log: console.log, error: console.error },
  verbose = false,
): number {
  let run: StagedRun | undefined;
  try {
    run = stageDataRun(options);
    if (run.unversioned) print.error(`warning: ${run.unversioned}`);
    print.log(summarize(run.result.quality));
    const code = buildSite(run.version);
    if (code !== 0) {
      run.output.discard(run.version);
      print.error(`the site build failed (exit ${code}): ${options.out} was not replaced, nor the previous site`);
      return 1;
    }
    run.output.publish(run.version);
    return 0;
  } catch (e) {
    const lines = failureLines(e, verbose);
    try {
      run?.output.discard(run.version);
    } catch (d) {
      lines.push(...failureLines(d, verbose));
    }
    for (const line of lines) print.error(line);
    return 1;
  } finally {
    run?.output.release();
  }
}

/** The site built by astro on a data folder into a spare folder beside `dist`, swapped in only when it succeeded. */
function buildDist(dataDir: string, dist = 'dist'): number {
  return replaceFolder(dist, 'DIST', (outDir) => astroBuild(dataDir, { OUT_DIR: outDir }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
    strict: true,
  });
  const quiet = { log: () => {}, error: console.error };
  try {
    // The site's address first: a publishing build without SITE_URL, or a malformed one, stops here.
    siteAddress(process.env);
    identity();
    process.exitCode = build(DEFAULTS, (dir) => buildDist(dir), values.quiet ? quiet : undefined, values.verbose);
  } catch (e) {
    if (!(e instanceof SettingError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
}
