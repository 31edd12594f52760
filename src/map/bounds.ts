// The bounding box of a feature, for zooming to it.
import type { LngLatBounds } from "./mapView.ts";

/** [[west, south], [east, north]] of every coordinate of a polygon feature; null for an empty one. */
export function featureBounds(
  feature: GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>,
): LngLatBounds | null {
  const g = feature.geometry;
  const points = (g.type === "Polygon" ? [g.coordinates] : g.coordinates).flat(2);
  if (!points.length) return null;
  const xs = points.map((p) => p[0] as number);
  const ys = points.map((p) => p[1] as number);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}
