/** The embed builder's address and the embed's parameters (src/client/embed-builder.ts, src/client/sort.ts). */
import { describe, expect, it } from 'vitest';
import { builderHash, embedSrc, parseBuilderHash, type BuilderState } from '../../../src/client/embed-builder.ts';

describe('the builder’s state in its address', () => {
  const state: BuilderState = {
    chart: 'price-agreement-by-owner',
    lang: 'en',
    width: 640,
    params: [
      ['highlight', 'a,b'],
      ['theme', 'dark'],
    ],
  };
  it('round-trips through the hash', () => {
    const hash = builderHash(state);
    expect(hash).toBe('#embed=price-agreement-by-owner&lang=en&width=640&highlight=a,b&theme=dark');
    const back = parseBuilderHash(hash)!;
    expect({ ...back, params: [...back.params] }).toEqual(state);
  });
  it('is not a builder’s without its chart; odd values stay plain data', () => {
    expect(parseBuilderHash('#chart-x')).toBeNull();
    expect(parseBuilderHash('')).toBeNull();
    const odd = parseBuilderHash('#embed=%22%5D&width=wide&theme=%0A')!;
    expect(odd.chart).toBe('"]');
    expect(odd.width).toBe(0);
    expect(odd.params.get('theme')).toBe('\n');
  });
});

describe('the embed’s address', () => {
  it('carries the view’s parameters, escaped, commas kept', () => {
    expect(embedSrc('https://x.org/embed/c/', [])).toBe('https://x.org/embed/c/');
    expect(
      embedSrc('https://x.org/embed/c/', [
        ['highlight', 'a,b'],
        ['theme', 'auto'],
      ]),
    ).toBe('https://x.org/embed/c/?highlight=a,b&theme=auto');
    expect(
      embedSrc('/embed/c/', [
        ['sort', 'period:2010-12'],
        ['x', '"&<'],
      ]),
    ).toBe('/embed/c/?sort=period%3A2010-12&x=%22%26%3C');
  });
});
