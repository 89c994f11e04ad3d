/**
 * `npm run data -- [--raw DIR] [--out DIR]`: reads every .txt in DIR (with sources.json), applies
 * data/corrections and data/supplements, validates, and writes the clean datasets to OUT. Outputs are
 * written to a temporary folder and moved into place only on success: a failed run changes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline, summarize, type TextFile } from '../src/pipeline/run.ts';
import { parseSources } from '../src/pipeline/sources.ts';
import { PipelineError } from '../src/pipeline/types.ts';

const HELP = `Usage: npm run data -- [--raw DIR] [--out DIR] [--corrections DIR] [--supplements DIR] [--quiet]

Cleans the source documents into the datasets of data/clean.
  --raw DIR          folder of .txt documents and sources.json   (default data/raw)
  --out DIR          where the CSVs, datapackage.json and quality.json go (default data/clean)
  --corrections DIR  reviewed corrections, <dataset>.yml          (default data/corrections)
  --supplements DIR  values from cited public sources, <dataset>.csv (default data/supplements)
  --quiet            print nothing but errors
  --help             this text

An empty, binary or undecodable document fails the run with "FILE: reason" and exit code 1;
the previous outputs stay as they were.`;

function readFixes(dir: string, ext: string): Map<string, TextFile> {
  const out = new Map<string, TextFile>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(ext)) continue;
    out.set(f.slice(0, -ext.length), { file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') });
  }
  return out;
}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        raw: { type: 'string', default: 'data/raw' },
        out: { type: 'string', default: 'data/clean' },
        corrections: { type: 'string', default: 'data/corrections' },
        supplements: { type: 'string', default: 'data/supplements' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const raw = resolve(args.raw);
  const out = resolve(args.out);
  try {
    if (!existsSync(raw)) throw new PipelineError(args.raw, 'no such folder');
    const txt = readdirSync(raw).filter((f) => f.toLowerCase().endsWith('.txt')).sort();
    const documents = txt.map((f) => ({ file: join(args.raw, f), bytes: new Uint8Array(readFileSync(join(raw, f))) }));
    const sourcesFile = join(raw, 'sources.json');
    const sources = existsSync(sourcesFile) ? parseSources(readFileSync(sourcesFile, 'utf8'), join(args.raw, 'sources.json')) : null;
    const started = performance.now();
    const result = runPipeline({
      documents,
      sources,
      corrections: readFixes(args.corrections, '.yml'),
      supplements: readFixes(args.supplements, '.csv'),
    });
    const ms = performance.now() - started;

    // Write everything to a temporary sibling folder, then swap it in.
    mkdirSync(dirname(out), { recursive: true });
    const tmp = join(dirname(out), `.${basename(out)}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    for (const [name, content] of result.files) writeFileSync(join(tmp, name), content);
    const old = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
    if (existsSync(out)) renameSync(out, old);
    renameSync(tmp, out);
    rmSync(old, { recursive: true, force: true });

    if (!args.quiet) {
      console.log(`${documents.length} documents → ${result.files.size} files in ${args.out} (pipeline ${ms.toFixed(0)} ms)\n`);
      console.log(summarize(result.quality));
    }
    return 0;
  } catch (e) {
    if (e instanceof PipelineError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
