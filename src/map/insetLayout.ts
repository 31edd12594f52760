// Where the capital-region inset goes in a map of a given size, and what it shows: pure layout.
import type { LngLatBounds } from "./mapView.ts";
import { FINLAND_BOUNDS, fitPadding } from "./mapView.ts";
import { fitBounds, mercator, type Viewport } from "./mercator.ts";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Height of the inset's caption, CSS px, in the interface's usual type (larger type makes it taller). */
export const INSET_CAPTION = 20;
/** Distance of the inset from the map's edges, CSS px. */
export const INSET_MARGIN = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Room the inset leaves for the zoom buttons in the top-left corner, CSS px. */
const ZOOM_BUTTONS = { width: 56, height: 96 };

/**
 * The least room between the inset and what covers the map, CSS px: less than the corners'
 * own margins, so that sources a line tall (anchored to the map's bottom, 28 px below the
 * bottom corner) leave that corner free in any font.
 */
const COVERING_GAP = 4;

/** The narrowest inset worth showing, CSS px: below this its labels no longer fit. */
const MIN_WIDTH = 150;

/**
 * The inset's box: about a third of the map's width (150–340 px), as tall as
 * the region's shape needs plus its caption, in the first corner (top right,
 * top left below the zoom buttons, bottom right) that covers none of `avoid`,
 * the pixel anchors of the map's labels (with a 14 px margin), and overlaps
 * none of `covering`, the boxes of what lies over the map (its legend, sources,
 * controls; with a 4 px gap): at country scale that is the sea, Norway or
 * Russia. When no corner takes the full size, the corner that takes the widest
 * smaller inset (down to 150 px, the box kept in its corner) has it: a tall
 * legend in Swedish or in large type shortens the inset above it rather than
 * cover its bottom. Null when the map is too small (under 240 × 300 px) or
 * no corner has room.
 */
export function insetBox(
  width: number,
  height: number,
  bounds: LngLatBounds,
  avoid: readonly (readonly [number, number])[] = [],
  caption = INSET_CAPTION,
  covering: readonly Box[] = [],
): Box | null {
  if (width < 240 || height < 300) return null;
  const [[west, south], [east, north]] = bounds;
  const [x0, y1] = mercator(west, south);
  const [x1, y0] = mercator(east, north);
  // Larger on a tall screen (a hall's projector), where its labels are larger too.
  const full = Math.round(clamp(width * 0.34, MIN_WIDTH, Math.max(340, height * 0.45)));
  const heightFor = (w: number) => Math.round((w * (y1 - y0)) / (x1 - x0)) + caption;
  const corners: ((w: number) => Box)[] = [
    (w) => ({ x: width - w - INSET_MARGIN, y: INSET_MARGIN, width: w, height: heightFor(w) }),
    (w) => ({ x: INSET_MARGIN, y: ZOOM_BUTTONS.height, width: w, height: heightFor(w) }),
    (w) => ({
      x: width - w - INSET_MARGIN,
      y: height - heightFor(w) - 28,
      width: w,
      height: heightFor(w),
    }),
  ];
  const covers = (b: Box, [x, y]: readonly [number, number]) =>
    x > b.x - 14 && x < b.x + b.width + 14 && y > b.y - 14 && y < b.y + b.height + 14;
  const overlaps = (b: Box, c: Box) =>
    b.x < c.x + c.width + COVERING_GAP &&
    c.x < b.x + b.width + COVERING_GAP &&
    b.y < c.y + c.height + COVERING_GAP &&
    c.y < b.y + b.height + COVERING_GAP;
  const fits = (b: Box) =>
    b.y >= 0 &&
    b.y + b.height <= height &&
    !avoid.some((p) => covers(b, p)) &&
    !covering.some((c) => overlaps(b, c));
  for (const corner of corners) {
    const box = corner(full);
    if (fits(box)) return box;
  }
  // No corner takes the full size: the widest smaller box any corner takes, in 2 px steps.
  let best: Box | null = null;
  for (const corner of corners)
    for (let w = full - 2; w >= MIN_WIDTH && w > (best?.width ?? 0); w -= 2) {
      const box = corner(w);
      if (fits(box)) {
        best = box;
        break;
      }
    }
  return best;
}

/** The inset's map: the region fitted into the box below its caption. */
export function insetViewport(box: Box, bounds: LngLatBounds, caption = INSET_CAPTION): Viewport {
  return fitBounds(bounds, box.width, box.height - caption, {
    top: 4,
    right: 4,
    bottom: 4,
    left: 4,
  });
}

/**
 * Whether the inset shows: at country scale only (up to one zoom level beyond
 * Finland fitted to the map); closer in, the map itself shows the region.
 */
export function insetShown(zoom: number, width: number, height: number): boolean {
  return zoom <= fitBounds(FINLAND_BOUNDS, width, height, fitPadding(width)).zoom + 1;
}
