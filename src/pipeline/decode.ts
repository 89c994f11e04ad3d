/** Decoding: bytes of a source document (UTF-8, UTF-8 with BOM, Shift_JIS; CRLF, CR or LF) → lines. */
import { PipelineError, type SourceDocument } from './types.ts';

const BOM = [0xef, 0xbb, 0xbf];

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes one document; throws `PipelineError` naming the file when it is empty or undecodable. */
export function decodeText(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new PipelineError(file, 'the file is empty');
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
  const control = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/.exec(text);
  if (control) throw new PipelineError(file, `contains control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}; not a text document`);
  return { text, encoding };
}

/** Reads a document: the id is the file name without its `.txt` extension. */
export function readDocument(bytes: Uint8Array, file: string): SourceDocument {
  const { text, encoding } = decodeText(bytes, file);
  const base = file.split(/[\\/]/).pop() ?? file;
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { id: base.replace(/\.txt$/i, ''), file: base, encoding, lines };
}
