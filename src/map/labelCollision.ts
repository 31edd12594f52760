// Chooses which labels to show so that none overlap: greedy, in priority order.

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first; ties keep input order. */
  priority: number;
}

/**
 * Keys of the labels to show: each label in priority order is kept unless its
 * box (centred on x, y, grown by `gap` pixels) overlaps a label already kept.
 */
export function placeLabels(boxes: readonly LabelBox[], gap = 2): Set<string> {
  const kept: LabelBox[] = [];
  const order = boxes
    .map((b, i) => [b, i] as const)
    .sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  for (const [box] of order) {
    const clash = kept.some(
      (k) =>
        Math.abs(k.x - box.x) * 2 < k.width + box.width + 2 * gap &&
        Math.abs(k.y - box.y) * 2 < k.height + box.height + 2 * gap,
    );
    if (!clash) kept.push(box);
  }
  return new Set(kept.map((k) => k.key));
}
