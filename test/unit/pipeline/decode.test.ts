import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, readDocument } from '../../../src/pipeline/decode.ts';
import { fixture } from '../../helpers.ts';

// U+2016 ‖ has no Shift_JIS code (CP932 maps its ‖ to U+2225 ∥): use ∥ so that every variant holds the same text.
const text = fixture('price-agreement-excerpt.txt').replace(/\u2016/g, '\u2225');

describe('decodeText', () => {
  const utf8 = new TextEncoder().encode(text);
  const variants: [string, Uint8Array][] = [
    ['UTF-8', utf8],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-8 with CRLF', new TextEncoder().encode(text.replace(/\n/g, '\r\n'))],
    ['Shift_JIS', new Uint8Array(iconv.encode(text, 'Shift_JIS'))],
    ['Shift_JIS with CRLF', new Uint8Array(iconv.encode(text.replace(/\n/g, '\r\n'), 'Shift_JIS'))],
  ];

  it('the excerpt is representable in Shift_JIS (so the comparison below is fair)', () => {
    expect(iconv.decode(iconv.encode(text, 'Shift_JIS'), 'Shift_JIS')).toBe(text);
  });

  for (const [name, bytes] of variants) {
    it(`reads ${name} to the same lines`, () => {
      const doc = readDocument(bytes, 'x.txt');
      expect(doc.lines).toEqual(readDocument(utf8, 'x.txt').lines);
      expect(doc.lines[0]).toContain('価格妥結状況調査結果概要');
    });
  }

  it('detects the encoding', () => {
    expect(decodeText(variants[1]![1], 'a').encoding).toBe('utf-8-bom');
    expect(decodeText(variants[3]![1], 'a').encoding).toBe('shift_jis');
  });

  it('fails on an empty file, naming it', () => {
    expect(() => decodeText(new Uint8Array(), 'raw/empty.txt')).toThrow('raw/empty.txt: the file is empty');
  });

  it('fails on white space only', () => {
    expect(() => decodeText(new TextEncoder().encode(' \n\r\n '), 'w.txt')).toThrow('w.txt: the file holds only white space');
  });

  it('fails on a NUL byte', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0, 0x42]), 'bin.txt')).toThrow('bin.txt: contains a NUL byte at offset 1');
  });

  it('fails on bytes that are neither UTF-8 nor Shift_JIS', () => {
    // 0x80 and 0xA0 are not lead bytes in Shift_JIS; 0xFF is never valid UTF-8.
    expect(() => decodeText(new Uint8Array([0x41, 0xff, 0x80, 0xa0, 0xff]), 'bad.txt')).toThrow(
      'bad.txt: decodes neither as UTF-8 nor as Shift_JIS',
    );
  });

  it('fails on a BOM followed by invalid UTF-8', () => {
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xff]), 'bom.txt')).toThrow(
      'bom.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8',
    );
  });

  it('fails on U+FFFE and U+FFFF, valid UTF-8 that no XML (no chart SVG) can hold', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0xef, 0xbf, 0xbf, 0x42]), 'n.txt')).toThrow('n.txt: contains the non-character U+FFFF');
    expect(() => decodeText(new Uint8Array([0x41, 0xef, 0xbf, 0xbe]), 'n.txt')).toThrow('n.txt: contains the non-character U+FFFE');
  });

  it('fails on control characters of a binary file', () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x07, 0x42]), 'c.txt')).toThrow('c.txt: contains control character U+0007');
  });

  it('names the document by its file name without .txt', () => {
    expect(readDocument(new TextEncoder().encode('a\n'), 'dir/some-doc.txt').id).toBe('some-doc');
  });
});
