// Chooses which labels to show, and where, so that none overlap: greedy, in priority order.

export interface LabelBox {
  key: string;
  /** The label's anchor (its centre when not moved), in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first; ties keep input order. */
  priority: number;
}

/**
 * Where a label may go, as a share of its own width and height from its anchor:
 * on it first, then just above or below it, then beside, then at the corners:
 * one label's size away, enough to clear a label of its size on the anchor.
 * A moved label still touches its anchor's neighbourhood, so it reads as the
 * region's.
 */
const CANDIDATES: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1.1],
  [0, 1.1],
  [0.75, 0],
  [-0.75, 0],
  [0.6, -1.1],
  [-0.6, -1.1],
  [0.6, 1.1],
  [-0.6, 1.1],
];

/**
 * The labels to show, each with its offset [dx, dy] in pixels from its anchor:
 * each label in priority order takes the first candidate position where its
 * box (grown by `gap` pixels) overlaps no label already placed, and is left out
 * when none is free.
 */
export function placeLabels(boxes: readonly LabelBox[], gap = 2): Map<string, [number, number]> {
  const kept: { x: number; y: number; width: number; height: number }[] = [];
  const placed = new Map<string, [number, number]>();
  const order = boxes
    .map((b, i) => [b, i] as const)
    .sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  for (const [box] of order)
    for (const [sx, sy] of CANDIDATES) {
      const x = box.x + sx * box.width;
      const y = box.y + sy * box.height;
      const clash = kept.some(
        (k) =>
          Math.abs(k.x - x) * 2 < k.width + box.width + 2 * gap &&
          Math.abs(k.y - y) * 2 < k.height + box.height + 2 * gap,
      );
      if (clash) continue;
      kept.push({ x, y, width: box.width, height: box.height });
      placed.set(box.key, [x - box.x, y - box.y]);
      break;
    }
  return placed;
}
