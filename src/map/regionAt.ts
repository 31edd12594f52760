// Which region contains a point: for pointer queries without a hidden map layer.
import { type RegionCollection, ringBox } from "./geometry.ts";

type Ring = GeoJSON.Position[];

/** A ring with its bounding box: a point outside the box crosses none of its edges. */
interface BoxedRing {
  ring: Ring;
  box: readonly [number, number, number, number];
}

const boxed = (ring: Ring): BoxedRing => ({ ring, box: ringBox(ring) });

/**
 * Even-odd test over every ring of a polygon set, so holes (and enclaves) count
 * right. A ray to the east crosses a ring only if the point lies within the
 * ring's latitudes and west of its eastern edge: other rings (an archipelago's
 * thousands of islets) are skipped by their boxes.
 */
function contains(rings: readonly BoxedRing[], x: number, y: number): boolean {
  let inside = false;
  for (const { ring, box } of rings) {
    if (y < box[1] || y > box[3] || x > box[2]) continue;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * An index of regions by bounding box; `at` returns the code of the region that
 * contains a longitude and latitude, or null (sea, abroad). On a shared border
 * either neighbour may be returned.
 */
export function regionIndex(regions: RegionCollection) {
  const entries = regions.features.map((f) => {
    const polygons =
      f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const points = polygons.flat(2);
    const xs = points.map((p) => p[0] as number);
    const ys = points.map((p) => p[1] as number);
    return {
      code: f.properties.code,
      rings: polygons.flat().map(boxed),
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const,
    };
  });
  return {
    at(lng: number, lat: number): string | null {
      for (const e of entries) {
        const [x0, y0, x1, y1] = e.box;
        if (lng >= x0 && lng <= x1 && lat >= y0 && lat <= y1 && contains(e.rings, lng, lat))
          return e.code;
      }
      return null;
    },
  };
}
