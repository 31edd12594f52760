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
  // Farther, when nothing near is free (the crowded south): the label layer then
  // draws a leader line back to the region (see FAR).
  [-1.5, 0],
  [1.5, 0],
  [0, 2.2],
  [0, -2.2],
  [-1.3, 1.8],
  [1.3, 1.8],
  [-1.3, -1.8],
  [1.3, -1.8],
  [-2.3, 0],
  [2.3, 0],
];

/** Whether an offset (a share of the label's size) is far enough to need a leader line. */
export const FAR = (dx: number, dy: number, width: number, height: number) =>
  Math.abs(dx) > width * 1.2 || Math.abs(dy) > height * 1.5;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The map's box, and what covers parts of it, in the labels' pixels. */
export interface Area extends Rect {
  obstacles: Rect[];
}

/**
 * The labels to show, each with its offset [dx, dy] in pixels from its anchor:
 * each label in priority order takes the first candidate position where its
 * box (grown by `gap` pixels) overlaps no label already placed (nor, given an
 * area, anything covering the map), and is left out when none is free.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  gap = 2,
  area: Area | null = null,
): Map<string, [number, number]> {
  // What covers the map (legend, inset, sources) counts as a label already placed.
  const kept: { x: number; y: number; width: number; height: number }[] = (
    area?.obstacles ?? []
  ).map((o) => ({
    x: (o.left + o.right) / 2,
    y: (o.top + o.bottom) / 2,
    width: o.right - o.left,
    height: o.bottom - o.top,
  }));
  const placed = new Map<string, [number, number]>();
  const order = boxes
    .map((b, i) => [b, i] as const)
    .sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  for (const [box] of order)
    for (const [sx, sy] of CANDIDATES) {
      const x = box.x + sx * box.width;
      const y = box.y + sy * box.height;
      // A label moved away from its anchor must stay wholly inside the map.
      if (
        area &&
        (sx !== 0 || sy !== 0) &&
        (x - box.width / 2 < area.left ||
          x + box.width / 2 > area.right ||
          y - box.height / 2 < area.top ||
          y + box.height / 2 > area.bottom)
      )
        continue;
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
