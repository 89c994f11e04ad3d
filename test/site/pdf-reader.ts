/**
 * Just enough of a PDF reader for the tests of the chart PDFs (PDFKit's output): the document information's
 * strings, the fonts with their descriptors and embedded files, and the Unicode text their ToUnicode maps
 * can give back (what a reader's "copy text" and search use).
 */
import { inflateSync } from 'node:zlib';

/** A literal string `( … )` starting at `i` (after its `(`), with PDF escapes; UTF-16BE when it starts with a BOM. */
function literal(s: string, i: number): string {
  let out = '';
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      const n = s[++i]!;
      const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      if (n in esc) out += esc[n];
      else if (/[0-7]/.test(n)) {
        const oct = /^[0-7]{1,3}/.exec(s.slice(i))![0];
        out += String.fromCharCode(parseInt(oct, 8));
        i += oct.length - 1;
      }
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && depth-- === 0) break;
    out += c;
  }
  const bytes = Buffer.from(out, 'latin1');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return out;
}

/** The string value of an entry (`/Title`, `/Subject`, `/Lang`, …), written in place or as a reference; or null. */
export function pdfInfo(pdf: Buffer, name: string): string | null {
  const s = pdf.toString('latin1');
  const m = new RegExp(`/${name}\\s*(?:\\(|(\\d+) 0 R)`).exec(s);
  if (!m) return null;
  if (!m[1]) return literal(s, m.index + m[0].length);
  const obj = new RegExp(`(?:^|\\n)${m[1]} 0 obj\\s*\\(`).exec(s);
  return obj ? literal(s, obj.index + obj[0].length) : null;
}

/** Every stream's data, inflated where it is compressed. */
function streams(pdf: Buffer): string[] {
  const s = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of s.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = s.indexOf('endstream', start);
    const data = pdf.subarray(start, end);
    try {
      out.push(/FlateDecode/.test(m[1]!) ? inflateSync(data).toString('latin1') : data.toString('latin1'));
    } catch {
      // an image or a font file that does not inflate as a whole: not text
    }
  }
  return out;
}

/** The characters the ToUnicode maps of the document give back (bfchar and bfrange entries). */
export function pdfUnicodeChars(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  const hex = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const st of streams(pdf).filter((x) => x.includes('begincmap'))) {
    for (const m of st.matchAll(/beginbfchar([^]*?)endbfchar/g))
      for (const p of m[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) for (const c of hex(p[2]!)) chars.add(c);
    for (const m of st.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
      for (const r of m[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        if (r[3]!.startsWith('[')) for (const h of r[3]!.matchAll(/<([0-9a-fA-F]+)>/g)) for (const c of hex(h[1]!)) chars.add(c);
        else {
          const first = parseInt(r[1]!, 16);
          const last = parseInt(r[2]!, 16);
          const base = hex(r[3]!.slice(1, -1)).codePointAt(0)!;
          for (let i = 0; i <= last - first; i++) chars.add(String.fromCodePoint(base + i));
        }
      }
    }
  }
  return chars;
}

/** The fonts: their names, and whether each descriptor has an embedded font file. */
export function pdfFonts(pdf: Buffer): { names: string[]; descriptors: number; embedded: number } {
  const s = pdf.toString('latin1');
  return {
    names: [...new Set([...s.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1]!))],
    descriptors: [...s.matchAll(/\/Type \/FontDescriptor/g)].length,
    embedded: [...s.matchAll(/\/FontFile[23]? \d+ 0 R/g)].length,
  };
}
