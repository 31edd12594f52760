// How much of each county's drawn area nothing covers: legend, attribution, controls, notices.
import type { Page } from "@playwright/test";

/**
 * For each county, the share (0–1) of sample points inside its drawn shape (on
 * the map, and in the capital-region inset) where the topmost element belongs
 * to the map itself (its SVG, its labels, the inset). Points are a grid of
 * about 400 per county's box, within what its map or inset draws and the window:
 * a part of the page the window does not show is out of the count (a test sizes
 * the window to the page, as a host sizes an embed).
 */
export function uncoveredShares(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const result: Record<string, number> = {};
    const paths = [
      ...document.querySelectorAll<SVGPathElement>(
        'svg [data-layer="region-fill"] path[data-code]',
      ),
    ];
    const counts = new Map<string, { inside: number; free: number }>();
    for (const path of paths) {
      const code = path.dataset.code ?? "";
      const svg = path.ownerSVGElement;
      const matrix = path.getScreenCTM();
      if (!svg || !matrix) continue;
      const inverse = matrix.inverse();
      const box = path.getBoundingClientRect();
      // What of the path is drawn: within its map's (or the inset's) box, and the window.
      const frame = (
        path.closest(".map-inset") ??
        path.closest("#map") ??
        svg
      ).getBoundingClientRect();
      const drawn = {
        left: Math.max(frame.left, 0),
        top: Math.max(frame.top, 0),
        right: Math.min(frame.right, innerWidth),
        bottom: Math.min(frame.bottom, innerHeight),
      };
      const step = Math.max(1, Math.sqrt((box.width * box.height) / 400));
      const tally = counts.get(code) ?? { inside: 0, free: 0 };
      for (let x = box.left + step / 2; x < box.right; x += step)
        for (let y = box.top + step / 2; y < box.bottom; y += step) {
          if (x < drawn.left || x >= drawn.right || y < drawn.top || y >= drawn.bottom) continue;
          const p = new DOMPoint(x, y).matrixTransform(inverse);
          if (!path.isPointInFill(p)) continue;
          tally.inside++;
          const top = document.elementFromPoint(x, y);
          if (top && (top.closest("#map") || top.closest(".map-inset"))) tally.free++;
        }
      counts.set(code, tally);
    }
    for (const [code, { inside, free }] of counts) result[code] = inside ? free / inside : 0;
    return result;
  });
}
