/** A long list cut into blocks of `size` items, each with the 1-based number of its first item. */
export function blocksOf<T>(items: readonly T[], size: number): { start: number; lines: T[] }[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`block size ${size}`);
  const out: { start: number; lines: T[] }[] = [];
  for (let i = 0; i < items.length; i += size) out.push({ start: i + 1, lines: items.slice(i, i + size) });
  return out;
}
