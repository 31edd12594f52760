// The proportions an embedded map asks for: Finland's, in the map's projection.
import type { Atlas } from "../data/atlas.ts";
import { mercator } from "../map/mercator.ts";

/**
 * Width over height of the mainland and Åland's bounding box in Web Mercator,
 * with 6 % of margin: the map then fits Finland without empty bands. Falls back
 * to 0.5 (Finland is about twice as tall as wide) for a topology without a bbox.
 */
export function finlandAspect(atlas: Pick<Atlas, "topology">): number {
  const box = atlas.topology.bbox;
  if (!box || box.length < 4) return 0.5;
  const [west, south, east, north] = box as [number, number, number, number];
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const aspect = Math.abs(x1 - x0) / Math.abs(y1 - y0);
  return Number.isFinite(aspect) && aspect > 0 ? aspect * 1.06 : 0.5;
}
