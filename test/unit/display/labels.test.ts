import { describe, expect, it } from 'vitest';
import { dodgeLabels } from '../../../src/display/labels.ts';

const overlaps = (ys: number[], hs: number[]) =>
  ys.some((y, i) => ys.some((z, j) => i !== j && Math.abs(y - z) < (hs[i]! + hs[j]!) / 2 - 1e-9));

describe('dodgeLabels', () => {
  it('leaves labels that do not touch where their values are', () => {
    expect(
      dodgeLabels(
        [
          { want: 10, height: 12 },
          { want: 50, height: 12 },
        ],
        100,
      ),
    ).toEqual([10, 50]);
  });

  it('spreads labels that would overlap around the middle of their values, keeping their order', () => {
    const ys = dodgeLabels(
      [
        { want: 52, height: 12 },
        { want: 50, height: 12 },
        { want: 51, height: 12 },
      ],
      200,
    );
    expect(overlaps(ys, [12, 12, 12])).toBe(false);
    // the order of the values (50 < 51 < 52) is the order of the labels
    expect(ys[1]).toBeLessThan(ys[2]!);
    expect(ys[2]).toBeLessThan(ys[0]!);
    expect((ys[0]! + ys[1]! + ys[2]!) / 3).toBeCloseTo(51);
  });

  it('keeps labels inside the plot: a crowd at the top is pushed down, one at the bottom up', () => {
    const top = dodgeLabels(
      [
        { want: 0, height: 10 },
        { want: 1, height: 10 },
      ],
      100,
    );
    expect(top).toEqual([5, 15]);
    const bottom = dodgeLabels(
      [
        { want: 99, height: 10 },
        { want: 100, height: 10 },
      ],
      100,
    );
    expect(bottom).toEqual([85, 95]);
  });

  it('merges a block that its push runs into with the one above, so no pair overlaps', () => {
    const hs = [20, 20, 20, 20];
    const ys = dodgeLabels(
      [
        { want: 10, height: 20 },
        { want: 30, height: 20 },
        { want: 32, height: 20 },
        { want: 34, height: 20 },
      ],
      300,
    );
    expect(overlaps(ys, hs)).toBe(false);
  });

  it('labels of different heights (wrapped onto more lines) do not overlap', () => {
    const hs = [15, 45, 30];
    const ys = dodgeLabels(
      [
        { want: 40, height: 15 },
        { want: 45, height: 45 },
        { want: 60, height: 30 },
      ],
      280,
    );
    expect(overlaps(ys, hs)).toBe(false);
  });
});
