/**
 * Reading the pipeline's inputs from disk, refusing what does not belong: the raw folder holds the register
 * (sources.json) and .txt documents, each a regular file (no links, folders or devices) within the size
 * limit; a corrections or supplements folder holds <dataset>.yml or <dataset>.csv files. Hidden files
 * (names starting with a dot, e.g. .gitkeep) are passed over. Every refusal is `PATH: reason`.
 */
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/pipeline/decode.ts';
import { parseRegister, type Register } from '../../src/pipeline/register.ts';
import type { InputFile, TextFile } from '../../src/pipeline/run.ts';
import { PipelineError, PipelineErrors } from '../../src/pipeline/types.ts';

function kindOf(path: string): 'file' | 'symlink' | 'directory' | 'other' | 'missing' {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : st.isDirectory() ? 'directory' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
}

const NOT_A_FILE: Record<string, string> = {
  symlink: 'a symbolic link; the raw folder holds the documents themselves, not links to them',
  directory: 'a folder; the raw folder holds .txt documents and sources.json only',
  other: 'not a regular file',
};

function requireFolder(path: string, option: string): void {
  const kind = kindOf(path);
  if (kind === 'missing') throw new PipelineError(path, `no such folder (${option})`);
  if (kind !== 'directory') throw new PipelineError(path, `not a folder (${option})`);
}

export interface RawFolder {
  documents: InputFile[];
  register: Register;
  registerFile: string;
}

/** The register and the documents of a raw folder, or every reason it cannot be read (one per line). */
export function readRawFolder(dir: string): RawFolder {
  requireFolder(dir, '--raw');
  const errors: PipelineError[] = [];
  const documents: InputFile[] = [];
  const registerFile = join(dir, 'sources.json');
  let register: Register | null = null;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const kind = kindOf(path);
    if (name === 'sources.json') {
      if (kind !== 'file') errors.push(new PipelineError(path, NOT_A_FILE[kind] ?? 'not a regular file'));
      else {
        try {
          register = parseRegister(readFileSync(path, 'utf8'), path);
        } catch (e) {
          errors.push(e as PipelineError);
        }
      }
      continue;
    }
    if (!name.toLowerCase().endsWith('.txt')) {
      errors.push(new PipelineError(path, 'not a .txt document; the raw folder holds .txt documents and their register, sources.json'));
      continue;
    }
    if (kind !== 'file') {
      errors.push(new PipelineError(path, NOT_A_FILE[kind] ?? 'not a regular file'));
      continue;
    }
    const size = lstatSync(path).size;
    if (size > LIMITS.documentBytes) {
      errors.push(
        new PipelineError(path, `${size} bytes; a document may have at most ${LIMITS.documentBytes} (5 MiB): is it really a handout?`),
      );
      continue;
    }
    documents.push({ file: path, bytes: new Uint8Array(readFileSync(path)) });
  }
  if (!register && !errors.some((e) => e.file === registerFile)) {
    errors.push(
      new PipelineError(registerFile, 'missing: every document of the raw folder is listed in its register, sources.json (see the README)'),
    );
  }
  if (errors.length) throw new PipelineErrors(errors);
  return { documents, register: register!, registerFile };
}

/** The fixes of a folder (`<dataset><ext>`), keyed by dataset id. */
export function readFixFolder(dir: string, ext: '.yml' | '.csv', option: string): Map<string, TextFile> {
  requireFolder(dir, option);
  const out = new Map<string, TextFile>();
  const errors: PipelineError[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const kind = kindOf(path);
    if (!name.endsWith(ext) || kind !== 'file') {
      errors.push(new PipelineError(path, `not a <dataset>${ext} file; the ${option.replace(/^--/, '')} folder holds only those`));
      continue;
    }
    out.set(name.slice(0, -ext.length), { file: path, text: readFileSync(path, 'utf8') });
  }
  if (errors.length) throw new PipelineErrors(errors);
  return out;
}
