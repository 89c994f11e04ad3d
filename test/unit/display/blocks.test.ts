import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../src/display/blocks.ts';

describe('blocksOf', () => {
  it('cuts a list into blocks numbered from their first item, the last one shorter', () => {
    const items = Array.from({ length: 7 }, (_, i) => `line ${i + 1}`);
    const blocks = blocksOf(items, 3);
    expect(blocks.map((b) => b.start)).toEqual([1, 4, 7]);
    expect(blocks.flatMap((b) => b.lines)).toEqual(items);
    expect(blocks.at(-1)!.lines).toEqual(['line 7']);
  });
  it('gives no block for no items and refuses a block size below one', () => {
    expect(blocksOf([], 100)).toEqual([]);
    expect(() => blocksOf(['a'], 0)).toThrow(RangeError);
  });
});
