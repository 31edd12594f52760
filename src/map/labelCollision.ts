// Chooses which labels to show, and where: none overlap, and each stands on its own region or
// points to it with a leader line. Greedy, in priority order; pure (pixels in, offsets out).

export interface LabelBox {
  key: string;
  /** The label's anchor, in pixels: a point inside its region (the pole of inaccessibility). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first; ties keep input order. */
  priority: number;
  /**
   * Whether a point (pixels) lies in the label's own region. A label stands
   * only where its centre does; absent, any point counts as its own (a label
   * with no region to stand on).
   */
  owns?(x: number, y: number): boolean;
  /**
   * Whether the label may stand away from its region with a leader line to
   * its anchor (the few large regions of a level; never a municipality's).
   */
  leader?: boolean;
}

/** Where a shown label stands: its offset from its anchor, and whether a leader line joins them. */
export interface Placement {
  dx: number;
  dy: number;
  leader: boolean;
  /**
   * Where its leader line ends, as an offset from the anchor: the anchor
   * itself, or where another label covers it, a point of its region near it.
   */
  to?: [number, number];
}

/**
 * Near positions, as a share of the label's own width and height from its
 * anchor: on it first, then just above or below, beside, at the corners. One
 * is taken only where the label's centre still lies in its own region.
 */
const NEAR: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, -1.1],
  [0, 1.1],
  [0.75, 0],
  [-0.75, 0],
  [0.6, -1.1],
  [-0.6, -1.1],
  [0.6, 1.1],
  [-0.6, 1.1],
  [0, -0.55],
  [0, 0.55],
  [0.4, 0],
  [-0.4, 0],
];

/**
 * Positions for a label with a leader line: gaps between the label's edge and
 * its anchor (pixels), in twelve directions, the west and east first (the sea
 * and the land beyond the border at country scale).
 */
const LEADER_GAPS = [18, 34, 54, 80, 110] as const;
/**
 * Further gaps, tried in a last round once every label has had the near ones: a label still
 * without a place (an inland region among crowded neighbours, in large type) reaches the sea
 * or the land beyond the border with a longer line rather than go unnamed, and takes no
 * place a nearer label would have had.
 */
const FAR_LEADER_GAPS = [150, 200, 260, 330] as const;
const LEADER_ANGLES = [180, 0, 150, 210, 30, 330, 120, 240, 60, 300, 90, 270] as const;

/**
 * The points a leader line may end at, in label heights from the anchor: the
 * anchor first, then points around it (each used only where it lies in the
 * label's own region and no label covers it).
 */
const TARGETS: readonly (readonly [number, number])[] = [
  [0, 0],
  [0, 0.9],
  [0, -0.9],
  [1.2, 0],
  [-1.2, 0],
  [0, 1.6],
  [0, -1.6],
  [1, 1],
  [-1, 1],
  [1, -1],
  [-1, -1],
];

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

export interface PlacementOptions {
  /** Room kept between labels, pixels. */
  gap?: number;
  /** The map's box and what covers it: labels stay inside the one and clear of the rest. */
  area?: Area | null;
  /**
   * Whether a point (pixels) lies on a region of the map (land drawn as data).
   * A label with a leader line stands only where this is false (the sea, the
   * neighbours), so it never seems to be a neighbour's label. Absent, a leader
   * label may stand anywhere free.
   */
  land?(x: number, y: number): boolean;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const clashes = (a: Box, b: Box, gap: number) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + 2 * gap;

/**
 * The leader line of a label standing at (x, y) for its anchor: from the
 * point where the line to the anchor leaves the label's box, to the anchor.
 */
export function leaderLine(
  box: { x: number; y: number; width: number; height: number },
  anchor: readonly [number, number],
): [number, number, number, number] {
  const [ax, ay] = anchor;
  const dx = ax - box.x;
  const dy = ay - box.y;
  // The share of the way to the anchor at which the line crosses the box's edge.
  const t = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy),
    1,
  );
  return [box.x + dx * t, box.y + dy * t, ax, ay];
}

/** Whether a segment crosses a box (Liang–Barsky clipping). */
function segmentCrosses([x1, y1, x2, y2]: readonly number[], b: Box): boolean {
  const [dx, dy] = [(x2 ?? 0) - (x1 ?? 0), (y2 ?? 0) - (y1 ?? 0)];
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, (x1 ?? 0) - (b.x - b.width / 2)],
    [dx, b.x + b.width / 2 - (x1 ?? 0)],
    [-dy, (y1 ?? 0) - (b.y - b.height / 2)],
    [dy, b.y + b.height / 2 - (y1 ?? 0)],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return false;
  }
  return true;
}

const within = (b: Box, area: Rect) =>
  b.x - b.width / 2 >= area.left &&
  b.x + b.width / 2 <= area.right &&
  b.y - b.height / 2 >= area.top &&
  b.y + b.height / 2 <= area.bottom;

/**
 * The labels to show, each with where it stands. In priority order, a label
 * takes the first free near position whose centre lies in its own region;
 * failing that (a region too small or too crowded for its label), one that
 * allows a leader line takes a free position off the land, from where a line
 * that crosses no other label reaches its anchor. A label with no such place
 * is left out: the chart, the table and the tooltip still name it. "Free"
 * means clear of labels already placed and their leader lines, of what covers
 * the map, and (given an area) wholly inside the map: a label cut by its edge
 * is not shown. A label whose anchor is outside
 * the area is not shown.
 */
export function placeLabels(
  boxes: readonly LabelBox[],
  options: PlacementOptions = {},
): Map<string, Placement> {
  const gap = options.gap ?? 2;
  const area = options.area ?? null;
  // What covers the map (legend, inset, sources) counts as a label already placed.
  const kept: Box[] = (area?.obstacles ?? []).map((o) => ({
    x: (o.left + o.right) / 2,
    y: (o.top + o.bottom) / 2,
    width: o.right - o.left,
    height: o.bottom - o.top,
  }));
  const leaders: [number, number, number, number][] = [];
  const placed = new Map<string, Placement>();
  const free = (b: Box) =>
    (!area || within(b, area)) &&
    !kept.some((k) => clashes(k, b, gap)) &&
    !leaders.some((line) => segmentCrosses(line, b));
  const order = boxes
    .map((b, i) => [b, i] as const)
    .sort((a, b) => b[0].priority - a[0].priority || a[1] - b[1]);
  const inside = (box: LabelBox) =>
    !area ||
    (box.x >= area.left && box.x <= area.right && box.y >= area.top && box.y <= area.bottom);
  // Four rounds, each over the labels not yet placed, in priority order: on the anchor,
  // near it on its own region, off the land with a short leader line, then a longer one.
  // A small region keeps its anchor unless a label of higher priority wants the same spot.
  const rounds: ((box: LabelBox) => Placement | null)[] = [
    (box) => nearPlace(box, NEAR.slice(0, 1)),
    (box) => nearPlace(box, NEAR.slice(1)),
    (box) => (box.leader ? leaderPlace(box, LEADER_GAPS) : null),
    (box) => (box.leader ? leaderPlace(box, FAR_LEADER_GAPS) : null),
  ];
  function nearPlace(box: LabelBox, candidates: typeof NEAR): Placement | null {
    const owns = box.owns ?? (() => true);
    for (const [sx, sy] of candidates) {
      const b = { ...box, x: box.x + sx * box.width, y: box.y + sy * box.height };
      // The cheap test first: the region under the centre costs a point-in-polygon test.
      if (!free(b) || !owns(b.x, b.y)) continue;
      kept.push(b);
      return { dx: b.x - box.x, dy: b.y - box.y, leader: false };
    }
    return null;
  }
  function leaderPlace(box: LabelBox, gaps: readonly number[]): Placement | null {
    const owns = box.owns ?? (() => true);
    // The points of its region a leader line may end at: the anchor, else one near it that no label covers.
    const targets = TARGETS.map(
      ([sx, sy]) => [box.x + sx * box.height, box.y + sy * box.height] as const,
    ).filter(
      ([x, y]) =>
        owns(x, y) &&
        !kept.some((k) => Math.abs(k.x - x) * 2 < k.width && Math.abs(k.y - y) * 2 < k.height),
    );
    for (const [tx, ty] of targets)
      for (const gapPx of gaps)
        for (const degrees of LEADER_ANGLES) {
          const a = (degrees * Math.PI) / 180;
          const b = {
            ...box,
            x: tx + Math.cos(a) * (box.width / 2 + gapPx),
            y: ty - Math.sin(a) * (box.height / 2 + gapPx),
          };
          if (!free(b)) continue;
          if (options.land?.(b.x, b.y) && !owns(b.x, b.y)) continue;
          const line = leaderLine(b, [tx, ty]);
          // The line may not cross a label already placed.
          if (kept.some((k) => segmentCrosses(line, k))) continue;
          kept.push(b);
          leaders.push(line);
          return { dx: b.x - box.x, dy: b.y - box.y, leader: true, to: [tx - box.x, ty - box.y] };
        }
    return null;
  }
  for (const round of rounds)
    for (const [box] of order) {
      if (placed.has(box.key) || !inside(box)) continue;
      const found = round(box);
      if (found) placed.set(box.key, found);
    }
  return placed;
}
