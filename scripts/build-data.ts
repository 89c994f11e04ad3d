/**
 * `npm run data -- [--raw DIR] [--out DIR] [--corrections DIR] [--supplements DIR]`: reads the documents
 * registered in DIR/sources.json, applies the corrections and supplements, validates, and replaces the
 * output set atomically (see scripts/lib/output.ts). Any failure prints `FILE: reason` lines, exits 1, and
 * leaves the previous outputs as they were.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { summarize } from '../src/pipeline/run.ts';
import { failureLines, stageDataRun } from './lib/data-run.ts';
import { KILL_POINTS, type KillPoint } from './lib/output.ts';

const HELP = `Usage: npm run data -- [--raw DIR] [--out DIR] [--corrections DIR] [--supplements DIR] [--changelog FILE] [--events FILE] [--quiet] [--verbose]

Cleans the source documents into the datasets of data/clean.
  --raw DIR          .txt documents and their register, sources.json   (default data/raw)
  --out DIR          the output: a folder this pipeline owns            (default data/clean)
  --corrections DIR  reviewed corrections, <dataset>.yml                (default data/corrections)
  --supplements DIR  values from cited public sources, <dataset>.csv    (default data/supplements)
  --changelog FILE   the data's versions, newest first                  (default data/CHANGELOG.yml, if present)
  --events FILE      events marked on the charts, each with its source  (default data/events.yml, if present)
  --quiet            print nothing but errors
  --verbose          print the stack trace of an unexpected error
  --help             this text
  --kill-at STEP     for tests only: the process kills itself (SIGKILL) at STEP of the output's
                     replacement, one of ${KILL_POINTS.join(', ')} (test/cli/kill.test.ts)

Every failure prints "FILE: reason" (one line each) and exits 1; the previous outputs stay as they were.
The README's "Running the pipeline" lists the rules and every message.`;

/** Where the command prints (the console, or a test's collector). */
export interface Printer {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** A path as messages show it: relative to the working folder when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** A file of the working folder's data/ when there is one (data/CHANGELOG.yml, data/events.yml: a trial run elsewhere has none). */
function defaultFile(cwd: string, name: string): string | undefined {
  const file = resolve(cwd, 'data', name);
  return existsSync(file) ? shown(file) : undefined;
}

/** The command: arguments in (paths relative to `cwd`), exit code out. */
export function main(argv: string[], print: Printer = console, cwd = process.cwd()): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        raw: { type: 'string', default: 'data/raw' },
        out: { type: 'string', default: 'data/clean' },
        corrections: { type: 'string', default: 'data/corrections' },
        supplements: { type: 'string', default: 'data/supplements' },
        changelog: { type: 'string' },
        events: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        'kill-at': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (e) {
    print.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  const killAt = args['kill-at'];
  if (killAt !== undefined && !(KILL_POINTS as readonly string[]).includes(killAt)) {
    print.error(`--kill-at: not a step: ${killAt}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    print.log(HELP);
    return 0;
  }
  const at = (p: string) => shown(resolve(cwd, p));
  try {
    const run = stageDataRun({
      raw: at(args.raw),
      out: at(args.out),
      corrections: at(args.corrections),
      supplements: at(args.supplements),
      changelog: args.changelog !== undefined ? at(args.changelog) : defaultFile(cwd, 'CHANGELOG.yml'),
      events: args.events !== undefined ? at(args.events) : defaultFile(cwd, 'events.yml'),
      // The kill tests' hook lives here, in the entry, not in the output module: SIGKILL, so no cleanup runs.
      hooks: killAt ? { kill: (step: KillPoint) => void (step === killAt && process.kill(process.pid, 'SIGKILL')) } : {},
    });
    try {
      run.output.publish(run.version);
    } finally {
      run.output.release();
    }
    if (run.unversioned) print.error(`warning: ${run.unversioned}`);
    if (!args.quiet) {
      print.log(`${run.documents} documents → ${run.result.files.size} files in ${args.out} (pipeline ${run.ms.toFixed(0)} ms)\n`);
      print.log(summarize(run.result.quality));
    }
    return 0;
  } catch (e) {
    for (const line of failureLines(e, args.verbose)) print.error(line);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
