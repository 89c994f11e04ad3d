/**
 * End labels of line charts (OWID, Datawrapper): each series named beside its last value, in the chart's
 * right margin, moved apart vertically just enough that no two labels overlap.
 */

/** A label to place: where it wants to sit (its value, in pixels from the top) and how tall it is. */
export interface EndLabel {
  /** Pixels from the top of the plot area (0 = top). */
  want: number;
  height: number;
}

/**
 * Where each label sits (its centre, in pixels from the top), in the order given: as near its value as it
 * can, no two overlapping, all inside [0, extent] where they fit. Labels keep their order from top to
 * bottom; a run of labels that would overlap is spread around the middle of what its members want.
 */
export function dodgeLabels(labels: readonly EndLabel[], extent: number): number[] {
  const order = labels.map((l, i) => ({ ...l, i })).sort((a, b) => a.want - b.want || a.i - b.i);
  // Blocks of touching labels: each block sits centred on the mean of its members' wishes, then merges with
  // the block above while they overlap (the classic "pool adjacent violators" pass).
  type Block = { items: typeof order; top: number; height: number };
  const blocks: Block[] = [];
  const centre = (b: Block) => b.items.reduce((s, l) => s + l.want, 0) / b.items.length;
  for (const l of order) {
    let b: Block = { items: [l], top: l.want - l.height / 2, height: l.height };
    for (;;) {
      const prev = blocks[blocks.length - 1];
      if (!prev || prev.top + prev.height <= b.top) break;
      blocks.pop();
      const items = [...prev.items, ...b.items];
      const height = prev.height + b.height;
      b = { items, height, top: 0 };
      b.top = centre(b) - height / 2;
    }
    blocks.push(b);
  }
  // Keep the blocks inside the plot where they fit: push down from the top, then up from the bottom.
  let floor = 0;
  for (const b of blocks) {
    b.top = Math.max(b.top, floor);
    floor = b.top + b.height;
  }
  let ceiling = extent;
  for (const b of [...blocks].reverse()) {
    b.top = Math.max(0, Math.min(b.top, ceiling - b.height));
    ceiling = b.top;
  }
  const out = new Array<number>(labels.length);
  for (const b of blocks) {
    let y = b.top;
    for (const l of b.items) {
      out[l.i] = y + l.height / 2;
      y += l.height;
    }
  }
  return out;
}
