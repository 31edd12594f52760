// A pattern drawn at run time as RGBA pixels, so the GL style needs no sprite file.
import type { Pattern } from "../scene/layers.ts";

/**
 * RGBA pixels of one tile of a pattern: diagonal stripes are the pixels where
 * (x + y) mod spacing < width ("/" strokes), horizontal ones the first `width`
 * rows. The SVG pattern (svgLayers) draws the same geometry.
 */
export function patternImage(p: Pattern) {
  const size = p.spacing;
  const [r, g, b, a] = p.rgba;
  const rgba = [r, g, b, Math.round(a * 255)];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const on = p.direction === "diagonal" ? (x + y) % size < p.width : y < p.width;
      if (on) data.set(rgba, (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}
