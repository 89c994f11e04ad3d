/**
 * Decoding: bytes of a source document (UTF-8, UTF-8 with BOM, Shift_JIS; CRLF, CR or LF) → lines, within
 * limits, with the characters that Shift_JIS (CP932) and Unicode spell two ways read alike.
 */
import { PipelineError, type SourceDocument } from './types.ts';

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Limits far above any real handout (the two here: 28 KB and 29 KB, lines of at most 1,550 characters), so
 * that a runaway file (a log, a dump, a document glued onto one line) is refused before it makes junk rows
 * or a source page of hundreds of megabytes.
 */
export const LIMITS = { documentBytes: 5 * 1024 * 1024, lineCharacters: 20_000 } as const;

/**
 * Characters that encodings map to each other: CP932 decodes the JIS codes of ‖ 〜 − ¢ £ ¬ as ∥ ～ － ￠ ￡ ￢.
 * Every parser reads the second form as the first, so a Shift_JIS copy of a document gives the same values,
 * statuses, checks and lines as its UTF-8 original (raw text is published in the first form too).
 */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  '\u2225': '\u2016', // ∥ → ‖
  '\uff5e': '\u301c', // ～ → 〜
  '\uff0d': '\u2212', // － → −
  '\uffe0': '\u00a2', // ￠ → ¢
  '\uffe1': '\u00a3', // ￡ → £
  '\uffe2': '\u00ac', // ￢ → ¬
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'g');

/** Reads look-alike characters in one form (see LOOKALIKES); the text keeps its length and line breaks. */
function foldLookalikes(text: string): string {
  return text.replace(LOOKALIKE, (c) => LOOKALIKES[c]!);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes one document; throws `PipelineError` naming the file when it is empty, too large, binary or undecodable. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new PipelineError(file, 'the file is empty');
  if (bytes.length > LIMITS.documentBytes) {
    throw new PipelineError(
      file,
      `${bytes.length} bytes; a document may have at most ${LIMITS.documentBytes} (5 MiB): is it really a handout?`,
    );
  }
  if (bytes.includes(0)) throw new PipelineError(file, `contains a NUL byte at offset ${bytes.indexOf(0)}; not a text document`);
  let text: string | null;
  let encoding: string;
  if (BOM.every((b, i) => bytes[i] === b)) {
    encoding = 'utf-8-bom';
    text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) throw new PipelineError(file, 'starts with a UTF-8 byte-order mark but is not valid UTF-8');
  } else {
    encoding = 'utf-8';
    text = tryDecode('utf-8', bytes);
    if (text === null) {
      encoding = 'shift_jis';
      text = tryDecode('shift_jis', bytes);
    }
    if (text === null) throw new PipelineError(file, 'decodes neither as UTF-8 nor as Shift_JIS');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new PipelineError(file, 'the file holds only white space');
  // Control characters other than tab and newline mean a binary file, not OCR text.
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) {
    throw new PipelineError(
      file,
      `contains control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}; not a text document`,
    );
  }
  // U+FFFE and U+FFFF are valid UTF-8 but no character: XML (the charts' SVG and PNG) cannot hold them.
  const nonCharacter = /[\ufffe\uffff]/.exec(text);
  if (nonCharacter) {
    throw new PipelineError(
      file,
      `contains the non-character U+${nonCharacter[0].charCodeAt(0).toString(16).toUpperCase()}; not a text document`,
    );
  }
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > LIMITS.lineCharacters) {
      throw new PipelineError(
        file,
        `line ${n} has ${length} characters; a line may have at most ${LIMITS.lineCharacters}: is it really a handout?`,
      );
    }
    if (end < 0) break;
    start = end + 1;
  }
  return { text, encoding };
}

/** The lines of a decoded text (a final newline ends the last line; it does not start an empty one). */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Reads a document for the pipeline: its lines with look-alikes folded; the id is the file name without `.txt`. */
export function readDocument(bytes: Uint8Array, file: string): SourceDocument {
  const { text, encoding } = decodeText(bytes, file);
  const base = file.split(/[\\/]/).pop() ?? file;
  return { id: base.replace(/\.txt$/i, ''), file: base, encoding, lines: splitLines(foldLookalikes(text)) };
}

/** The lines of a document exactly as received (decoded, not folded), for the source viewer. */
export function receivedLines(bytes: Uint8Array, file: string): string[] {
  return splitLines(decodeText(bytes, file).text);
}
